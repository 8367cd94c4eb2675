import { describe, expect, test } from 'vitest';
import { outputFormats } from '../../../src/tickets/cli.ts';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema, requiredColumns } from '../../../src/tickets/coverage-config.ts';
import type { RawRow } from '../../../src/tickets/raw-row.ts';
import { readExport } from '../../../src/tickets/read-export.ts';
import { checkCoverage, fixture, gate, rawControls, workflowCommands } from './helpers.ts';

const xml = (name: string) => fixture('zendesk-xml', name);
/** The site whose tryblock.yaml reads the category, product area and article from tags (`category_`, `area_`, `kb_`). */
const taggedSite = fixture('tag-prefixes');

/** Each row of an export as read with `columns`: line, id, status, category, product area, closed date, articles. */
async function rowsOf(file: string, columns: Record<string, string[]>) {
	const matcher = createColumnMatcher(coverageConfigSchema.parse({ columns }).columns);
	const rows: (string | number)[][] = [];
	const onRow = ({ line, values }: RawRow) =>
		rows.push([line, values.id, values.status, values.category, values.productArea, values.closedAt, values.articles]);
	const summary = await readExport(file, { matcher, required: requiredColumns, onRow });
	return { rows, summary };
}

const customFields = {
	category: ['custom_fields.360011'],
	productArea: ['custom_fields.360022'],
	articles: ['custom_fields.360033'],
};

describe("Zendesk's XML export of tickets", () => {
	test('each <ticket> is a row: nice-id, status (or status-id), solved-at, and custom fields by their id', async () => {
		const { rows, summary } = await rowsOf(xml('tickets.xml'), customFields);
		expect(summary).toMatchObject({ format: 'xml', rows: 4, hasArticles: true });
		expect(rows).toEqual([
			[
				4,
				'5101',
				'closed',
				'usability',
				'domains',
				'2026-03-02T09:30:00Z',
				'https://help.example.com/articles/verify-domain/',
			],
			[33, '5102', 'solved', 'reliability', 'api', '2026-03-04T16:00:00Z', ''],
			[54, '5103', 'pending', 'functional', '', '', ''],
			[66, '5104', 'closed', 'functional', 'billing', '2026-03-06T10:15:00Z', 'billing-invoices'],
		]);
	});

	test('the gate judges it like any export: its tags give category, area and article with tagPrefixes', async () => {
		const { report, exports } = await gate({ contentDir: taggedSite, tickets: [xml('tags.xml')] });
		expect(exports[0]).toMatchObject({ format: 'xml', rows: 2, hasArticles: true });
		expect(report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(report.unlinkedTickets).toEqual([
			expect.objectContaining({ id: '6202', category: 'reliability', productArea: 'api', line: 10 }),
		]);
	});

	test('without a category named, it stops (exit 2) and says to name the custom field by its id', async () => {
		const run = await checkCoverage(['--tickets', xml('tickets.xml')]);
		expect([run.status, run.stdout]).toEqual([2, '']);
		expect(run.stderr.split('\n')[0]).toBe(
			'tests/fixtures/tickets/zendesk-xml/tickets.xml: no category column: expected an element named "category", "ticket category", "case category", "type" or "case type"; no <ticket> in the file has one (a Zendesk ticket\'s `type` is question, incident, problem or task, not a category) (name the custom field that holds it by its id under `coverage.columns.category` in tests/fixtures/tickets/site/tryblock.yaml, e.g. `custom_fields.360012345` (Admin Center > Objects and rules > Tickets > Fields))',
		);
	});

	test.each([
		[
			'a document type (entities are never declared or expanded)',
			'doctype.xml',
			'tests/fixtures/tickets/zendesk-xml/doctype.xml:5: declares a document type (<!DOCTYPE>), which a ticket export never has: the gate reads no entities (export the closed tickets again)',
		],
		[
			'a file cut off inside a ticket',
			'cut-off.xml',
			'tests/fixtures/tickets/zendesk-xml/cut-off.xml:11: is not well-formed XML: unclosed tag: subject (export the closed tickets again; the file may be cut off or changed by hand)',
		],
		[
			'a raw escape character, which XML 1.0 forbids',
			'raw-escape.xml',
			'tests/fixtures/tickets/zendesk-xml/raw-escape.xml:5: is not well-formed XML: disallowed character. (export the closed tickets again; the file may be cut off or changed by hand)',
		],
		[
			"other XML, such as ServiceNow's",
			'servicenow.xml',
			"tests/fixtures/tickets/zendesk-xml/servicenow.xml:1: is XML other than Zendesk's export of tickets, which the gate does not read: it reads CSV, Excel workbooks, JSON, JSON Lines and Zendesk's XML export (<tickets>) (export the closed tickets as CSV or JSON instead)",
		],
	])('%s is refused at its line (exit 2)', async (_, name, message) => {
		const run = await checkCoverage(['--tickets', xml(name)]);
		expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `${message}\n`]);
	});
});

describe('text from an XML export is untrusted', () => {
	test.each(outputFormats)(
		'escapes, bidi controls, line breaks before :: and long subjects never reach --format %s raw',
		async (format) => {
			const run = await checkCoverage(['--tickets', xml('hostile.xml'), '--format', format], {
				contentDir: taggedSite,
			});
			expect([run.status, run.stderr]).toEqual([1, '']);
			expect(run.stdout).not.toMatch(rawControls);
			expect(workflowCommands(run.stdout).every((line) => /^::(error|warning) /.test(line))).toBe(true);
			expect(run.stdout).not.toContain('Long subject words '.repeat(20));
		},
	);

	test('the text report shows the words, and names the bad id and category with their escapes', async () => {
		const run = await checkCoverage(['--tickets', xml('hostile.xml')], { contentDir: taggedSite });
		const lines = run.stdout.split('\n');
		expect(lines.filter((line) => line.startsWith('   "'))).toEqual([
			'   "Mail fails ::error::forged from a subject"',
			'   "Red alert in the subject"',
			`   "${'Long subject words '.repeat(10)}Long subj…"`,
			'   "Invoice fdp.exe total and isolate"',
		]);
		expect(lines).toContain(
			'  tests/fixtures/tickets/zendesk-xml/hostile.xml:31  "9005\\n::error::forged id" is not a ticket id: expected one word without spaces, line breaks or control characters, at most 200 characters (e.g. RES-1234)',
		);
		expect(lines).toContain(
			'  tests/fixtures/tickets/zendesk-xml/hostile.xml:38  ticket 9006 has an unknown category "usab\\u001b[1Aility" (expected one of reliability, usability, functional, success-outreach)',
		);
	});
});
