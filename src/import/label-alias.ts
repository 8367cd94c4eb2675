import { EMOJI } from '../content-model/slugs.ts';
import { baseForms } from '../search/query/morphology.ts';
import { isStopWord } from '../search/query/stop-words.ts';
import { oneLine } from './one-line-names.ts';
import { titleWithoutEmphasis, withoutInlineTags } from './sources/folder-pages.ts';

/**
 * Words a docs site's navigation names a section's pages by whatever they hold: a label
 * made of nothing else says nothing a customer would search for.
 */
const NAVIGATION_WORDS = new Set(
	`overview overviews introduction introductions intro home index welcome start started getting quick quickstart
	faq faqs frequently asked question questions setup set up basics basic guide guides docs documentation readme about
	general misc miscellaneous more other others reference references tutorial tutorials contents summary main page pages
	help support learn concepts concept`
		.split(/\s+/)
		.filter(Boolean),
);

/** Markup left in a label once emphasis and inline tags are off: a link, code, JSX, a tag, an entity. */
const MARKUP = /[<>[\]{}`|\\]|&[#\w]+;|\*\*|__|!\[/;

/** The words of a text, in lower case, accents and apostrophes off. */
function words(text: string): string[] {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/['’]/g, '')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** The longest alias written: a label past a title's length is no name a sidebar showed. */
const ALIAS_LIMIT = 100;

/**
 * The old site's navigation label of a page (a Nextra `_meta` title, Docusaurus'
 * `sidebar_label`, an MkDocs `nav` title, `sidebarTitle`, a GitBook SUMMARY.md link's words,
 * a VitePress sidebar item's `text`, Hugo's `linkTitle`) as an alias of its article,
 * when the label says something its title does not: the words customers saw in the
 * sidebar and search with ("Change currency" for "How to select currency in iOS").
 * Cleaned as titles are (emphasis, inline tags and emoji off). Undefined when it adds
 * nothing: every word of it that means something (stop words aside, a plural or verb
 * form as its base) is already in the title; when it is made of navigation words only
 * ("Overview", "Getting started", "FAQ"); when it is a file name or slug
 * (`change-currency`, `setup.md`); or when markup is left in it.
 */
export function labelAlias(label: string | undefined, title: string): string | undefined {
	if (label === undefined) return undefined;
	const cleaned = oneLine(withoutInlineTags(titleWithoutEmphasis(label.replace(EMOJI, ' '))));
	if (cleaned === '' || cleaned.length > ALIAS_LIMIT || !/\p{L}/u.test(cleaned) || MARKUP.test(cleaned))
		return undefined;
	// A file name or slug: one run of characters without spaces, joined by dashes, underscores, dots or slashes.
	if (!/\s/.test(cleaned) && /[-_./]/.test(cleaned)) return undefined;
	const meaningful = words(cleaned).filter((word) => !isStopWord(word));
	if (meaningful.length === 0 || meaningful.every((word) => NAVIGATION_WORDS.has(word))) return undefined;
	const titleForms = new Set(words(title).flatMap(baseForms));
	const adds = meaningful.some((word) => !baseForms(word).some((form) => titleForms.has(form)));
	return adds ? cleaned : undefined;
}

/** How aliases are compared: case, punctuation and spacing do not count. */
export function aliasKey(alias: string): string {
	return words(alias).join(' ');
}

/**
 * The words the old site's search found a page by without showing them (Mintlify's
 * `keywords`) as aliases: each kept by the rule of `labelAlias`, once, and none that
 * says what the navigation label's alias already says.
 */
export function keywordsAsAliases(
	keywords: readonly string[] | undefined,
	title: string,
	labelAliasOfPage?: string,
): string[] {
	const seen = new Set(labelAliasOfPage === undefined ? [] : [aliasKey(labelAliasOfPage)]);
	const aliases: string[] = [];
	for (const keyword of keywords ?? []) {
		const alias = labelAlias(keyword, title);
		if (alias === undefined || seen.has(aliasKey(alias))) continue;
		seen.add(aliasKey(alias));
		aliases.push(alias);
	}
	return aliases;
}
