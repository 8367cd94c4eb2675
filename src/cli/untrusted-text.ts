// biome-ignore-all lint/suspicious/noControlCharactersInRegex: finding control characters is what this module is for.
import { characterClass, controlCharacters, withoutZeroWidth } from '../text/control-characters.ts';

/**
 * Text that arrives from outside (ticket exports, helpdesk API responses, file
 * names) on its way to a terminal, a CI log or Markdown. Every output of the
 * ticket tools passes such text through these functions, so none of it can:
 * - start a line of its own: a line that begins with `::` is a GitHub workflow
 *   command (`::error::`, `::add-mask::`, `::stop-commands::`), and the runner
 *   splits lines at CR and LF alike;
 * - drive the terminal: ANSI/ECMA-48 escape sequences (colours, cursor moves, OSC
 *   window titles and hyperlinks) and the C1 controls that stand for them;
 * - reorder what is shown: Unicode bidi overrides and isolates ("Trojan Source");
 * - become Markdown or HTML in a pull-request comment or step summary.
 */

/**
 * Escape sequences as terminals read them, 7-bit (`ESC …`) and 8-bit (C1): control
 * strings (OSC, DCS, SOS, PM, APC) with their body when they are terminated, CSI
 * with its parameters, and two-character escapes. An unterminated sequence loses
 * only its introducer: the control character that makes it a sequence.
 */
const escapeSequence =
	/(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])(?:[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c))?|(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|\x1b[\x20-\x2f]*[\x30-\x7e]?/g;

/** Line breaks in any of their forms: CRLF, LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
const lineBreak = new RegExp(
	`\\r\\n|[\\n\\r${controlCharacters.verticalSpace}${controlCharacters.nextLine}${controlCharacters.lineSeparators}]`,
);

/**
 * Controls that are neither tab nor a line break (C0, DEL, C1) and non-characters:
 * the characters authored text may not hold either (src/text/control-characters.ts).
 */
const otherControl = characterClass(['c0', 'c1', 'nonCharacters'], 'g');

/**
 * Bidi embeddings, overrides, isolates and marks: they reorder the text around them.
 * Unlike authored text, text from a helpdesk loses the marks too: nobody reviewed it.
 */
const bidiControl = characterClass(['bidiControls', 'bidiMarks'], 'g');

/**
 * The text without escape sequences, control characters (line breaks and tabs
 * excepted) or bidi controls: what is left can be shown, but may span lines.
 */
export function stripControls(text: string): string {
	return text.replace(escapeSequence, '').replace(otherControl, '').replace(bidiControl, '');
}

/**
 * The text without terminal escape sequences or control characters (line breaks and
 * tabs excepted), bidi marks kept: for text that is written into a file people read,
 * where a right-to-left language needs its marks but a terminal must not be driven.
 */
export function stripTerminalControls(text: string): string {
	return text.replace(escapeSequence, '').replace(otherControl, '');
}

/** Each run of whitespace that holds a line break (or a tab) becomes one space. */
function collapseBreaks(text: string): string {
	return text.replace(/[\s\x85]+/g, (run) => (lineBreak.test(run) || run.includes('\t') ? ' ' : run));
}

/**
 * Untrusted text as part of one line of a terminal or CI log: no escape sequences,
 * controls or bidi overrides, and line breaks collapsed to a space.
 */
export function inline(text: string): string {
	return collapseBreaks(stripControls(text));
}

/** Printable ASCII words with single spaces between them: no control, escape, break or invisible character. */
const alreadyPlain = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/**
 * A value from outside (a helpdesk field, an article title, a service's error message)
 * as one short plain line: `inline`, invisible characters removed, whitespace
 * collapsed and trimmed, cut to `maxLength` with an ellipsis.
 */
export function plainLine(value: string, maxLength = 200): string {
	// Most values (ids, statuses, slugs, dates) are printable ASCII words already:
	// nothing below would change them, and a pull cleans several per ticket.
	if (value.length <= maxLength && alreadyPlain.test(value)) return value;
	const line = withoutZeroWidth(inline(value)).replace(/\s+/g, ' ').trim();
	return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

/**
 * Characters that JSON leaves raw but a terminal or a log reader treats specially:
 * DEL, C1 controls (8-bit escape sequences), NEL, LINE/PARAGRAPH SEPARATOR and bidi
 * controls, and the zero-width characters that make a value look like another
 * (`Reliability` followed by U+200B is no category). In JSON text they can only stand
 * inside strings, where `\uXXXX` means the same character, so escaping them changes
 * no value.
 */
const jsonUnsafe = characterClass(['c1', 'nextLine', 'lineSeparators', 'bidiControls', 'bidiMarks', 'zeroWidth'], 'g');

function unicodeEscape(char: string): string {
	return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * JSON as `JSON.stringify` writes it, with every character a terminal could act on
 * escaped: the same data, safe to print or to write into a CI log.
 */
export function jsonText(value: unknown, indent?: number): string {
	return JSON.stringify(value, null, indent).replace(jsonUnsafe, unicodeEscape);
}

/**
 * A value named in a message, in double quotes, with every control, line break and
 * bidi character written as an escape (`"RES\n1"`), so the reader sees exactly
 * what is wrong with it.
 */
export function quoted(text: string): string {
	return jsonText(text);
}

/**
 * Untrusted text as it is, except that every character `quoted` would write as an
 * escape beyond JSON's own (zero-width characters, C1 controls, NEL, line and
 * paragraph separators, bidi controls) is written as one (`Invoice\u200b`): for a
 * subject in its own Markdown or HTML cell, where quotes would be noise but a value
 * that holds an invisible character must not look like one that does not.
 */
export function showInvisible(text: string): string {
	return text.replace(jsonUnsafe, unicodeEscape);
}

/**
 * A value from outside in running text (a status in a tally): as it is when every
 * character of it shows as itself, else `quoted` with its escapes, so a value that
 * holds an invisible or control character (`open` followed by U+200B) never prints
 * like one that does not.
 */
export function plainOrQuoted(text: string): string {
	const json = quoted(text);
	return json === `"${text}"` ? text : json;
}

/** How much of a value from outside a message quotes: enough to recognise it, never a whole oversized cell. */
export const EXCERPT_MAX_LENGTH = 100;

/** `quoted`, for a value of any length (a cell of an export): its first characters, then `…`. */
export function quotedExcerpt(text: string, maxLength = EXCERPT_MAX_LENGTH): string {
	return quoted(excerpt(text, maxLength));
}

/** The first `maxLength` characters of a text, `…` standing for the rest. */
export function excerpt(text: string, maxLength = EXCERPT_MAX_LENGTH): string {
	return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/**
 * ASCII punctuation that can start Markdown or HTML inline (emphasis, code, links,
 * images, tags, entities, strikethrough, math, cell borders), escaped with a
 * backslash. With `[` escaped, `(`, `)` and `!` mean nothing and stay as they are.
 */
const markdownPunctuation = /[\\`*_[\]<>#|~&$]/g;

/**
 * Untrusted text in Markdown: on one line, every character with a Markdown or HTML
 * meaning escaped (so `|` cannot split a table cell, `<img>` stays text, `[x](y)`
 * is not a link), and `@team` or `#12` do not notify anyone or link an issue
 * (GitHub ignores a backslash there, so an empty comment breaks them up).
 */
export function markdownText(text: string): string {
	return inline(text)
		.replace(markdownPunctuation, '\\$&')
		.replace(/@(?=\w)/g, '@<!-- -->')
		.replace(/\\#(?=\d)/g, '\\#<!-- -->');
}

/**
 * Untrusted text as inline code in a Markdown table cell: on one line, fenced with
 * more backticks than it holds, and `|` escaped (GFM splits cells at `|` even in
 * code spans).
 */
export function markdownCode(text: string): string {
	const line = inline(text);
	const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longestRun + 1);
	const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${line.replaceAll('|', '\\|')}${pad}${fence}`;
}

/** SGR sequences (colours, bold, dim), the only escape sequences our own output writes. */
const sgr = /\x1b\[[0-9;]*m/g;

/**
 * The markers a CI runner reads as a command at the start of a line, after any
 * leading whitespace: GitHub's `::command::`, the older `##[command]` and Azure
 * Pipelines' `##vso[command]`. (A Markdown heading's `##` is not one.)
 */
const commandMarker = /^(\s*)(::|##(?:vso)?\[)/;

/**
 * One line of our output on its way to a terminal or a CI log: untrusted text
 * collapsed onto the line (`inline`), and, should a value land at the start of a
 * line (an export named `::error::x.csv`), its command marker escaped as `\::`.
 */
export function logLine(text: string): string {
	return inline(text).replace(commandMarker, '$1\\$2');
}

/**
 * The last guard before lines reach a terminal or a log: each line is kept on one
 * line, loses any control character and cannot start a workflow command
 * (`logLine`); with `colors`, the SGR sequences of our own colouring survive.
 * Untrusted fields are cleaned where they are put into a line (`inline`); this
 * catches any that a future change forgets.
 */
export function joinLines(lines: readonly string[], options: { colors?: boolean } = {}): string {
	return lines
		.map((line) => {
			if (!options.colors) return logLine(line);
			const codes = line.match(sgr) ?? [];
			const kept = line
				.split(sgr)
				.map((part, index) => inline(part) + (codes[index] ?? ''))
				.join('');
			// The marker is the first visible text, and SGR codes hold neither `:` nor `#`.
			return commandMarker.test(kept.replace(sgr, '')) ? kept.replace(/::|##/, '\\$&') : kept;
		})
		.join('\n');
}
