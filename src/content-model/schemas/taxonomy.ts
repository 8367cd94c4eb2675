import { z } from 'astro/zod';
import { normalizeTermValue, termNames } from '../term-names.ts';
import { oneLineText, plainText } from './fields.ts';

/** Ids are what files, exports and URLs use, so they stay lowercase kebab-case. */
export const termIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a lowercase kebab-case id such as "success-outreach"' });

export const taxonomyTermSchema = z.strictObject({
	/** Stable id used in frontmatter, ticket exports and URLs (`/categories/<id>/`). */
	id: termIdSchema,
	/** Name shown to readers; exports may also use it ("Success Outreach"). */
	label: oneLineText().min(1),
	/** What the customer experiences, shown on the index page of the term. */
	description: plainText().min(1),
	/**
	 * Other names the team's helpdesk gives the term in its fields and exports ("Bug",
	 * "Billing & Invoices"): the coverage gate, insights and pulled tickets read them as
	 * the term, so years of tickets count without renaming the helpdesk's values.
	 */
	helpdeskValues: z.array(oneLineText().min(1)).optional(),
});

/**
 * The words customers see for a ticket category. Categories are the team's lens (the
 * coverage gate, insights, the handbook): the public help center is organised by
 * product area and shows a category only when the taxonomy gives it these words.
 */
export const customerWordingSchema = z.strictObject({
	/** Name shown to customers, in their words ("Something isn't working"). */
	label: oneLineText().min(1),
	/** One sentence for the category's public page and its card on the home page. */
	description: plainText().min(1),
});

export const categoryTermSchema = taxonomyTermSchema.extend({
	/**
	 * Opts the category in to the public help center: its page, home-page card, article
	 * badge and search filter use these words instead of `label` and `description`.
	 * Without it the category stays internal and its old public URL redirects.
	 */
	customer: customerWordingSchema.optional(),
});

function uniqueIds(terms: { id: string }[], ctx: z.RefinementCtx, key: string) {
	const seen = new Set<string>();
	terms.forEach((term, index) => {
		if (seen.has(term.id)) {
			ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `a unique id ("${term.id}" is used twice)` });
		}
		seen.add(term.id);
	});
}

/**
 * An export's value must name one term: a helpdesk value, or a label, that another term
 * of the list is also named by (in any case, spaces, `_` or `-`) would file its tickets
 * under whichever term came last.
 */
function uniqueNames(terms: z.infer<typeof taxonomyTermSchema>[], ctx: z.RefinementCtx, key: string) {
	const owners = new Map<string, string>();
	terms.forEach((term, index) => {
		const own = new Set<string>();
		termNames(term).forEach((name, position) => {
			const normal = normalizeTermValue(name);
			const owner = owners.get(normal);
			if (owner !== undefined && owner !== term.id && !own.has(normal)) {
				const path =
					position === 0
						? [key, index, 'id']
						: position === 1
							? [key, index, 'label']
							: [key, index, 'helpdeskValues', position - 2];
				ctx.addIssue({
					code: 'custom',
					path,
					message: `a name no other term has ("${name}" already names the term "${owner}")`,
				});
			}
			own.add(normal);
			if (owner === undefined) owners.set(normal, term.id);
		});
	});
}

export const taxonomySchema = z
	.strictObject({
		/** Ticket categories: what the customer experienced when they wrote in. */
		categories: z.array(categoryTermSchema).min(1),
		/** Product areas: where in the product it happened. */
		productAreas: z.array(taxonomyTermSchema).min(1),
	})
	.superRefine((taxonomy, ctx) => {
		uniqueIds(taxonomy.categories, ctx, 'categories');
		uniqueIds(taxonomy.productAreas, ctx, 'productAreas');
		uniqueNames(taxonomy.categories, ctx, 'categories');
		uniqueNames(taxonomy.productAreas, ctx, 'productAreas');
	});

export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;
export type CategoryTerm = z.infer<typeof categoryTermSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
