import { scanBody } from '../../authoring/check/scan.ts';
import { routeOf } from '../../authoring/check/site-routes.ts';
import { withoutBackslashEscapes } from '../../markdown/backslash-escapes.ts';
import { paths } from '../../site/urls.ts';

/** A page of the build whose links may lead to an article. */
export interface LinkingPage {
	kind: 'article' | 'runbook';
	slug: string;
	body: string;
	mdx: boolean;
}

/** An article that links may lead to, with the words it already holds where they count most. */
export interface LinkedArticle {
	slug: string;
	title: string;
	aliases: readonly string[];
}

export interface LinkWordsOptions {
	/** The site's address: a link written with it (`https://help.acme.com/articles/x/`) is a link inside the site. */
	siteUrl: string;
	/** Words too common to tell a page apart (the site language's stop words). */
	isStopWord: (word: string) => boolean;
	/** Forms that may be a word's base form (`landing` → `land`), so a title's word in another form is the title's. */
	baseForms?: (word: string) => readonly string[];
}

/** At most this many link texts per article: the ones most pages use first. */
export const LINK_TEXTS_PER_ARTICLE = 8;
/** A link longer than this is a sentence someone made a link of, not a name for the page. */
const LONGEST_LINK_TEXT = 80;

/**
 * Words that say a link is one, not what it leads to ("read more", "see this guide",
 * "click here"): a link made only of them and of stop words names nothing.
 */
const LINK_FILLER = new Set(
	'above article articles below click details doc docs documentation find follow following full guide guides here how info information instructions learn link more next out page pages post previous read see section start steps this tutorial'.split(
		' ',
	),
);

/** A link's words as a reader sees them: no Markdown, images, tags or escapes. */
export function linkText(words: string): string {
	return withoutBackslashEscapes(
		words
			.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
			.replace(/<[^>]*>/g, ' ')
			.replace(/\{[^}]*\}/g, ' ')
			.replace(/[*_~`]+/g, ''),
	)
		.replace(/\s+/g, ' ')
		.trim();
}

function wordsOf(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A reference link's label as Markdown matches it: any case, runs of white space as one. */
function labelKey(label: string): string {
	return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Each link of a body with its words: inline, HTML and reference links alike. */
function linksWithWords(body: string, mdx: boolean): Array<{ url: string; words: string }> {
	const scanned = scanBody(body, { firstLine: 1, mdx });
	const definitions = new Map<string, string>();
	for (const reference of scanned.references) {
		if (reference.definition && reference.label !== undefined) {
			const key = labelKey(reference.label);
			// The first definition of a label wins, as in CommonMark.
			if (!definitions.has(key)) definitions.set(key, reference.url);
		}
	}
	const links: Array<{ url: string; words: string }> = [];
	for (const reference of scanned.references) {
		if (reference.type === 'link' && reference.words !== undefined)
			links.push({ url: reference.url, words: reference.words });
	}
	for (const use of scanned.referenceUses) {
		const url = definitions.get(labelKey(use.label));
		if (url !== undefined) links.push({ url, words: use.words });
	}
	return links;
}

/**
 * The words other pages link an article by, where they say something its title and
 * aliases do not: "[change the currency](/articles/select-currency/)" gives *How to
 * select currency* the word customers may search with, `change`. The words people
 * write around a help center are often the customers' own, and a team that has
 * written no aliases has them already. A link that only repeats the title, an
 * address, or filler ("read more") is left out; a page's links to itself too.
 *
 * Only the pages given are read: the public build gives its public articles, so no
 * internal page's words reach it.
 */
export function linkWordsByArticle(
	pages: readonly LinkingPage[],
	articles: readonly LinkedArticle[],
	options: LinkWordsOptions,
): Map<string, string[]> {
	const origin = new URL(options.siteUrl).origin;
	const known = new Map(articles.map((article) => [article.slug, article]));
	const formsOf = (word: string): readonly string[] => options.baseForms?.(word) ?? [word];
	const ownWords = new Map<string, Set<string>>();
	const ownWordsOf = (article: LinkedArticle) => {
		let words = ownWords.get(article.slug);
		if (!words) {
			words = new Set(wordsOf([article.title, ...article.aliases].join(' ')).flatMap(formsOf));
			ownWords.set(article.slug, words);
		}
		return words;
	};
	/** For each article, each text by its folded form: the text as first written, and the pages using it. */
	const texts = new Map<string, Map<string, { text: string; pages: Set<string>; order: number }>>();
	let order = 0;
	for (const page of pages) {
		const pagePath = page.kind === 'article' ? paths.article(page.slug) : paths.runbook(page.slug);
		const base = new URL(pagePath, origin);
		for (const reference of linksWithWords(page.body, page.mdx)) {
			let url: URL;
			try {
				url = new URL(reference.url, base);
			} catch {
				continue;
			}
			if (url.origin !== origin) continue;
			const route = routeOf(url.pathname);
			if (route.kind !== 'article' || (page.kind === 'article' && route.slug === page.slug)) continue;
			const target = known.get(route.slug);
			if (!target) continue;
			const text = linkText(reference.words);
			if (text.length > LONGEST_LINK_TEXT || /:\/\/|\.(?:mdx?|html?)\b/i.test(text)) continue;
			const own = ownWordsOf(target);
			const telling = wordsOf(text).filter(
				(word) => !formsOf(word).some((form) => own.has(form)) && !LINK_FILLER.has(word) && !options.isStopWord(word),
			);
			if (telling.length === 0) continue;
			const folded = wordsOf(text).join(' ');
			const forTarget = texts.get(target.slug) ?? new Map();
			texts.set(target.slug, forTarget);
			const seen = forTarget.get(folded) ?? { text, pages: new Set<string>(), order: order++ };
			seen.pages.add(`${page.kind}:${page.slug}`);
			forTarget.set(folded, seen);
		}
	}
	const bySlug = new Map<string, string[]>();
	for (const [slug, forTarget] of texts) {
		const ranked = [...forTarget.values()].sort((a, b) => b.pages.size - a.pages.size || a.order - b.order);
		bySlug.set(
			slug,
			ranked.slice(0, LINK_TEXTS_PER_ARTICLE).map((entry) => entry.text),
		);
	}
	return bySlug;
}
