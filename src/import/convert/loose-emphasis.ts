const oneSided = (lead: string, trail: string) => (lead === '') !== (trail === '');

/** Spaces at both ends, but words right outside (`Select** Manage **and`): the space was the bold's, not an operator's. */
function glued(line: string, open: number, close: number): boolean {
	const before = line[open - 1];
	const after = line[close + 2];
	return (before === undefined || /\S/.test(before)) && (after === undefined || /\S/.test(after));
}

/**
 * Where a line's bold starts and ends, its `**` taken in pairs in order; none when the
 * line has an odd number of them or a run of three or more (`****`, bold italic), which
 * makes the pairing a guess. Asterisks in code spans are neither counted nor paired.
 */
function boldPairs(line: string): [open: number, close: number][] {
	if (!line.includes('**')) return [];
	const masked = line.replace(/(`+)[\s\S]*?\1/g, (span) => ' '.repeat(span.length));
	if (/\*{3,}/.test(masked)) return [];
	const marks = [...masked.matchAll(/(?<![*\\])\*\*(?!\*)/g)].map((match) => match.index);
	if (marks.length % 2 !== 0) return [];
	const pairs: [number, number][] = [];
	for (let pair = 0; pair < marks.length; pair += 2) pairs.push([marks[pair] as number, marks[pair + 1] as number]);
	return pairs;
}

/**
 * Bold written with a space inside one of its ends (`**Active **tab`, `** Note:**`), as
 * HTML-to-Markdown converters write an editor's `<strong>Active </strong>tab`. Markdown
 * reads such a `**` as two asterisks, so the page would show them; the space goes
 * outside (`**Active** tab`), and bold of nothing but a space (`** **`) is that space.
 * Pairs are taken in order on one line; a line with an odd number of `**` or a run of
 * three or more, a pair with spaces at both ends and outside them (`2 ** 8 and 3 ** 2`)
 * and code spans stay as written.
 */
export function tightenLooseBold(line: string): string {
	const pairs = boldPairs(line);
	if (pairs.length === 0) return line;
	let out = '';
	let from = 0;
	for (const [open, close] of pairs) {
		const inner = line.slice(open + 2, close);
		const lead = /^\s+/.exec(inner)?.[0] ?? '';
		const trail = /\s+$/.exec(inner)?.[0] ?? '';
		out += line.slice(from, open);
		// `** **` bolds nothing: only its space is meant.
		if (inner !== '' && inner.trim() === '') out += inner;
		else if (inner.trim() !== '' && (oneSided(lead, trail) || glued(line, open, close)))
			out += `${lead}**${inner.trim()}**${trail}`;
		else out += line.slice(open, close + 2);
		from = close + 2;
	}
	return out + line.slice(from);
}

/** A line that ends in a hard line break: a backslash, or two spaces or more. */
const HARD_BREAK = /(?:\\| {2,})$/;
/** Four asterisks opening a line's words (after any indentation), glued to the next word. */
const EMPTY_BOLD_START = /^(\s*)\*\*\*\*(?=[^\s*])/;

/**
 * Bold of nothing (`****`) opening the line after a hard break, as GitBook writes a
 * bold term with its explanation under it (`**Loop**\` then `****Plays the animation
 * again.`). Markdown reads the four asterisks as text, so the page would show them;
 * they bold nothing and go. Elsewhere (`****1234`, a masked card number) they stay.
 */
export function dropEmptyBoldAfterBreak(line: string, previous: string | undefined): string {
	if (previous === undefined || !HARD_BREAK.test(previous)) return line;
	return line.replace(EMPTY_BOLD_START, '$1');
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;
const reference = (character: string) => `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;

/**
 * Bold that ends in punctuation right before a word (`**注：**オープン`, `**Note:**Read`),
 * or starts with it right after one, as editors' exports and CJK writing (no spaces
 * between words) have it. Markdown reads such a `**` as two asterisks, so the page
 * would show them; the word's first (or last) character is written as a character
 * reference, which Markdown reads as the same character and as a boundary of the bold.
 * Pairs are taken as `tightenLooseBold` takes them; code spans stay as written.
 */
export function boldBesidePunctuation(line: string): string {
	const characters = new Map<number, string>();
	for (const [open, close] of boldPairs(line)) {
		const inner = line.slice(open + 2, close);
		if (inner.trim() === '' || inner !== inner.trim()) continue;
		const [first = ''] = inner;
		const last = [...inner].at(-1) ?? '';
		const before = [...line.slice(0, open)].at(-1) ?? '';
		const [after = ''] = line.slice(close + 2);
		if (PUNCTUATION.test(first) && WORD.test(before)) characters.set(open - before.length, before);
		if (PUNCTUATION.test(last) && WORD.test(after)) characters.set(close + 2, after);
	}
	if (characters.size === 0) return line;
	let out = '';
	let from = 0;
	for (const [at, character] of [...characters].sort(([a], [b]) => a - b)) {
		out += line.slice(from, at) + reference(character);
		from = at + character.length;
	}
	return out + line.slice(from);
}
