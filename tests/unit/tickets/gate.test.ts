import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/authoring/check-command.ts';
import { loadContent } from '../../../src/content-model/content.ts';
import { ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { coverageConfigSchema } from '../../../src/tickets/coverage-config.ts';
import { compareTicketIds } from '../../../src/tickets/report.ts';
import { fixture, gate } from './helpers.ts';

async function problems(run: Promise<unknown>): Promise<string[]> {
	try {
		await run;
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
	throw new Error('expected the input to be unusable');
}

describe('the JSON report', () => {
	test('an export the articles fully cover: the whole contract, sorted and stable', async () => {
		const { report } = await gate({ tickets: [fixture('bom-crlf/tickets.csv')] });
		const category = (id: string, label: string, closed: number) => ({
			id,
			label,
			closed,
			linked: closed,
			linkRate: closed === 0 ? null : 1,
			minLinkRate: 1,
			covered: true,
			unlinked: [],
		});
		expect(report).toEqual({
			ok: true,
			since: null,
			before: null,
			totals: { closed: 7, linked: 7, unlinked: 0, invalid: 0, duplicates: 0 },
			categories: [
				category('reliability', 'Reliability', 3),
				category('usability', 'Usability', 3),
				category('functional', 'Functional', 0),
				category('success-outreach', 'Success Outreach', 1),
			],
			uncoveredCategories: [],
			unlinkedTickets: [],
			invalidRows: [],
			waivers: { applied: [], expired: [] },
			emptyCategories: [],
		});
		expect(Object.keys(report)).toEqual([
			'ok',
			'since',
			'before',
			'totals',
			'categories',
			'uncoveredCategories',
			'unlinkedTickets',
			'invalidRows',
			'waivers',
			'emptyCategories',
		]);
	});

	test('ticket ids sort the way people read them', () => {
		expect(['T-10', 'T-9', 'T-100', 'A-2', 'T-09', '48213', '48211'].sort(compareTicketIds)).toEqual([
			'48211',
			'48213',
			'A-2',
			'T-9',
			'T-09',
			'T-10',
			'T-100',
		]);
	});
});

describe('what links a ticket', () => {
	test('a frontmatter id links a ticket, including from an internal article or a runbook', async () => {
		const { report, judged } = await gate({ tickets: [fixture('bom-crlf/tickets.csv')] });
		const { table, links } = judged;
		const linksOf = (id: string) => links.publishedLinks(id, table.referenceSet[table.slotOf(id)] as number);
		expect([linksOf('T-101'), linksOf('T-201'), linksOf('T-202'), linksOf('T-105')]).toEqual([
			['verify-domain'],
			['known-issue'],
			['escalate-to-engineering'],
			['plan-limits', 'verify-domain'],
		]);
		expect(report.ok).toBe(true);
	});

	test('a slug that does not exist is a broken link, unless a published article links the ticket too', async () => {
		const { report } = await gate({ tickets: [fixture('broken-link/tickets.csv')] });
		expect(report.unlinkedTickets).toEqual([
			{
				id: 'T-1',
				category: 'usability',
				productArea: 'domains',
				reason: 'broken-link',
				file: fixture('broken-link/tickets.csv'),
				line: 2,
			},
			{
				id: 'T-2',
				category: 'reliability',
				productArea: 'api',
				reason: 'broken-link',
				file: fixture('broken-link/tickets.csv'),
				line: 3,
			},
		]);
		expect(report.totals).toEqual({ closed: 3, linked: 1, unlinked: 2, invalid: 0, duplicates: 0 });
	});

	test('drafts do not count: a ticket only drafts link is draft-only; with a published article too, it is linked', async () => {
		const { report } = await gate({ tickets: [fixture('draft-only/tickets.csv')] });
		expect(report.unlinkedTickets.map((ticket) => [ticket.id, ticket.reason])).toEqual([
			['T-2', 'draft-only'],
			['T-4', 'no-article'],
			['T-301', 'draft-only'],
		]);
		expect(report.categories.find((category) => category.id === 'functional')).toMatchObject({
			closed: 3,
			linked: 0,
			linkRate: 0,
			covered: false,
			unlinked: ['T-2', 'T-4', 'T-301'],
		});
		expect(report.uncoveredCategories).toEqual(['functional']);
	});
});

describe('rows that cannot be judged', () => {
	test.each([
		[
			'unknown-category',
			[
				[
					2,
					'ticket T-1 has an unknown category "Billing issue" (expected one of reliability, usability, functional, success-outreach)',
				],
			],
		],
		[
			'unknown-product-area',
			[[2, 'ticket T-1 has an unknown product area "Dashboard" (expected one of domains, api, billing)']],
		],
		[
			'closed-without-category',
			[
				[2, 'ticket T-1 is closed but has no category'],
				[3, 'closed ticket without an id'],
				[5, 'ticket T-3 is closed but has no product area'],
			],
		],
		[
			'wrong-field-count',
			[
				[3, 'ticket T-2 has 8 fields where the header has 7'],
				[4, 'ticket T-3 has 3 fields where the header has 7'],
			],
		],
	])('%s: listed with file and line, and the check fails; open tickets are never judged', async (name, expected) => {
		const file = fixture(name, 'tickets.csv');
		const { report } = await gate({ tickets: [file] });
		expect(report.invalidRows).toEqual(expected.map(([line, reason]) => ({ file, line, reason })));
		expect([report.ok, report.totals.invalid]).toEqual([false, expected.length]);
	});

	test('a header with no rows judges nothing and passes', async () => {
		const { report } = await gate({ tickets: [fixture('header-only/tickets.csv')] });
		expect([report.ok, report.totals]).toEqual([
			true,
			{ closed: 0, linked: 0, unlinked: 0, invalid: 0, duplicates: 0 },
		]);
	});
});

describe('duplicates', () => {
	test('the last row read wins, across rows and files, and the report counts the repeats', async () => {
		const { report, judged } = await gate({ tickets: [fixture('duplicates/a.csv'), fixture('duplicates/b.csv')] });
		expect(report.totals).toEqual({ closed: 1, linked: 1, unlinked: 0, invalid: 0, duplicates: 2 });
		const slot = judged.table.slotOf('T-1');
		expect([judged.table.files[judged.table.file[slot] as number], judged.table.line[slot]]).toEqual([
			fixture('duplicates/b.csv'),
			2,
		]);
	});

	test('the order of the files decides which row wins', async () => {
		const { report } = await gate({ tickets: [fixture('duplicates/b.csv'), fixture('duplicates/a.csv')] });
		expect(report.unlinkedTickets.map((ticket) => [ticket.id, ticket.file, ticket.line])).toEqual([
			['T-1', fixture('duplicates/a.csv'), 2],
		]);
	});
});

describe('--since', () => {
	test('judges only tickets closed on or after the day, as the export writes the day', async () => {
		const file = fixture('since/tickets.csv');
		const { report } = await gate({ tickets: [file], since: '2026-01-01' });
		expect(report.since).toBe('2026-01-01');
		expect(report.totals).toEqual({ closed: 2, linked: 2, unlinked: 0, invalid: 2, duplicates: 0 });
		expect(report.invalidRows).toEqual([
			{ file, line: 6, reason: 'ticket T-5 has no closed date, which --since needs' },
			{
				file,
				line: 7,
				reason:
					'ticket T-6 has a closed date "next tuesday" that cannot be read: expected ISO 8601 such as 2026-03-14 or 2026-03-14T10:22:00Z; other forms need coverage.dateFormat in tests/fixtures/tickets/site/tryblock.yaml',
			},
		]);
	});

	test('without it, the old backlog counts; a closed date that cannot be read is still an invalid row', async () => {
		const { report } = await gate({ tickets: [fixture('since/tickets.csv')] });
		expect(report.totals).toEqual({ closed: 5, linked: 3, unlinked: 2, invalid: 2, duplicates: 0 });
	});

	test('an export without a closed-date column cannot be used with --since', async () => {
		expect(await problems(gate({ tickets: [fixture('sniffing/csv-export')], since: '2026-01-01' }))).toEqual([
			'tests/fixtures/tickets/sniffing/csv-export:1: no closed date column: expected a header named "closed at", "solved at", "resolved at", "closed time", "resolved time", "resolved", "close date", "closed date", "date closed", "date/time closed", "resolution date" or "closed datetime"; the header has "id", "status", "category", "product area", "articles" (if the export names it differently, add that name to `coverage.columns.closedAt` in tests/fixtures/tickets/site/tryblock.yaml)',
		]);
	});
});

describe('policy', () => {
	test('waivers exempt a ticket or a category/product-area pair until they expire; expired ones are reported', async () => {
		const { report } = await gate({ contentDir: fixture('waivers') });
		expect(report.waivers).toEqual({
			applied: [
				{
					ticket: null,
					category: 'usability',
					productArea: 'billing',
					reason: 'Billing pages move to the new portal.',
					owner: 'Billing team',
					expires: '2099-12-31',
					tickets: ['T-3'],
				},
				{
					ticket: 'T-1',
					category: null,
					productArea: null,
					reason: 'The DNS article is being rewritten this sprint.',
					owner: 'Priya Raman',
					expires: '2099-12-31',
					tickets: ['T-1'],
				},
				{
					ticket: 'T-99',
					category: null,
					productArea: null,
					reason: 'Nothing links this any more.',
					owner: 'Mei Chen',
					expires: '2099-12-31',
					tickets: [],
				},
			],
			expired: [
				{
					ticket: 'T-2',
					category: null,
					productArea: null,
					reason: 'Waiting for the API redesign.',
					owner: 'Tomás Ortega',
					expires: '2020-01-31',
					tickets: ['T-2'],
				},
			],
		});
		expect(report.totals).toEqual({ closed: 3, linked: 2, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(report.uncoveredCategories).toEqual(['reliability']);
	});

	test('a waiver applies through its expiry day and stops the day after', async () => {
		const onTheDay = await gate({ contentDir: fixture('waivers'), today: '2020-01-31' });
		const dayAfter = await gate({ contentDir: fixture('waivers'), today: '2020-02-01' });
		expect([onTheDay.report.ok, onTheDay.report.waivers.expired]).toEqual([true, []]);
		expect([dayAfter.report.ok, dayAfter.report.waivers.expired.map((waiver) => waiver.ticket)]).toEqual([
			false,
			['T-2'],
		]);
	});

	test('a category can have its own minimum link rate', async () => {
		const { report } = await gate({ contentDir: fixture('per-category-minimum') });
		expect(
			report.categories.slice(0, 2).map(({ id, closed, linked, linkRate, minLinkRate, covered }) => ({
				id,
				closed,
				linked,
				linkRate,
				minLinkRate,
				covered,
			})),
		).toEqual([
			{ id: 'reliability', closed: 2, linked: 1, linkRate: 0.5, minLinkRate: 1, covered: false },
			{ id: 'usability', closed: 3, linked: 2, linkRate: 0.6667, minLinkRate: 0.6, covered: true },
		]);
		expect([report.ok, report.uncoveredCategories]).toEqual([false, ['reliability']]);
	});

	test('a category whose unlinked tickets find no published article in it is reported, drafts not counting', async () => {
		const { report } = await gate({ tickets: [fixture('draft-only/tickets.csv')] });
		expect(report.emptyCategories).toEqual(['functional']);
	});

	test('a category without articles has no gap when nobody filed a ticket under it, or its tickets all link one', async () => {
		const noTickets = await gate({ tickets: [fixture('bom-crlf/tickets.csv')] });
		expect(noTickets.report.categories.find((category) => category.id === 'functional')?.closed).toBe(0);
		expect(noTickets.report.emptyCategories).toEqual([]);
		const answeredElsewhere = await gate({ tickets: [fixture('answered-elsewhere/tickets.csv')] });
		expect([answeredElsewhere.report.ok, answeredElsewhere.report.emptyCategories]).toEqual([true, []]);
	});
});

describe('configuration and content that cannot be used', () => {
	test('invalid coverage settings point at the file, line and field', async () => {
		expect(await problems(gate({ contentDir: fixture('invalid-config') }))).toEqual([
			'tests/fixtures/tickets/invalid-config/tryblock.yaml:9: **coverage.minLinkRate**: expected at most 1, received number 1.5',
			'tests/fixtures/tickets/invalid-config/tryblock.yaml:11: **coverage.waivers.0.owner**: required: expected text',
		]);
	});

	test("a waiver's owner on two lines, or holding a tab, is refused like a title; a `|` block's last line break is not one", async () => {
		expect(await problems(gate({ contentDir: fixture('waiver-line-breaks') }))).toEqual([
			'tests/fixtures/tickets/waiver-line-breaks/tryblock.yaml:14: **coverage.waivers.0.owner**: expected one line of text, found U+000A (a line break) at character 6 (write it on one line with spaces between its words; a YAML "|" block keeps its line breaks)',
			'tests/fixtures/tickets/waiver-line-breaks/tryblock.yaml:24: **coverage.waivers.2.owner**: expected one line of text, found U+0009 (a tab) at character 6 (write it on one line with spaces between its words; a YAML "|" block keeps its line breaks)',
		]);
	});

	test("a waiver's reason may wrap: it is read as one line, as every report shows it", () => {
		const waiver = { ticket: 'T-1', owner: 'Priya Raman', expires: '2099-12-31' };
		const parsed = coverageConfigSchema.parse({
			waivers: [{ ...waiver, reason: 'The DNS article is being rewritten.\nIt ships\u2028next sprint.\n' }],
		});
		expect(parsed.waivers[0]?.reason).toBe('The DNS article is being rewritten. It ships next sprint.');
	});

	test('ids the taxonomy does not have are refused with their line', async () => {
		expect(await problems(gate({ contentDir: fixture('unknown-config-ids') }))).toEqual([
			'tests/fixtures/tickets/unknown-config-ids/tryblock.yaml:10: **coverage.categories.billing**: expected a category id from the taxonomy (reliability, usability, functional, success-outreach), received "billing"',
			'tests/fixtures/tickets/unknown-config-ids/tryblock.yaml:14: **coverage.waivers.0.productArea**: expected a product area id from the taxonomy (domains, api, billing), received "dashboard"',
		]);
	});

	test('an article whose frontmatter cannot be read stops the gate: its tickets would look unlinked', async () => {
		expect(await problems(gate({ contentDir: fixture('broken-article') }))).toEqual([
			'tests/fixtures/tickets/broken-article/articles/api-errors.md:4: invalid YAML in frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]',
			'tests/fixtures/tickets/broken-article: the file above cannot be read, so the tickets it links cannot be judged (fix the frontmatter; `npm run check` lists every problem)',
		]);
	});

	test('a mistyped category or product area stops the gate with the "did you mean" npm run check gives, worded alike', async () => {
		const dir = fixture('mistyped-terms');
		const lines = await problems(gate({ contentDir: dir }));
		expect(lines).toEqual([
			'tests/fixtures/tickets/mistyped-terms/articles/api-errors.md:4: **category**: expected one of reliability, usability, functional, success-outreach, received "relability" (did you mean "reliability"?)',
			'tests/fixtures/tickets/mistyped-terms/articles/api-errors.md:5: **productArea**: expected one of domains, api, billing, received "apii" (did you mean "api"?)',
			// Two problems in one file: that file, not "the files above".
			'tests/fixtures/tickets/mistyped-terms: the file above cannot be read, so the tickets it links cannot be judged (fix the frontmatter; `npm run check` lists every problem)',
		]);
		const checked = checkContent(loadContent(dir), { root: dir, today: new Date(2026, 5, 2) })
			.filter((issue) => issue.kind.id === 'frontmatter')
			.map((issue) =>
				formatProblem({
					file: issue.file,
					line: issue.line,
					field: issue.field,
					message: issue.message,
					hint: issue.hint,
				}),
			);
		expect(checked).toEqual(lines.slice(0, 2));
	});
});
