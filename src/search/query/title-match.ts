import { normaliseQuery } from './normalise.ts';

/** How many of the first results are looked at for a title that is the question: the ones a search box shows first. */
export const TITLE_LOOKAHEAD = 3;

/** A question or a title as the words it holds: case, punctuation, quotes and contractions aside. */
export function titleKey(text: string): string {
	return normaliseQuery(text)
		.map((word) => word.term)
		.join(' ');
}

/**
 * The last step of the query pipeline, over the first results' pages, which the search
 * boxes and the eval load to show them anyway (so it costs no request): the page whose
 * title is the question itself comes first when it is among the first few but not
 * first. A customer who types a page's title ("Pen tool") wants that page, not a longer
 * one that holds the same words more often ("Pen tool tips"). The order is otherwise
 * kept, and nothing moves when the first result's title is the question too or none is.
 */
export function titleFirst<Page>(
	pages: readonly Page[],
	query: string,
	titleOf: (page: Page) => string | undefined,
): Page[] {
	const key = titleKey(query);
	if (key === '' || pages.length < 2) return [...pages];
	const at = pages.slice(0, TITLE_LOOKAHEAD).findIndex((page) => {
		const title = titleOf(page);
		return title !== undefined && titleKey(title) === key;
	});
	if (at <= 0) return [...pages];
	return [pages[at] as Page, ...pages.slice(0, at), ...pages.slice(at + 1)];
}
