import { codeFenceTracker } from './source-blocks.ts';

/**
 * Python-Markdown's tables (MkDocs') keep a `|` inside a code span in its cell:
 * `` `(mon|tues)day` `` is one cell there, while GitHub-flavoured Markdown splits the row
 * at every `|` not escaped and drops the cells past the header's count, with their words.
 * Escaping those pipes (`\|`, which GFM shows as `|`, in code too) keeps the row the old
 * site showed.
 */

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** The text with every unescaped `|` inside a code span of a table row escaped. */
export function escapeTableCodePipes(text: string): string {
	if (!text.includes('`') || !text.includes('|')) return text;
	const lines = text.split('\n');
	const inCode = codeFenceTracker();
	let inTable = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as string;
		if (inCode(line)) {
			inTable = false;
			continue;
		}
		if (!line.includes('|')) {
			inTable = false;
			continue;
		}
		const next = lines[index + 1];
		// A header row is the line above a delimiter row; the rows under it go on to a line without a `|`.
		if (!inTable && next !== undefined && line.includes('|') && next.includes('-') && DELIMITER_ROW.test(next)) {
			lines[index] = escapedRow(line);
			index++;
			inTable = true;
			continue;
		}
		if (inTable) lines[index] = escapedRow(line);
	}
	return lines.join('\n');
}

/** A row with the pipes in its code spans escaped: a run of backticks opens one, the next run as long closes it. */
function escapedRow(row: string): string {
	if (!row.includes('`')) return row;
	let out = '';
	let position = 0;
	while (position < row.length) {
		const char = row[position] as string;
		if (char === '\\') {
			out += row.slice(position, position + 2);
			position += 2;
			continue;
		}
		if (char !== '`') {
			out += char;
			position++;
			continue;
		}
		let end = position;
		while (row[end] === '`') end++;
		const ticks = row.slice(position, end);
		const close = closingRun(row, end, ticks.length);
		if (close === undefined) {
			out += ticks;
			position = end;
			continue;
		}
		out += ticks + row.slice(end, close).replace(/(?<!\\)\|/g, '\\|') + ticks;
		position = close + ticks.length;
	}
	return out;
}

/** Where the run of exactly `length` backticks that closes a code span starts, from `from` on. */
function closingRun(row: string, from: number, length: number): number | undefined {
	let position = from;
	while (position < row.length) {
		const start = row.indexOf('`', position);
		if (start === -1) return undefined;
		let end = start;
		while (row[end] === '`') end++;
		if (end - start === length) return start;
		position = end;
	}
	return undefined;
}
