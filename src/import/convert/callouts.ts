import type { BlockContent, Blockquote, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { OutputFormat } from './types.ts';

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
	alert: 'caution',
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

/** The callout kind a word names, if it names one ("Warning", "callout--tip" → "tip"). */
export function asideTypeOf(word: string): AsideType | undefined {
	const parts = word.toLowerCase().split(/[^a-z]+/);
	// The most specific word wins: "callout callout--warning" is a caution.
	let found: AsideType | undefined;
	for (const part of parts) {
		const type = calloutWords[part];
		if (type === undefined) continue;
		if (found === undefined || (found === 'note' && type !== 'note')) found = type;
	}
	return found;
}

/**
 * Intercom marks callouts only by colour (`intercom-interblocks-callout` with a
 * background): its editor offers blue, yellow, red and green ones. The hue says
 * which kind it is.
 */
export function asideTypeFromColour(style: string): AsideType | undefined {
	const hex = /background(?:-color)?\s*:\s*#([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec(style)?.[1];
	if (!hex) return undefined;
	const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
	const [red, green, blue] = [0, 2, 4].map((start) => Number.parseInt(full.slice(start, start + 2), 16)) as [
		number,
		number,
		number,
	];
	if (red > 200 && green > 180 && blue < 200 && red - blue > 40) return 'caution';
	if (red > green + 40 && red > blue + 40) return 'danger';
	if (green > red + 20 && green >= blue) return 'tip';
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
		return { type: 'mdxJsxFlowElement', name: 'Aside', attributes, children } as MdxJsxFlowElement;
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
