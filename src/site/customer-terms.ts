import type { Audience } from '../content-model/schemas/article.ts';
import type { CategoryTerm, Taxonomy } from '../content-model/schemas/taxonomy.ts';
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

/** Category pages this build answers with a redirect instead of a page: those it does not show. */
export function redirectedCategoryPaths(taxonomy: Taxonomy, audience: Audience): Set<string> {
	return new Set(
		taxonomy.categories.filter((term) => !shownCategory(term, audience)).map((term) => paths.category(term.id)),
	);
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
