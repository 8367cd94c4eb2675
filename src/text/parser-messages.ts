/**
 * A parser's message as a person can act on it. Parsers that recurse (yaml, and
 * JSON.parse in some engines) give up on lists or objects nested thousands of levels
 * deep with the engine's "Maximum call stack size exceeded", which reads like a crash
 * of the command rather than a fault of the file.
 */
export function parserMessage(message: string): string {
	return /maximum call stack size exceeded/i.test(message)
		? 'its lists or objects are nested thousands of levels deep, too deep to read'
		: message;
}
