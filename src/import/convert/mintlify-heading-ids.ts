import { dashedSlug } from './heading-slugs.ts';
import { codeFenceTracker } from './source-blocks.ts';

/**
 * A heading whose words are followed by badges (`` ## `theme` - <Badge>required</Badge> ``,
 * `## Install <Badge>Beta</Badge>`), with no id of its own written after them.
 */
const HEADING_WITH_BADGES =
	/^(\s{0,3}#{1,6}[ \t]+)(.*?[^\s\\])[ \t]*((?:<Badge\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[^<]*<\/Badge\s*>)[ \t]*)+)$/;

/** A heading's words as the reader saw them: code spans' text, a link's words without its address. */
const plainHeadingWords = (markdown: string) =>
	markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]*>/g, ' ');

/**
 * Mintlify builds a heading's anchor from its words without a badge after them
 * (`#theme` for `` `theme` - <Badge>required</Badge> ``), while the badge's words stay
 * in the heading here (`#theme---required`): the anchor the old site served is written
 * after the heading as its id (`{#theme}`), kept as Docusaurus' ids are, so links to it
 * from outside keep their place. Headings in code, and a badge inside code, stay as written.
 */
export function mintlifyBadgeHeadingIds(text: string): string {
	if (!text.includes('<Badge')) return text;
	const inCode = codeFenceTracker();
	return text
		.split('\n')
		.map((line) => {
			if (inCode(line)) return line;
			const match = HEADING_WITH_BADGES.exec(line);
			if (!match) return line;
			const words = match[2] as string;
			// A badge inside a code span is the span's text, not a component.
			if ((words.match(/`/g)?.length ?? 0) % 2 !== 0) return line;
			const id = dashedSlug(plainHeadingWords(words));
			return /^[\w-]+$/.test(id) ? `${line} {#${id}}` : line;
		})
		.join('\n');
}
