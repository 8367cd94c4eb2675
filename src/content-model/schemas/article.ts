import { z } from 'astro/zod';
import { didYouMean } from '../../cli/suggest.ts';
import { MAX_TICKET_ID_LENGTH, ticketIdProblem, ticketIdRule } from '../ticket-id.ts';
import { calendarDate, oneLineText, plainText } from './fields.ts';
import type { Taxonomy, TaxonomyTerm } from './taxonomy.ts';

/** Article slugs are file names, so they follow the same rule as ids. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a lowercase kebab-case slug such as "verify-domain"' });

/**
 * Helpdesks export ids as strings ("RES-1234") or numbers (48211); both are kept as
 * text, under the one rule the export readers apply too (`ticket-id.ts`). A number
 * past 2^53 has already lost digits when YAML reads it, so it must be quoted
 * (zod's `int` refuses it).
 */
export const ticketIdSchema = z
	.union([
		z
			.string()
			.trim()
			.min(1)
			.max(MAX_TICKET_ID_LENGTH)
			.refine((id) => id === '' || id.length > MAX_TICKET_ID_LENGTH || ticketIdProblem(id) === undefined, {
				error: ticketIdRule,
			}),
		z.number().int().nonnegative(),
	])
	.transform((id) => String(id));

/** `<system>:<id>`: the system an imported article came from and its id there. */
export const sourceIdSchema = z.string().regex(/^[a-z][a-z0-9-]*:[^\s]+$/, {
	error: 'a source such as "zendesk:360001234": the system, a colon, then its id',
});

export const audienceSchema = z.enum(['public', 'internal']);
export type Audience = z.infer<typeof audienceSchema>;

/**
 * A taxonomy id. A mistyped one names the nearest id as its hint, so every command
 * that validates frontmatter (`check`, `check:coverage`, `link`, the build) says
 * "did you mean" alike.
 */
function termId(terms: TaxonomyTerm[]) {
	const ids = terms.map((term) => term.id);
	return z.string().superRefine((value, context) => {
		if (ids.includes(value)) return;
		const hint = didYouMean(value, ids);
		context.addIssue({
			code: 'custom',
			message: `one of ${ids.join(', ')}`,
			input: value,
			params: hint ? { hint } : {},
		});
	});
}

const labelList = z.array(oneLineText().min(1));

/**
 * Frontmatter of a knowledge-base article. Category and product area are checked
 * against the team's taxonomy, so the schema is built from it.
 */
export function createArticleSchema(taxonomy: Taxonomy) {
	return z.strictObject({
		title: oneLineText()
			.min(1)
			.max(100)
			.describe("Page title, search result title and the name in llms.txt. Keep it to the customer's question."),
		description: plainText()
			.min(1)
			.max(200)
			.describe(
				'One or two sentences: the search snippet, the meta description and the lead under the title. An article whose first paragraph starts with its description (as imported articles often do) shows those words once, in the body.',
			),
		category: termId(taxonomy.categories).describe('Taxonomy category id: what kind of problem the article answers.'),
		productArea: termId(taxonomy.productAreas).describe(
			'Taxonomy product-area id: where in the product the problem lives.',
		),
		updated: calendarDate().describe(
			'Date of the last meaningful review; drives "recently updated" and staleness warnings.',
		),
		tickets: z
			.array(ticketIdSchema)
			.default([])
			.describe('Ids of the closed tickets this article answers; the coverage gate reads them. Default: none.'),
		tags: labelList
			.default([])
			.describe(
				'Free-form labels for the team and AI agents: kb.json lists them; the article page does not show them. Default: none.',
			),
		aliases: z
			.array(plainText().min(1))
			.default([])
			.describe('The words customers use for this problem; indexed for search with extra weight. Default: none.'),
		related: z
			.array(slugSchema)
			.default([])
			.describe('Slugs of articles to list under "Related articles". Each must exist. Default: none.'),
		audience: audienceSchema
			.default('public')
			.describe(
				"`public` articles reach the help center; `internal` ones only the team's handbook. Default: `public`.",
			),
		draft: z
			.boolean()
			.default(false)
			.describe('Drafts are built only into the internal handbook, marked as drafts. Default: `false`.'),
		owner: oneLineText()
			.min(1)
			.max(100)
			.optional()
			.describe('Who keeps the article current (a name or team). Optional.'),
		/**
		 * Where `npm run import` brought the article from (`zendesk:360001234`,
		 * `intercom:8812`, `folder:guides/verify`). A later import of the same source
		 * finds the article by it and updates it instead of adding a duplicate, and
		 * `content/redirects.yaml` may name an article by it.
		 */
		source: sourceIdSchema
			.optional()
			.describe(
				'Set by `npm run import`: the help center and id the article came from (e.g. `zendesk:360001234`). A second import updates this article instead of adding another. Optional.',
			),
	});
}

export type ArticleSchema = ReturnType<typeof createArticleSchema>;
export type ArticleData = z.output<ArticleSchema>;
