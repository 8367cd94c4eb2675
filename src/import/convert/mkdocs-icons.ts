import type { Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { ConversionNote, OutputFormat } from './types.ts';

/**
 * Material for MkDocs draws icons written as shortcodes in the text (`:material-pencil:`,
 * `:octicons-gear-16:`, `:fontawesome-solid-download:`, `:simple-github:`), through
 * pymdownx.emoji. The help center draws no shortcodes: a reader would see the code where
 * the old site showed a picture, often in the very step that names it ("click
 * :material-dots-vertical:"). A well-known icon becomes the symbol that shows the same
 * thing (⋮), named for screen readers where the output allows it; any other its name in
 * words ("the *file edit* icon"). Code is no text node, so it keeps its colons.
 */

/** How the site drew its icon shortcodes, from its configuration. */
export interface MkdocsIcons {
	/** Whether the old site drew them: its `markdown_extensions` turn on pymdownx.emoji (Zensical does by default). */
	drawn: boolean;
	/** The site's own icon sets (folders of `custom_icons`), whose pictures no table here knows. */
	customSets: readonly string[];
	/** The configuration's file name, for notes. */
	config: string;
}

/** The icon sets Material (and Zensical) ship. */
const SETS = ['material', 'octicons', 'fontawesome', 'simple', 'lucide'];

/**
 * Icons with a symbol that shows the same thing, by their name without the set and
 * style (`cog-outline` is `cog`): the symbol and what a screen reader says for it.
 */
const SYMBOLS: Record<string, readonly [symbol: string, spoken: string]> = {
	pencil: ['✏', 'pencil'],
	'dots-vertical': ['⋮', 'three dots'],
	'kebab-vertical': ['⋮', 'three dots'],
	'ellipsis-vertical': ['⋮', 'three dots'],
	'dots-horizontal': ['⋯', 'three dots'],
	'kebab-horizontal': ['⋯', 'three dots'],
	ellipsis: ['⋯', 'three dots'],
	menu: ['☰', 'menu'],
	'three-bars': ['☰', 'menu'],
	bars: ['☰', 'menu'],
	plus: ['+', 'plus'],
	minus: ['−', 'minus'],
	close: ['✕', 'close'],
	x: ['✕', 'close'],
	xmark: ['✕', 'close'],
	check: ['✓', 'check mark'],
	'check-bold': ['✓', 'check mark'],
	magnify: ['🔍', 'magnifying glass'],
	search: ['🔍', 'magnifying glass'],
	'magnifying-glass': ['🔍', 'magnifying glass'],
	cog: ['⚙', 'gear'],
	gear: ['⚙', 'gear'],
	download: ['⬇', 'download'],
	upload: ['⬆', 'upload'],
	delete: ['🗑', 'trash can'],
	trash: ['🗑', 'trash can'],
	'trash-can': ['🗑', 'trash can'],
	star: ['★', 'star'],
	heart: ['♥', 'heart'],
	lock: ['🔒', 'lock'],
	'lock-open': ['🔓', 'open lock'],
	eye: ['👁', 'eye'],
	bookmark: ['🔖', 'bookmark'],
	link: ['🔗', 'link'],
	'map-marker': ['📍', 'map pin'],
	calendar: ['📅', 'calendar'],
	folder: ['📁', 'folder'],
	camera: ['📷', 'camera'],
	play: ['▶', 'play'],
	pause: ['⏸', 'pause'],
	refresh: ['↻', 'refresh'],
	'chevron-down': ['⌄', 'down chevron'],
	'chevron-up': ['⌃', 'up chevron'],
	'chevron-left': ['‹', 'left chevron'],
	'chevron-right': ['›', 'right chevron'],
	power: ['⏻', 'power'],
	paperclip: ['📎', 'paperclip'],
	earth: ['🌐', 'globe'],
	globe: ['🌐', 'globe'],
	clock: ['🕒', 'clock'],
	eject: ['⏏', 'eject'],
	'arrow-up': ['↑', 'up arrow'],
	'arrow-down': ['↓', 'down arrow'],
	'arrow-left': ['←', 'left arrow'],
	'arrow-right': ['→', 'right arrow'],
	'arrow-top-right': ['↗', 'arrow up and right'],
	information: ['ℹ', 'information'],
	info: ['ℹ', 'information'],
	alert: ['⚠', 'warning'],
	account: ['👤', 'person'],
	person: ['👤', 'person'],
	user: ['👤', 'person'],
	label: ['🏷', 'label'],
	tag: ['🏷', 'label'],
};

/** Words of a name that say how an icon is drawn, not what it shows. */
const STYLE = /-(?:outline|fill|filled|variant|solid|regular|light)$/;

/** A shortcode of a known set or of the site's own, not run into a word (`a:material-x:b`). */
function shortcodePattern(customSets: readonly string[]): RegExp {
	const sets = [...SETS, ...customSets.map((set) => set.replace(/[^\w-]/g, ''))].filter(Boolean).join('|');
	return new RegExp(String.raw`(?<![\p{L}\p{N}_]):(${sets})-([a-z0-9][a-z0-9-]*):(?![\p{L}\p{N}_])`, 'gu');
}

/** An icon's name as words say it: without its set, its style (`fontawesome-solid-`) and its size (`-16`). */
function iconName(set: string, rest: string): { name: string; brand: boolean } {
	let name = rest;
	const brand = set === 'simple' || (set === 'fontawesome' && name.startsWith('brands-'));
	if (set === 'fontawesome') name = name.replace(/^(?:solid|regular|brands)-/, '');
	if (set === 'octicons') name = name.replace(/-\d+$/, '');
	while (STYLE.test(name)) name = name.replace(STYLE, '');
	return { name: name || rest, brand };
}

/** What a reader is shown for an icon: its symbol, or its name in words. */
type Shown = { kind: 'symbol'; symbol: string; spoken: string } | { kind: 'words'; words: string; brand: boolean };

function shownFor(set: string, rest: string, custom: boolean): Shown {
	const { name, brand } = iconName(set, rest);
	const known = custom ? undefined : SYMBOLS[name];
	if (known) return { kind: 'symbol', symbol: known[0], spoken: known[1] };
	return { kind: 'words', words: name.replace(/-/g, ' '), brand };
}

/** The symbol as the output writes it: in MDX an image to screen readers, named; in Markdown the symbol, which they read by its Unicode name. */
function symbolNode(symbol: string, spoken: string, format: OutputFormat): PhrasingContent {
	if (format === 'md') return { type: 'text', value: symbol };
	return {
		type: 'mdxJsxTextElement',
		name: 'span',
		attributes: [
			{ type: 'mdxJsxAttribute', name: 'role', value: 'img' },
			{ type: 'mdxJsxAttribute', name: 'aria-label', value: spoken },
		],
		children: [{ type: 'text', value: symbol }],
		data: { importedIcon: true },
	} as MdxJsxTextElement;
}

/** Whether the element is a symbol this file wrote, which the rest of the conversion keeps as it is. */
export function isImportedIcon(node: MdxJsxTextElement | MdxJsxFlowElement): boolean {
	return (node.data as { importedIcon?: boolean } | undefined)?.importedIcon === true;
}

/** What became of the page's icons, for its notes. */
interface Tally {
	symbols: Set<string>;
	words: Set<string>;
	/** Icons left out where they only led their words: in headings, and those without a symbol at the start of a line. */
	decorations: number;
	/** Icons written as symbols or words, the site's own aside. */
	converted: number;
	/** By file line: shortcodes of the site's own sets, or ones the old site never drew. */
	review: Map<number | undefined, string[]>;
}

interface Pass {
	icons: MkdocsIcons | undefined;
	format: OutputFormat;
	pattern: RegExp;
	fileLine: (line: number) => number | undefined;
	tally: Tally;
}

function hasShortcode(text: string, pass: Pass): boolean {
	pass.pattern.lastIndex = 0;
	return pass.pattern.test(text);
}

/**
 * Adjacent text nodes as one where together they hold a shortcode: the directive
 * parser takes a `:name` apart and gives it back as text of its own.
 */
function joinText(parent: Parents, pass: Pass): void {
	const children = parent.children as RootContent[];
	for (let index = children.length - 1; index > 0; index--) {
		const previous = children[index - 1];
		const node = children[index];
		if (previous?.type !== 'text' || node?.type !== 'text') continue;
		if (!hasShortcode(previous.value + node.value, pass)) continue;
		previous.value += node.value;
		if (previous.position && node.position) previous.position.end = node.position.end;
		children.splice(index, 1);
	}
}

/** The text of a heading's words, each node that is no text one word. */
function wordsOf(parent: Parents): string {
	return (parent.children as RootContent[]).map((child) => (child.type === 'text' ? child.value : ' x ')).join('');
}

/** The text with its shortcodes as the reader is shown them; the node itself when it has none to change. */
function rewriteText(node: Text, parent: Parents, first: boolean, inHeading: boolean, pass: Pass): PhrasingContent[] {
	const { icons, format, tally } = pass;
	const out: PhrasingContent[] = [];
	const value = node.value;
	let done = 0;
	pass.pattern.lastIndex = 0;
	for (const match of value.matchAll(pass.pattern)) {
		const [written, set = '', name = ''] = match;
		const at = match.index;
		const newlines = value.slice(0, at).match(/\n/g)?.length ?? 0;
		const line = node.position ? pass.fileLine(node.position.start.line + newlines) : undefined;
		const custom = icons?.customSets.includes(set) ?? false;
		if (!icons?.drawn || custom) tally.review.set(line, [...(tally.review.get(line) ?? []), written]);
		// The old site showed the code as written, or whether it drew it is not known: kept, for a person to say.
		if (!icons?.drawn) continue;
		if (!custom) tally.converted++;
		const before = value.slice(done, at);
		let after = at + written.length;
		const shown = shownFor(set, name, custom);
		const opens = first && before.trim() === '' && out.length === 0;
		const alone = wordsOf(parent).trim() === written;
		// A heading's icon decorates its words, and its anchor on the old site never held it; so
		// does an icon with no symbol that leads a line's words (`- :material-fingerprint: **Unique ID**`).
		if (!alone && (inHeading || (opens && shown.kind === 'words'))) {
			tally.decorations++;
			out.push({ type: 'text', value: before.replace(/[ \t]+$/, '') });
			if (before.trim() === '') after += /^[ \t]*/.exec(value.slice(after))?.[0].length ?? 0;
		} else if (shown.kind === 'symbol') {
			tally.symbols.add(shown.symbol);
			out.push({ type: 'text', value: before }, symbolNode(shown.symbol, shown.spoken, format));
		} else {
			if (!custom) tally.words.add(shown.words);
			// "click the :fontawesome-solid-terminal: button" has its article and its noun already.
			const article = /\b(?:the|a|an|its|this)[ \t]+$/i.test(before);
			const noun = /^[ \t]+(?:icon|button|symbol|logo)s?\b/i.test(value.slice(after));
			out.push(
				{ type: 'text', value: `${before}${article ? '' : opens ? 'The ' : 'the '}` },
				{ type: 'emphasis', children: [{ type: 'text', value: shown.words }] },
				{ type: 'text', value: noun ? '' : shown.brand ? ' logo' : ' icon' },
			);
		}
		done = after;
	}
	if (done === 0) return [node];
	out.push({ type: 'text', value: value.slice(done) });
	return out.filter((child) => child.type !== 'text' || child.value !== '');
}

function walk(parent: Parents, inHeading: boolean, pass: Pass): void {
	joinText(parent, pass);
	const heading = inHeading || parent.type === 'heading';
	const next: RootContent[] = [];
	for (const [index, child] of (parent.children as RootContent[]).entries()) {
		if (child.type === 'text') next.push(...(rewriteText(child, parent, index === 0, heading, pass) as RootContent[]));
		else {
			if ('children' in child) walk(child as Parents, heading, pass);
			next.push(child);
		}
	}
	(parent as { children: RootContent[] }).children = next;
}

/**
 * The page's icon shortcodes as what a reader is shown, and the page's notes: one
 * counting those written as symbols or words, and one for each line whose icons need a
 * person (the site's own icons, or a site that never drew them), naming the line.
 */
export function mkdocsIconShortcodes(
	tree: Root,
	icons: MkdocsIcons | undefined,
	format: OutputFormat,
	fileLine: (line: number) => number | undefined,
): ConversionNote[] {
	const tally: Tally = { symbols: new Set(), words: new Set(), decorations: 0, converted: 0, review: new Map() };
	const pass = { icons, format, pattern: shortcodePattern(icons?.customSets ?? []), fileLine, tally };
	walk(tree, false, pass);
	return iconNotes(tally, icons);
}

const listed = (names: Set<string>, separator: string) =>
	`${[...names].slice(0, 4).join(separator)}${names.size > 4 ? `${separator}…` : ''}`;

function iconNotes(tally: Tally, icons: MkdocsIcons | undefined): ConversionNote[] {
	const notes: ConversionNote[] = [];
	if (tally.converted > 0) {
		const ways = [
			...(tally.symbols.size > 0 ? [`as symbols (${listed(tally.symbols, ' ')})`] : []),
			...(tally.words.size > 0 ? [`in words (${listed(tally.words, ', ')})`] : []),
			...(tally.decorations > 0 ? [`${tally.decorations} left out where they led a heading's or a line's words`] : []),
		];
		notes.push({
			level: 'info',
			message: `${tally.converted} ${tally.converted === 1 ? 'icon' : 'icons'} of the old site (Material for MkDocs shortcodes) written ${ways.join('; ')}`,
		});
	}
	for (const [line, written] of tally.review) {
		const codes = [...new Set(written)].join(' ');
		const what = !icons
			? `${codes} left as written: no mkdocs.yml beside the folder says the old site drew it`
			: icons.drawn
				? `${codes} written as its name: an icon of the site's own (custom_icons in ${icons.config})`
				: `${codes} left as written: ${icons.config} does not turn on pymdownx.emoji, so the old site showed it so too`;
		notes.push({
			level: 'review',
			message: `icon shortcode ${what}; say in words what it shows`,
			...(line === undefined ? {} : { line }),
		});
	}
	return notes;
}
