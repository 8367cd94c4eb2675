import { z } from 'astro/zod';

/** Header names helpdesk exports use for each column Tryblock reads. Matching ignores case, spaces, `_` and `-`. */
export const defaultColumnAliases = {
	id: ['id', 'ticket id', 'ticket', 'key', 'number'],
	status: ['status', 'state'],
	category: ['category', 'type', 'ticket category'],
	productArea: ['product area', 'area', 'component'],
	closedAt: ['closed at', 'solved at', 'resolved at'],
	articles: ['article', 'articles', 'kb article', 'kb articles', 'knowledge base article', 'linked articles'],
	subject: ['subject', 'title', 'summary'],
};

const aliasList = z.array(z.string().trim().min(1)).min(1);

const waiverSchema = z
	.strictObject({
		/** Exempt one ticket by id. */
		ticket: z.union([z.string().trim().min(1), z.number()]).transform(String).optional(),
		/** Exempt every ticket of this category (with `productArea`, only that pair). */
		category: z.string().trim().min(1).optional(),
		productArea: z.string().trim().min(1).optional(),
		/** Why the gap is acceptable for now. */
		reason: z.string().trim().min(1),
		/** Who will close the gap. */
		owner: z.string().trim().min(1),
		/** Last day the waiver applies (YYYY-MM-DD); after it the ticket counts again. */
		expires: z.iso.date(),
	})
	.refine((waiver) => waiver.ticket !== undefined || (waiver.category !== undefined && waiver.productArea !== undefined), {
		error: 'a waiver naming a `ticket`, or a `category` and `productArea` pair',
	});

/** Policy of the ticket coverage gate. */
export const coverageConfigSchema = z
	.strictObject({
		/** Header aliases per column; replace the defaults for a column by listing it. */
		columns: z
			.strictObject({
				id: aliasList.default(defaultColumnAliases.id),
				status: aliasList.default(defaultColumnAliases.status),
				category: aliasList.default(defaultColumnAliases.category),
				productArea: aliasList.default(defaultColumnAliases.productArea),
				closedAt: aliasList.default(defaultColumnAliases.closedAt),
				articles: aliasList.default(defaultColumnAliases.articles),
				subject: aliasList.default(defaultColumnAliases.subject),
			})
			.prefault({}),
		/** Status values that count as closed (trimmed, any case). */
		closedStatuses: aliasList.default(['closed', 'solved', 'resolved', 'done', 'completed']),
		/** Minimum share of a category's closed tickets that must link an article. Default 1 (every ticket). */
		minLinkRate: z.number().min(0).max(1).default(1),
		/** Per-category overrides of `minLinkRate`, by category id. */
		categories: z.record(z.string(), z.strictObject({ minLinkRate: z.number().min(0).max(1) })).default({}),
		/** Temporary exemptions; each needs a reason, an owner and an expiry date. */
		waivers: z.array(waiverSchema).default([]),
	})
	.prefault({});

export type CoverageConfig = z.output<typeof coverageConfigSchema>;
export type Waiver = CoverageConfig['waivers'][number];
