import { withoutFlattenedPlayers } from './crawled-players.ts';
import { isFurnitureLine } from './page-furniture.ts';
import { dateLineDate } from './same-article.ts';

/**
 * A help center a crawler saved as Markdown (Firecrawl, Jina Reader and the like: a file per page,
 * its address in a `url:` field) holds each page whole: the theme's skip link, logo, navigation,
 * breadcrumbs and search box above the article's title, the date line under it, and the feedback
 * form, the folder's other articles and the footer below the article. The article is what stands
 * between the page's title heading and the feedback question ("Was this article helpful?") that
 * every helpdesk theme ends an article with.
 */
export interface CrawledArticle {
	/** The article's words, without its title heading. */
	body: string;
	/** The title the page showed over the article (its heading), without the site's name the page's `<title>` adds. */
	title: string;
	/** How many embedded video players (YouTube, Loom) the crawler had written out as their words, now links to their videos. */
	players: number;
	/** When the date line under the title says the article was last modified, if it gives a date. */
	modified?: Date;
}

/** The question a helpdesk theme asks under every article, which ends the article's words. */
const FEEDBACK =
	/^(?:was this (?:article|page|answer|information) (?:helpful|useful)|did this (?:article )?answer your question|did you find (?:it|this|this article) helpful|is this (?:article|page) helpful|how helpful was this (?:article|page))\s*\??$/i;

/** A heading's words as a reader sees them: no emphasis marks, escapes or runs of spaces, in lower case. */
function plain(text: string): string {
	return text
		.replace(/[*_`\\]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** The words of a line without the marks Markdown puts around them (a heading's `#`, emphasis). */
function lineWords(line: string): string {
	return line
		.replace(/^\s{0,3}#{1,6}\s+/, '')
		.replace(/[*_]/g, '')
		.trim();
}

/**
 * The article of a crawled page: undefined unless the page shows its title (the frontmatter's,
 * which may carry the site's name) as a level 1 or 2 heading below other lines, the theme's.
 */
export function crawledArticle(body: string, pageTitle: string): CrawledArticle | undefined {
	const titled = plain(pageTitle);
	if (titled === '') return undefined;
	const lines = body.split('\n');
	let fence: string | undefined;
	let start = -1;
	// Else the first level 1 heading, when the feedback question follows it: a page's `<title>` is often an
	// editor's title for search engines ("Use custom fields in Acme") and its heading the article's own.
	let firstHeading = -1;
	let end = lines.length;
	for (let index = 0; index < lines.length; index += 1) {
		const line = lines[index] ?? '';
		const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker) {
			if (fence === undefined) fence = marker;
			else if (marker.startsWith(fence)) fence = undefined;
			continue;
		}
		if (fence !== undefined) continue;
		if (start < 0) {
			const heading = headingAt(line);
			if (heading !== undefined && plain(heading) !== '' && titled.includes(plain(heading))) start = index;
			if (firstHeading < 0 && /^\s{0,3}#\s+\S/.test(line)) firstHeading = index;
		}
		if ((start >= 0 || firstHeading >= 0) && FEEDBACK.test(lineWords(line))) {
			end = index;
			break;
		}
	}
	if (start < 0 && end < lines.length) start = firstHeading;
	if (start < 0) return undefined;
	const before = lines.slice(0, start).some((line) => line.trim() !== '');
	if (!before && end === lines.length) return undefined;
	// Without the feedback question, only a heading that is the page's title (with or without the
	// site's name) marks where a theme's lines end: a page of a docs folder that keeps its address
	// in `url:` and opens with a paragraph above a shorter heading ("Billing" under "Billing FAQ")
	// keeps that paragraph.
	if (end === lines.length && !namesTheTitle(headingAt(lines[start]), titled)) return undefined;
	const article = lines.slice(start + 1, end);
	// The theme's date line (and author) under the title: "Modified on: Tue, 3 Mar, 2026", "Updated over a week ago".
	let first = 0;
	let modified: Date | undefined;
	while (
		first < article.length &&
		((article[first] ?? '').trim() === '' || isFurnitureLine(lineWords(article[first] ?? '')))
	) {
		modified ??= dateLineDate(lineWords(article[first] ?? ''));
		first += 1;
	}
	const heading = headingAt(lines[start]) ?? pageTitle;
	const played = withoutFlattenedPlayers(article.slice(first));
	return {
		body: `${played.lines.join('\n').trim()}\n`,
		players: played.players,
		...(modified ? { modified } : {}),
		title: heading.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1').trim(),
	};
}

/** The words of a level 1 or 2 heading on the line, if it is one. */
function headingAt(line: string | undefined): string | undefined {
	return /^\s{0,3}#{1,2}\s+(.+?)\s*#*\s*$/.exec(line ?? '')?.[1];
}

/** The heading is the page's title, or the title is the heading and the site's name (`Reset a thermostat : Acme Support`). */
function namesTheTitle(heading: string | undefined, titled: string): boolean {
	const words = plain(heading ?? '');
	if (words === '') return false;
	if (words === titled) return true;
	const separator = /^\s*[|:·•\-–—]\s*\S/;
	return (
		(titled.startsWith(words) && separator.test(titled.slice(words.length))) ||
		(titled.endsWith(words) && /\S\s*[|:·•\-–—]\s*$/.test(titled.slice(0, titled.length - words.length)))
	);
}
