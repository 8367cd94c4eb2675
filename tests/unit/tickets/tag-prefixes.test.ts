import { describe, expect, test } from 'vitest';
import { ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { splitTags, taggedValues } from '../../../src/tickets/tags.ts';
import { fixture, gate } from './helpers.ts';

const site = fixture('tag-prefixes');
const tagged = (file: string) => gate({ contentDir: site, tickets: [fixture('tag-prefixes', 'tickets', file)] });

describe('columns filed as tags (coverage.tagPrefixes)', () => {
	test("a Zendesk view export's tags give category, product area and article, whatever their case", async () => {
		const { report, exports } = await tagged('zendesk-view.csv');
		// Its tags hold the articles, so it is no export without an articles column.
		expect(exports[0]?.hasArticles).toBe(true);
		expect(report.totals).toEqual({ closed: 3, linked: 2, unlinked: 1, invalid: 1, duplicates: 0 });
		expect(report.unlinkedTickets).toEqual([
			expect.objectContaining({ id: '7102', category: 'reliability', productArea: 'api', reason: 'no-article' }),
		]);
		const byId = Object.fromEntries(report.categories.map((category) => [category.id, category]));
		expect(byId.usability).toMatchObject({ closed: 1, linked: 1 });
		expect(byId.functional).toMatchObject({ closed: 1, linked: 1 });
		// A row without the category's tag says which prefix was looked for.
		expect(report.invalidRows).toEqual([
			expect.objectContaining({
				line: 4,
				reason: 'ticket 7103 is closed but has no category (nor a tag starting with "category_")',
			}),
		]);
	});

	test('a category column wins where it has a value; an empty cell falls back to the tags', async () => {
		const { report } = await tagged('freshdesk.csv');
		expect(report.totals).toMatchObject({ closed: 2, linked: 2, invalid: 0 });
		const byId = Object.fromEntries(report.categories.map((category) => [category.id, category.closed]));
		expect(byId).toMatchObject({ usability: 1, reliability: 1 });
	});

	test("a Zendesk API ticket's tags stand in for custom fields named by id", async () => {
		const { report, exports } = await tagged('api.json');
		expect(exports[0]?.hasArticles).toBe(true);
		// Its `type` (incident) is never read; the article its tag names is a draft.
		expect(report.unlinkedTickets).toEqual([
			expect.objectContaining({ id: '9001', category: 'reliability', productArea: 'api', reason: 'draft-only' }),
		]);
	});

	test("Intercom's tag list and Help Scout's tag objects are read as tags", async () => {
		const intercom = await tagged('intercom.json');
		expect(intercom.report.totals).toMatchObject({ closed: 1, linked: 1, invalid: 0 });
		expect(intercom.report.categories.find((category) => category.id === 'reliability')).toMatchObject({ closed: 1 });
		const helpscout = await tagged('helpscout.json');
		expect(helpscout.report.totals).toMatchObject({ closed: 1, linked: 1, invalid: 0 });
		expect(helpscout.report.categories.find((category) => category.id === 'usability')).toMatchObject({ closed: 1 });
	});

	test('an export with neither a category column nor tags is unusable, and the message names both', async () => {
		const error = await gate({ contentDir: site, tickets: [fixture('tag-prefixes', 'no-tags.csv')] }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(ContentError);
		const [category] = (error as ContentError).problems.map(formatProblem);
		expect(category).toContain(
			'no category column: expected a header named "category", "ticket category", "case category", "type" or "case type", or tags starting with "category_" in a column named "tags", "labels", "tag list" or "ticket tags"',
		);
	});

	test('without prefixes tags are not read: the same export lacks its category column', async () => {
		const error = await gate({ tickets: [fixture('tag-prefixes', 'tickets', 'zendesk-view.csv')] }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).problems.map((problem) => problem.message)).toEqual([
			expect.stringMatching(
				/^no category column: expected a header named "category", .* or "case type"; the header has/,
			),
			expect.stringMatching(/^no product area column/),
		]);
		// The export's tags column is named, with the setting that reads the category and area from it.
		expect((error as ContentError).problems.map((problem) => problem.hint)).toEqual([
			'if the export names it differently, add that name to `coverage.columns.category` in tests/fixtures/tickets/site/tryblock.yaml; if the helpdesk files it as tags in "Tags" (`cat_usability`), name their prefix under `coverage.tagPrefixes.category`',
			'if the export names it differently, add that name to `coverage.columns.productArea` in tests/fixtures/tickets/site/tryblock.yaml; if the helpdesk files it as tags in "Tags" (`area_domains`), name their prefix under `coverage.tagPrefixes.productArea`',
		]);
	});
});

describe('reading tags', () => {
	test('spaces, commas and line breaks separate tags', () => {
		expect(splitTags('vip category_usability')).toEqual(['vip', 'category_usability']);
		expect(splitTags('area_billing, kb_billing-invoices,refund')).toEqual([
			'area_billing',
			'kb_billing-invoices',
			'refund',
		]);
		expect(splitTags('kb_a\nkb_b')).toEqual(['kb_a', 'kb_b']);
		expect(splitTags('')).toEqual([]);
	});

	test('a prefix matches in any case and is cut off; a bare prefix names nothing', () => {
		expect(taggedValues(['vip', 'Category_Usability', 'category_'], 'category_')).toEqual(['Usability']);
		expect(taggedValues(['category_', 'category_usability'], 'category_')).toEqual(['usability']);
		expect(taggedValues(['vip'], 'area_')).toEqual([]);
	});
});
