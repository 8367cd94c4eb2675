import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content-model/content.ts';
import { ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { type CoverageConfig, coverageConfigSchema, requiredColumns } from '../../../src/tickets/coverage-config.ts';
import { readTickets } from '../../../src/tickets/gate.ts';
import { judgeTickets } from '../../../src/tickets/judge.ts';
import { resolvePolicy } from '../../../src/tickets/policy.ts';
import type { RawRow } from '../../../src/tickets/raw-row.ts';
import { readExport } from '../../../src/tickets/read-export.ts';
import { buildReport } from '../../../src/tickets/report.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { fixture, site } from './helpers.ts';

/** Zendesk keeps category, product area and the article link in custom fields, named by id. */
const zendeskColumns = {
	category: ['custom_fields.360012'],
	productArea: ['custom_fields.360013'],
	articles: ['custom_fields.360014'],
};

async function ids(file: string, columns: Partial<CoverageConfig['columns']> = {}) {
	const matcher = createColumnMatcher(coverageConfigSchema.parse({ columns }).columns);
	const read: string[] = [];
	const onRow = (row: RawRow) => read.push(`${row.line}:${row.values.id}`);
	const summary = await readExport(file, { matcher, required: requiredColumns, onRow });
	return { read, summary };
}

async function problems(file: string): Promise<string[]> {
	try {
		await ids(file);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
	return [];
}

function tempFile(name: string, text: string): string {
	const file = path.join(temporaryDir('json'), name);
	writeFileSync(file, text);
	return file;
}

describe('a JSON API dump that sideloads users and groups beside the tickets', () => {
	const file = fixture('json-sideloaded/tickets.json');

	test('gives the tickets, not the users or groups listed before them', async () => {
		const { read, summary } = await ids(file, zendeskColumns);
		expect([read, summary.rows, summary.hasArticles]).toEqual([['8:9001', '19:9002', '30:9003'], 3, true]);
	});

	test('is judged by the gate', async () => {
		const content = loadContent(site);
		const coverage = { ...content.config.coverage, columns: { ...content.config.coverage.columns, ...zendeskColumns } };
		const { table, links } = await readTickets([file], { ...content, config: { ...content.config, coverage } });
		const policy = resolvePolicy(coverage, content.taxonomy, { contentDir: site, today: '2026-06-01' });
		const report = buildReport(judgeTickets(table, { taxonomy: content.taxonomy, links, policy }), policy, content);
		expect(report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(report.unlinkedTickets.map((ticket) => ticket.id)).toEqual(['9002']);
	});

	test('whose tickets lack a mapped column is refused for the columns the tickets lack, not those the users lack', async () => {
		expect(await problems(file)).toEqual([
			`${file}: no category column: expected a key named "category", "ticket category", "case category", "type" or "case type"; no ticket object in the file has one (if the export names it differently, add that name to \`coverage.columns.category\` in content/tryblock.yaml)`,
			`${file}: no product area column: expected a key named "product area", "area", "component", "components", "component/s", "product" or "product name"; no ticket object in the file has one (if the export names it differently, add that name to \`coverage.columns.productArea\` in content/tryblock.yaml)`,
		]);
	});
});

describe('JSON wrapped more than one level deep', () => {
	test('the list whose objects name the columns is the tickets, at any depth, after other lists', async () => {
		const { read } = await ids(fixture('json-deep/tickets.json'));
		expect(read).toEqual(['6:D-1', '7:D-2']);
	});

	test.each([
		['{"data": {"tickets": [{"id": "T-1", "status": "Solved", "category": "Usability", "area": "API"}]}}'],
		['{"response": {"results": [{"id": "T-1", "status": "Solved", "category": "Usability", "area": "API"}]}}'],
	])('%s', async (text) => {
		expect((await ids(tempFile('tickets.json', text))).read).toEqual(['1:T-1']);
	});

	test('in JSON Lines, a line wrapping users and tickets gives the tickets', async () => {
		const line = JSON.stringify({
			users: [{ id: 1, name: 'Ada' }],
			tickets: [
				{ id: 'L-1', status: 'solved', category: 'Usability', area: 'API' },
				{ id: 'L-2', status: 'open', category: 'Usability', area: 'API' },
			],
		});
		expect((await ids(tempFile('pages.jsonl', `${line}\n`))).read).toEqual(['1:L-1', '1:L-2']);
	});
});

describe("Gorgias's API list of tickets", () => {
	test('its closed_datetime is the closed date, so --since judges it', async () => {
		const content = loadContent(site);
		const file = fixture('gorgias/tickets.json');
		const { table, links } = await readTickets([file], content, { since: '2026-03-14' });
		const policy = resolvePolicy(content.config.coverage, content.taxonomy, { contentDir: site, today: '2026-06-01' });
		const judged = judgeTickets(table, { taxonomy: content.taxonomy, links, policy, since: '2026-03-14' });
		expect(buildReport(judged, policy, content).totals).toEqual({
			closed: 1,
			linked: 1,
			unlinked: 0,
			invalid: 0,
			duplicates: 0,
		});
	});
});
