import { BACKSLASH_ESCAPE } from '../../markdown/backslash-escapes.ts';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isFinite(code) && code > 0 ? String.fromCodePoint(code) : match;
		}
		return entities[name.toLowerCase()] ?? match;
	});
}

/** Replaces inline code spans with their content, marked so later steps leave it alone. */
function splitCode(text: string): { text: string; code: string[] } {
	const code: string[] = [];
	const out = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_match, _ticks: string, content: string) => {
		// CommonMark strips one space from each side when both are present.
		const value =
			content.length > 2 && content.startsWith(' ') && content.endsWith(' ') ? content.slice(1, -1) : content;
		code.push(value);
		return `\uE000${code.length - 1}\uE000`;
	});
	return { text: out, code };
}

/**
 * The plain text of a heading as Astro sees it when it gives the heading its id:
 * the text of every node inside it (code included, image alt text excluded), with
 * the Markdown syntax removed. Astro then runs github-slugger over this text.
 */
export function headingText(source: string, mdx: boolean): string {
	const { text: withoutCode, code } = splitCode(source.trim());
	// Escaped punctuation is literal: set it aside so no rule below reads it as syntax.
	const escaped: string[] = [];
	let text = withoutCode
		.replace(BACKSLASH_ESCAPE, (_match, char: string) => {
			escaped.push(char);
			return `\uE001${escaped.length - 1}\uE001`;
		})
		// Images render as <img>, whose alt text is not part of the heading's text.
		.replace(/!\[(?:[^[\]]|\[[^\]]*\])*\]\([^)]*\)/g, '')
		// Links keep their text.
		.replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\([^)]*\)/g, '$1')
		.replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\[[^\]]*\]/g, '$1')
		// Autolinks keep their address.
		.replace(/<((?:https?|mailto):[^>\s]*)>/g, '$1')
		// HTML and JSX tags add no text; their children do.
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		// Emphasis and strikethrough markers.
		.replace(/(\*{1,3}|~{1,2})(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/(^|[^\p{L}\p{N}_\\])(_{1,3})(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3');
	// MDX expressions ({value}) contribute their source text.
	if (mdx) text = text.replace(/\{([^{}]*)\}/g, '$1');
	text = decodeEntities(text).replace(/\uE001(\d+)\uE001/g, (_match, index: string) => escaped[Number(index)] ?? '');
	return text.replace(/\uE000(\d+)\uE000/g, (_match, index: string) => code[Number(index)] ?? '');
}
