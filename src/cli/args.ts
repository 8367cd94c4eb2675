import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { CliError } from './run.ts';
import { nearest } from './suggest.ts';

/** node:util's parseArgs, with its errors turned into one line that names the nearest flag. */
export function parseFlags<const Options extends ParseArgsOptionsConfig>(
	argv: string[],
	options: Options,
	{ allowPositionals = true }: { allowPositionals?: boolean } = {},
) {
	try {
		return parseArgs({ args: argv, options, allowPositionals, strict: true });
	} catch (error) {
		const message = (error as Error).message.split('\n')[0] ?? '';
		const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
		if (unknown) {
			const suggestion = nearest(unknown.replace(/^-+/, ''), Object.keys(options));
			throw new CliError(`unknown option ${unknown}`, suggestion ? { hint: `did you mean --${suggestion}?` } : {});
		}
		throw new CliError(message.replace(/\.$/, ''));
	}
}
