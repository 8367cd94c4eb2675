import type { Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { OutputFormat } from './types.ts';

/**
 * pymdownx.tilde and pymdownx.caret, which Material for MkDocs sites turn on, read
 * `H~2~O` as a subscript, `2^10^` as a superscript and `^^words^^` as inserted words.
 * GFM has none of them, and reads `~2~` as struck-through words, the opposite of
 * what the old site showed; MkDocs without pymdownx.tilde showed the tildes. So an
 * MkDocs page is parsed without single-tilde strikethrough, and where the site turned
 * the extension on, each mark becomes the element it rendered (`<sub>`, `<sup>`,
 * `<ins>`), and pymdownx.keys' `++ctrl+alt+delete++` the keys in code, `Ctrl+Alt+Del`,
 * as keys from any source are written (keyboard.ts). As pymdownx reads them, a sub-
 * or superscript holds no unescaped space, and inserted words start and end with no
 * space. Code is no text node: it keeps its marks.
 */

/** Which of the marks the site turned on, from its `markdown_extensions`. */
export interface PymdownxMarks {
	/** pymdownx.tilde: `~sub~` (`~~del~~` is GFM's too). */
	subscript: boolean;
	/** pymdownx.caret: `^sup^` and `^^insert^^`. */
	superscript: boolean;
	/** pymdownx.inlinehilite: `` `#!python code` `` (mkdocs-inline.ts). */
	inlineHilite: boolean;
	/** pymdownx.keys: `++ctrl+alt+delete++`. */
	keys: boolean;
}

/** `++ctrl+alt+delete++`, `++"My key"++`: keys by pymdownx.keys' names, or quoted words. */
const KEYS = /(?<![\\+\w])\+\+((?:[a-z0-9][\w-]*|"[^"\n]+")(?:\+(?:[a-z0-9][\w-]*|"[^"\n]+"))*)\+\+(?![+\w])/gu;

/** pymdownx.keys' names whose label is not the name capitalised. */
const KEY_LABELS: Record<string, string> = {
	delete: 'Del',
	del: 'Del',
	escape: 'Esc',
	esc: 'Esc',
	command: 'Cmd',
	cmd: 'Cmd',
	control: 'Ctrl',
	ctrl: 'Ctrl',
	windows: 'Win',
	win: 'Win',
	'arrow-up': '↑',
	'arrow-down': '↓',
	'arrow-left': '←',
	'arrow-right': '→',
	plus: '+',
};

/** A key as pymdownx.keys showed it: `page-up` → `Page Up`, `f1` → `F1`, a quoted one as written. */
function keyLabel(key: string): string {
	if (key.startsWith('"')) return key.slice(1, -1);
	return (
		KEY_LABELS[key] ??
		key
			.split('-')
			.map((word) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`)
			.join(' ')
	);
}

/** Keys as the import writes keys from any source (keyboard.ts): code, `Ctrl+Alt+Del`. */
function keysCode(written: string): PhrasingContent[] {
	const keys = written.match(/"[^"]+"|[^+]+/g) ?? [];
	return [{ type: 'inlineCode', value: keys.map(keyLabel).join('+') }];
}

const INSERT = /(?<![\\^])\^\^(?=\S)((?:[^^\n]|\^(?!\^))*?\S)\^\^(?!\^)/gu;
const SUPERSCRIPT = /(?<![\\^])\^((?:[^\s^\\]|\\ )+)\^(?!\^)/gu;
const SUBSCRIPT = /(?<![\\~])~((?:[^\s~\\]|\\ )+)~(?!~)/gu;

function element(name: string, words: string, format: OutputFormat): PhrasingContent[] {
	if (name === 'keys') return keysCode(words);
	const text = words.replaceAll('\\ ', ' ');
	if (format === 'mdx')
		return [
			{
				type: 'mdxJsxTextElement',
				name,
				attributes: [],
				children: [{ type: 'text', value: text }],
			} as MdxJsxTextElement,
		];
	return [
		{ type: 'html', value: `<${name}>` },
		{ type: 'text', value: text },
		{ type: 'html', value: `</${name}>` },
	];
}

function markText(value: string, patterns: readonly (readonly [RegExp, string])[], format: OutputFormat) {
	let pieces: (string | PhrasingContent)[] = [value];
	for (const [pattern, name] of patterns)
		pieces = pieces.flatMap((piece) => {
			if (typeof piece !== 'string') return [piece];
			const out: (string | PhrasingContent)[] = [];
			let done = 0;
			for (const match of piece.matchAll(pattern)) {
				out.push(piece.slice(done, match.index), ...element(name, match[1] ?? '', format));
				done = match.index + match[0].length;
			}
			out.push(piece.slice(done));
			return out;
		});
	return pieces
		.filter((piece) => piece !== '')
		.map((piece): PhrasingContent => (typeof piece === 'string' ? { type: 'text', value: piece } : piece));
}

/** Writes the site's sub- and superscripts and inserted words as elements, in place. */
export function pymdownxMarks(tree: Root, marks: PymdownxMarks, format: OutputFormat): void {
	const patterns = [
		...(marks.keys ? ([[KEYS, 'keys']] as const) : []),
		...(marks.superscript
			? ([
					[INSERT, 'ins'],
					[SUPERSCRIPT, 'sup'],
				] as const)
			: []),
		...(marks.subscript ? ([[SUBSCRIPT, 'sub']] as const) : []),
	];
	if (patterns.length === 0) return;
	const visit = (parent: Parents) => {
		const next = (parent.children as RootContent[]).flatMap((child): RootContent[] => {
			if (child.type === 'text') return markText(child.value, patterns, format);
			if ('children' in child) visit(child as Parents);
			return [child];
		});
		parent.children = next as typeof parent.children;
	};
	visit(tree);
}
