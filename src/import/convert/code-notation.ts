import type { Code } from 'mdast';

/**
 * Shiki's notation comments (`// [!code highlight]`, `# [!code ++]`, `<!-- [!code focus] -->`),
 * which Fumadocs and VitePress read to mark a code block's lines and then take out. The
 * help center marks no lines, so the comments would show in the code, and be copied with
 * it. They go; a block that marks lines as added or removed (`[!code ++]`, `[!code --]`)
 * becomes a `diff` block, each such line after its `+` or `-`, as the old site showed it.
 */

const NOTATION = /\s*\[!code ([^\]\n:]+)(?::(\d+))?[^\]\n]*\]/g;
// A comment the notations leave empty at the end of its line: `//`, `#`, `--`, `/* */`, `{/* */}`, `<!-- -->`.
const EMPTY_COMMENT = /(?:(?:^|\s+)(?:\/\/|#|--)|\s*(?:\/\*\s*\*\/|\{\/\*\s*\*\/\}|<!--\s*-->))\s*$/;

type Change = '+' | '-';

/** The code without its notation comments, and the lines marked added or removed, by index in the result. */
export function withoutCodeNotation(value: string): { value: string; changes: Map<number, Change> } | undefined {
	if (!value.includes('[!code ')) return undefined;
	const lines: string[] = [];
	const changes = new Map<number, Change>();
	/** A change marked on a line of its own, for the lines after it: `// [!code ++:2]`. */
	let pending: { change: Change; count: number } | undefined;
	let found = false;
	for (const line of value.split('\n')) {
		const notations = [...line.matchAll(NOTATION)];
		if (notations.length > 0) found = true;
		// Words of the comment stay (`// [!code highlight] the default`); a comment left empty goes.
		const kept =
			notations.length === 0
				? line
				: line
						.replace(NOTATION, '')
						.replace(/(\/\/|#)\s+\1/, '$1')
						.replace(EMPTY_COMMENT, '');
		let change: { change: Change; count: number } | undefined;
		for (const notation of notations) {
			const name = notation[1]?.trim();
			if (name === '++' || name === '--')
				change = { change: name === '++' ? '+' : '-', count: Number(notation[2] ?? 1) || 1 };
		}
		if (notations.length > 0 && kept.trim() === '') {
			// The comment was the whole line: it marks the lines after it, and goes.
			if (change) pending = change;
			continue;
		}
		const index = lines.push(kept) - 1;
		const applied = change ?? pending;
		if (applied) {
			changes.set(index, applied.change);
			applied.count -= 1;
			if (applied === pending && applied.count <= 0) pending = undefined;
			if (applied === change && applied.count > 0) pending = applied;
		}
	}
	return found ? { value: lines.join('\n'), changes } : undefined;
}

/** The code block without Shiki's notation comments (see above); the block itself when it has none. */
export function codeWithoutNotation(code: Code): Code {
	const stripped = withoutCodeNotation(code.value);
	if (!stripped) return code;
	if (stripped.changes.size === 0) return { ...code, value: stripped.value };
	const value = stripped.value
		.split('\n')
		.map((line, index) => `${stripped.changes.get(index) ?? ' '} ${line}`)
		.join('\n');
	return { ...code, lang: 'diff', value };
}

/** Docusaurus' default magic comments, which mark lines to highlight: `highlight-next-line`, `-start`, `-end`. */
const DIRECTIVE = '(?:highlight-next-line|highlight-start|highlight-end)';
/**
 * A line that is nothing but one, in any comment style Docusaurus reads them in: a line
 * comment (`//`, `#`, `--`, `%`, `;;`, `'`) or a block comment of C, JSX, HTML or PowerShell.
 */
const MAGIC_COMMENT = new RegExp(
	`^\\s*(?:(?://|#|--|%|;;|')\\s*${DIRECTIVE}|(?:\\{/\\*|/\\*|<!--|<#)\\s*${DIRECTIVE}\\s*(?:\\*/\\}|\\*/|-->|#>))\\s*$`,
);

/**
 * The code block without Docusaurus' magic comments, which its site took out of the code
 * it showed (highlighting the lines they marked): here they would show in the code and be
 * copied with it. The block itself when it has none.
 */
export function codeWithoutMagicComments(code: Code): Code {
	if (!code.value.includes('highlight-')) return code;
	const lines = code.value.split('\n');
	const kept = lines.filter((line) => !MAGIC_COMMENT.test(line));
	return kept.length === lines.length ? code : { ...code, value: kept.join('\n') };
}
