import { z } from 'astro/zod';
import { ticketIdSchema } from '../content-model/schemas/article.ts';
import { foldedText, oneLineText } from '../content-model/schemas/fields.ts';
import { defaultColumnAliases } from './column-names.ts';
import { compileDateFormat } from './dates.ts';
import { normalizeStatus } from './statuses.ts';

const aliasList = z.array(z.string().trim().min(1)).min(1);

const waiverSchema = z
	.strictObject({
		/** Exempt one ticket by id. Give either `ticket`, or `category` and `productArea`. */
		ticket: ticketIdSchema.optional(),
		/** With `productArea`: exempt every ticket of this category in that product area (taxonomy ids). */
		category: z.string().trim().min(1).optional(),
		/** With `category`: the product area of the exempted pair. */
		productArea: z.string().trim().min(1).optional(),
		/** Why the gap is acceptable for now: prose that may wrap, read as one line, as every report shows it. */
		reason: foldedText(),
		/** Who will close the gap (a person or team): one line, shown inside the waiver's line of every report. */
		owner: oneLineText().min(1),
		/** Last day the waiver applies (YYYY-MM-DD); from the next day it stops exempting and is reported. */
		expires: z.iso.date(),
	})
	.refine(
		(waiver) =>
			waiver.ticket !== undefined
				? waiver.category === undefined && waiver.productArea === undefined
				: waiver.category !== undefined && waiver.productArea !== undefined,
		{ error: 'a waiver naming either a `ticket`, or a `category` and `productArea` pair' },
	);

/** Policy of the ticket coverage gate (`coverage:` in content/tryblock.yaml). */
export const coverageConfigSchema = z
	.strictObject({
		/** Header aliases per column; listing a column replaces its defaults (see `defaultColumnAliases`). */
		columns: z
			.strictObject({
				id: aliasList.default(defaultColumnAliases.id),
				status: aliasList.default(defaultColumnAliases.status),
				category: aliasList.default(defaultColumnAliases.category),
				productArea: aliasList.default(defaultColumnAliases.productArea),
				closedAt: aliasList.default(defaultColumnAliases.closedAt),
				articles: aliasList.default(defaultColumnAliases.articles),
				subject: aliasList.default(defaultColumnAliases.subject),
				tags: aliasList.default(defaultColumnAliases.tags),
			})
			.prefault({}),
		/**
		 * Tags that hold a column, by the prefix they start with, for helpdesks whose macros
		 * or drop-down fields file the category, product area or article as tags (`cat_usability`,
		 * `area_domains`, `kb_verify-domain`): the first tag with the prefix is the category or
		 * product area when the export has no such column or its cell is empty, and every such
		 * tag names an article. Prefixes compare without case. Default: none, tags are not read.
		 */
		tagPrefixes: z
			.strictObject({
				category: z.string().trim().min(1).optional(),
				productArea: z.string().trim().min(1).optional(),
				articles: z.string().trim().min(1).optional(),
			})
			.default({}),
		/**
		 * How the export writes closed dates that are not ISO 8601, e.g. `DD.MM.YYYY`,
		 * `MM/DD/YYYY`, `DD/MM/YYYY` or `DD/MMM/YY` (tokens YYYY, YY, MM, M, MMM, DD, D). ISO
		 * dates and Unix times are always read. Default: none, so `01.03.2026` is an invalid row.
		 */
		dateFormat: z
			.string()
			.trim()
			.refine((format) => typeof compileDateFormat(format) !== 'string', {
				error: 'a date format such as DD.MM.YYYY, MM/DD/YYYY or DD/MMM/YY (tokens YYYY, YY, MM, M, MMM, DD, D)',
			})
			.optional(),
		/**
		 * Status values that count as closed (trimmed, any case), also when a qualifier
		 * follows them (`Closed Complete`, `Done - Resolved`). Default: closed, solved,
		 * resolved, done, completed, archived (Front's closed conversations; its `assigned`,
		 * `unassigned` and `deleted`, the trash, stay open).
		 */
		closedStatuses: aliasList.default(['closed', 'solved', 'resolved', 'done', 'completed', 'archived']),
		/**
		 * Status values that never count as closed, although they begin with a closed
		 * status (`Closed Skipped`, `Done - Duplicate`); they win over `closedStatuses`.
		 * Default: none.
		 */
		notClosedStatuses: z.array(z.string().trim().min(1)).default([]),
		/** Minimum share of a category's closed tickets that must link an article. Default 1 (every ticket). */
		minLinkRate: z.number().min(0).max(1).default(1),
		/** Per-category overrides of `minLinkRate`, keyed by taxonomy category id. Default: none. */
		categories: z.record(z.string(), z.strictObject({ minLinkRate: z.number().min(0).max(1) })).default({}),
		/** Temporary exemptions; each needs a reason, an owner and an expiry date. Default: none. */
		waivers: z.array(waiverSchema).default([]),
	})
	.superRefine((coverage, context) => {
		const closed = new Set(coverage.closedStatuses.map(normalizeStatus));
		coverage.notClosedStatuses.forEach((status, index) => {
			if (!closed.has(normalizeStatus(status))) return;
			context.addIssue({
				code: 'custom',
				path: ['notClosedStatuses', index],
				input: status,
				message: 'a status that closedStatuses does not also list (each status counts one way)',
			});
		});
	})
	.prefault({});

export type CoverageConfig = z.output<typeof coverageConfigSchema>;
export type Waiver = CoverageConfig['waivers'][number];
export { type ColumnField, columnFields, defaultColumnAliases, requiredColumns } from './column-names.ts';
