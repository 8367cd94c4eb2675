import type { BlockContent, Blockquote, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdxComponentName } from '../../markdown/mdx-components.ts';
import type { ConversionNote, OutputFormat } from './types.ts';

/** The four kinds of `<Aside>` the help center renders. */
export const asideTypes = ['note', 'tip', 'caution', 'danger'] as const;
export type AsideType = (typeof asideTypes)[number];

/**
 * Words that name a kind of callout in the class names, roles and component names
 * help centers and docs generators use (Zendesk themes, Intercom, Docusaurus,
 * Starlight, Mintlify, GitHub alerts), and the `<Aside>` each becomes.
 */
const calloutWords: Record<string, AsideType> = {
	note: 'note',
	info: 'note',
	information: 'note',
	notice: 'note',
	important: 'note',
	callout: 'note',
	admonition: 'note',
	alert: 'note',
	tip: 'tip',
	hint: 'tip',
	success: 'tip',
	check: 'tip',
	warning: 'caution',
	warn: 'caution',
	caution: 'caution',
	attention: 'caution',
	danger: 'danger',
	error: 'danger',
	critical: 'danger',
};

/**
 * One-word callout titles that say no more than the aside's own label ("Note", "Tip",
 * "Caution", "Danger") or a generic name for a box: dropped. A word that says more
 * (`Important`, `Attention`, `Hint`, `Error`, `Success`), as Asciidoctor, GitHub alerts and
 * Sphinx show it over their boxes, stays the title, as MyST's admonitions keep it.
 */
const LABEL_WORDS = new Set([
	'note',
	'info',
	'information',
	'notice',
	'tip',
	'warning',
	'warn',
	'caution',
	'danger',
	'callout',
	'admonition',
	'alert',
]);

/** Whether a callout's title only repeats what the aside's label says ("Note", "Warning:"). */
export function titleSaysOnlyTheKind(title: string): boolean {
	const words = title
		.toLowerCase()
		.replace(/[:.!]+$/, '')
		.trim()
		.split(/\s+/);
	return words.length === 1 && LABEL_WORDS.has((words[0] as string).replace(/s$/, ''));
}

/** The icons editors open a callout with (Notion, Confluence, GitBook, ReadMe), and the kind each says. */
const calloutIcons: Record<string, AsideType> = {
	'📘': 'note',
	'👍': 'tip',
	'💡': 'tip',
	'✅': 'tip',
	'✨': 'tip',
	'⚠': 'caution',
	'🚧': 'caution',
	'🚨': 'danger',
	'❗': 'danger',
	'❌': 'danger',
	'⛔': 'danger',
	'🛑': 'danger',
	ℹ: 'note',
	'📝': 'note',
	'📌': 'note',
	'👉': 'note',
};

/** The callout kind an icon says, if it says one (`⚠️` → caution); its variation selector does not count. */
export function asideTypeOfIcon(icon: string | undefined): AsideType | undefined {
	return icon === undefined ? undefined : calloutIcons[icon.replace(/\uFE0F$/, '')];
}

/**
 * A quote opened by a callout's icon (`> 📘 Title`, `> 🚧 Careful`), as ReadMe's editor
 * writes its callouts and other editors' exports keep theirs: the kind the icon says
 * and the text after it; none for a quote that starts otherwise.
 */
export function leadingCalloutIcon(text: string): { type: AsideType; rest: string } | undefined {
	const match = /^[ \t]*(\p{Extended_Pictographic}|ℹ)\uFE0F?[ \t]*/u.exec(text);
	const type = asideTypeOfIcon(match?.[1]);
	return match && type ? { type, rest: text.slice(match[0].length) } : undefined;
}

/** The callout kind a word names, if it names one ("Warning", "callout--tip", "tips" → "tip"). */
export function asideTypeOf(word: string): AsideType | undefined {
	const parts = word.toLowerCase().split(/[^a-z]+/);
	// The most specific word wins: "callout callout--warning" is a caution.
	let found: AsideType | undefined;
	for (const part of parts) {
		// A site's own name may be plural (`:::tips`, `.warnings`).
		const type = calloutWords[part] ?? calloutWords[part.replace(/s$/, '')];
		if (type === undefined) continue;
		if (found === undefined || (found === 'note' && type !== 'note')) found = type;
	}
	return found;
}

/** Colour words in a callout's class name, and the kind each says, as a background of that hue does. */
const colourWords: Record<string, AsideType> = {
	red: 'danger',
	orange: 'caution',
	amber: 'caution',
	yellow: 'caution',
	green: 'tip',
	blue: 'note',
	grey: 'note',
	gray: 'note',
	purple: 'note',
};

/**
 * The kind a colour in a callout's class names says (`callout-yellow`, as Help Scout Docs'
 * editor names its boxes), or undefined when none names a colour.
 */
export function asideTypeFromColourWord(classNames: readonly string[]): AsideType | undefined {
	for (const name of classNames) {
		const found = name
			.split(/[-_\s]+/)
			.map((word) => colourWords[word.toLowerCase()])
			.find((type) => type !== undefined);
		if (found) return found;
	}
	return undefined;
}

/**
 * Intercom marks callouts only by colour (`intercom-interblocks-callout` with a
 * background): its editor offers blue, yellow, red and green ones. The hue says
 * which kind it is.
 */
export function asideTypeFromColour(style: string): AsideType | undefined {
	// #rgb, #rgba, #rrggbb or #rrggbbaa; the alpha does not change the hue.
	const hex = /background(?:-color)?\s*:\s*#([0-9a-f]{3,8})\b/i.exec(style)?.[1];
	if (!hex || ![3, 4, 6, 8].includes(hex.length)) return undefined;
	const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((digit) => digit + digit).join('') : hex.slice(0, 6);
	const [red, green, blue] = [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as [
		number,
		number,
		number,
	];
	const max = Math.max(red, green, blue);
	const spread = max - Math.min(red, green, blue);
	// Grey says nothing; otherwise the hue does, however pale the tint.
	if (spread < 8) return 'note';
	const hue =
		max === red
			? (60 * ((green - blue) / spread) + 360) % 360
			: max === green
				? 60 * ((blue - red) / spread) + 120
				: 60 * ((red - green) / spread) + 240;
	if (hue < 20 || hue >= 330) return 'danger';
	if (hue < 65) return 'caution';
	if (hue < 170) return 'tip';
	return 'note';
}

/** A callout in the output: `<Aside>` in MDX, a blockquote with a bold title in Markdown. */
export function asideNode(
	type: AsideType,
	title: string | undefined,
	children: BlockContent[],
	format: OutputFormat,
): RootContent {
	if (format === 'mdx') {
		const attributes: MdxJsxFlowElement['attributes'] = [{ type: 'mdxJsxAttribute', name: 'type', value: type }];
		if (title) attributes.push({ type: 'mdxJsxAttribute', name: 'title', value: title });
		// The one component the import writes: pages give it to every MDX article (mdxComponentNames).
		const name: MdxComponentName = 'Aside';
		return { type: 'mdxJsxFlowElement', name, attributes, children } as MdxJsxFlowElement;
	}
	const label = title ?? `${type[0]?.toUpperCase()}${type.slice(1)}`;
	const [first, ...rest] = children;
	const lead = { type: 'strong' as const, children: [{ type: 'text' as const, value: `${label}:` }] };
	const quoted: BlockContent[] =
		first?.type === 'paragraph'
			? [{ ...first, children: [lead, { type: 'text', value: ' ' }, ...first.children] }, ...rest]
			: [{ type: 'paragraph', children: [lead] }, ...children];
	return { type: 'blockquote', children: quoted } satisfies Blockquote;
}

/**
 * A callout written with nothing in it and no title: what a `:::danger` opened in a list
 * item and never closed, or MkDocs' `!!! danger` with its body no deeper than the line,
 * leaves, its words standing after it. An empty box says nothing: it is left out and the
 * author is told to check the words where it stood (`what`: `a ":::danger" block`).
 */
export function emptyCalloutNote(what: string): ConversionNote {
	return {
		level: 'review',
		message: `${what} had nothing in it and was left out; the words after it may have been meant inside it: check them`,
	};
}
