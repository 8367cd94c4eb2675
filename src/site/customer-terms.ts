import type { Audience } from '../content-model/schemas/article.ts';
import type { CategoryTerm, Taxonomy } from '../content-model/schemas/taxonomy.ts';
import type { ResolvedRedirect } from '../redirects/resolve.ts';
import { paths } from './urls.ts';

/** A taxonomy term in the words a build shows its readers. */
export interface ShownTerm {
	id: string;
	label: string;
	description: string;
}

/**
 * A ticket category as this build shows it. The handbook shows the team's words. The
 * public help center shows a category only when the taxonomy gives it customer-facing
 * words (`customer:`), and then only those: customers think in products and tasks,
 * not in the team's triage categories.
 */
export function shownCategory(term: CategoryTerm, audience: Audience): ShownTerm | undefined {
	if (audience === 'internal') return { id: term.id, label: term.label, description: term.description };
	return term.customer ? { id: term.id, ...term.customer } : undefined;
}

/** The categories this build shows, in taxonomy order. */
export function shownCategories(taxonomy: Taxonomy, audience: Audience): ShownTerm[] {
	return taxonomy.categories.flatMap((term) => shownCategory(term, audience) ?? []);
}

/**
 * Redirects for the pages of categories this build does not show, so links customers
 * kept (bookmarks, old replies, search engines) still lead somewhere: each goes to the
 * product area all the category's published articles share, else to the home page,
 * which lists every product area. Written like any other redirect of the build
 * (src/integrations/redirects.ts): a redirect page and a `_redirects` line.
 */
export function categoryRedirects(
	taxonomy: Taxonomy,
	articles: readonly { category: string; productArea: string }[],
	audience: Audience,
): ResolvedRedirect[] {
	return taxonomy.categories
		.filter((term) => !shownCategory(term, audience))
		.map((term) => ({
			from: paths.category(term.id).replace(/\/$/, ''),
			to: categoryRedirectTarget(
				articles.filter((article) => article.category === term.id).map((article) => article.productArea),
			),
		}));
}

/**
 * Where the old public page of a category that is no longer shown sends its readers:
 * the product area when all its articles share one, else the home page, which lists
 * every product area.
 */
export function categoryRedirectTarget(productAreas: readonly string[]): string {
	const distinct = new Set(productAreas);
	const [only] = distinct;
	return distinct.size === 1 && only ? paths.productArea(only) : paths.home;
}
