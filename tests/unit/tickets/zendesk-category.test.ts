import { describe, expect, test } from 'vitest';
import { ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { createColumnMatcher, resolveHeaderRow } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema, requiredColumns } from '../../../src/tickets/coverage-config.ts';
import type { RawRow } from '../../../src/tickets/raw-row.ts';
import { readExport } from '../../../src/tickets/read-export.ts';
import { fixture } from './helpers.ts';

/** The category each row of an export is read with, under the default columns or `columns`. */
async function categories(file: string, columns: Record<string, string[]> = {}): Promise<string[]> {
	const matcher = createColumnMatcher(coverageConfigSchema.parse({ columns }).columns);
	const read: string[] = [];
	await readExport(file, {
		matcher,
		required: requiredColumns,
		onRow: (row: RawRow) => read.push(row.values.category),
	});
	return read;
}

async function problems(file: string, columns: Record<string, string[]> = {}): Promise<string[]> {
	const error = await categories(file, columns).catch((caught: unknown) => caught);
	if (!(error instanceof ContentError)) throw new Error(`expected the export to be unusable, got ${String(error)}`);
	return error.problems.map(formatProblem);
}

const defaults = coverageConfigSchema.parse(undefined).columns;

describe('a ticket type is no category', () => {
	test('a category column wins over a type column, whichever comes first', async () => {
		expect(await categories(fixture('zendesk-type/type-and-topic.csv'))).toEqual(['Usability', 'Reliability']);
		const matcher = createColumnMatcher(defaults);
		expect(resolveHeaderRow(['Case Type', 'Case Category'], matcher).category).toBe(1);
		// With nothing better, a type column is still read: Freshdesk's and Salesforce's are the team's own list.
		expect(resolveHeaderRow(['Case Number', 'Type', 'Product'], matcher).category).toBe(1);
	});

	test('a JSON ticket’s custom category field wins over its own `type` key', async () => {
		expect(await categories(fixture('zendesk-type/custom-fields.jsonl'))).toEqual(['Reliability']);
	});

	test('a Zendesk view export’s Ticket type (question, incident, ...) is never read as the category', async () => {
		expect(await problems(fixture('zendesk-type/view.csv'))).toEqual([
			'tests/fixtures/tickets/zendesk-type/view.csv:1: no category column: expected a header named "category", "ticket category", "case category", "type" or "case type"; the header has "Id", "Requester", "Group", "Subject", "Tags", "Status", "Ticket type", "Product area", "Solved at" (if the export names it differently, add that name to `coverage.columns.category` in content/tryblock.yaml; if the helpdesk files it as tags in "Tags" (`cat_usability`), name their prefix under `coverage.tagPrefixes.category`)',
		]);
	});

	test('a Zendesk API ticket’s `type` is never read as the category; the message says to name the custom field', async () => {
		const productArea = ['custom_fields.360022'];
		expect(await problems(fixture('zendesk-type/api.json'), { productArea })).toEqual([
			'tests/fixtures/tickets/zendesk-type/api.json: no category column: expected a key named "category", "ticket category", "case category", "type" or "case type"; no ticket object in the file has one (a Zendesk ticket\'s `type` is question, incident, problem or task, not a category) (name the custom field that holds it by its id under `coverage.columns.category` in content/tryblock.yaml, e.g. `custom_fields.360012345` (Admin Center > Objects and rules > Tickets > Fields))',
		]);
	});

	test('configured columns win: the custom field by id, or even `type` when a team lists it', async () => {
		const api = fixture('zendesk-type/api.json');
		expect(
			await categories(api, { category: ['custom_fields.360011'], productArea: ['custom_fields.360022'] }),
		).toEqual(['deliverability']);
		expect(await categories(api, { category: ['type'], productArea: ['custom_fields.360022'] })).toEqual(['incident']);
		expect(
			await categories(fixture('zendesk-type/type-and-topic.csv'), { category: ['type', 'ticket category'] }),
		).toEqual(['Question', 'Incident']);
	});
});
