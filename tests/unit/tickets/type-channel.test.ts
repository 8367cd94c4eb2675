import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content-model/content.ts';
import { ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema, requiredColumns } from '../../../src/tickets/coverage-config.ts';
import { readTickets } from '../../../src/tickets/gate.ts';
import { readExport } from '../../../src/tickets/read-export.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, fixture, gate, site } from './helpers.ts';

const expected = (where: string) =>
	`${where}: no category column: expected a header named "category", "ticket category", "case category", "type" or "case type"; its "Type" column holds only email, chat and phone, the channel or kind of record of each ticket, not a category (if the export names it differently, add that name to \`coverage.columns.category\` in tests/fixtures/tickets/site/tryblock.yaml; if the helpdesk files it as tags in "Tags" (\`cat_usability\`), name their prefix under \`coverage.tagPrefixes.category\`)\n`;

async function problemsOf(run: Promise<unknown>): Promise<string[]> {
	try {
		await run;
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map((problem) => formatProblem(problem));
		throw error;
	}
	return [];
}

describe('a fallback category column (`Type`) that holds only channels or record kinds', () => {
	test('CSV: exit 2 naming coverage.columns.category, not every ticket an unknown category', async () => {
		const run = await checkCoverage(['--tickets', fixture('type-channel/channels.csv')]);
		expect([run.status, run.stdout, run.stderr]).toEqual([
			2,
			'',
			expected('tests/fixtures/tickets/type-channel/channels.csv:1'),
		]);
	});

	test('workbook: the same, at the sheet and row of the header', async () => {
		const run = await checkCoverage(['--tickets', fixture('type-channel/channels.xlsx')]);
		expect([run.status, run.stdout, run.stderr]).toEqual([
			2,
			'',
			expected('tests/fixtures/tickets/type-channel/channels.xlsx, sheet "Tickets", row 1'),
		]);
	});

	test("a `Type` column of the team's own topics is still the category", async () => {
		const { report } = await gate({ tickets: [fixture('type-channel/topics.csv')] });
		expect(report.totals).toMatchObject({ closed: 2, invalid: 0 });
	});

	test('one topic among the channels keeps the column: the channel is an unknown category (exit 1)', async () => {
		const run = await checkCoverage(['--tickets', fixture('type-channel/mixed.csv')]);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('ticket 9301 has an unknown category "email"');
	});

	test('a team that lists `type` under coverage.columns.category gets it as written', async () => {
		const matcher = createColumnMatcher(coverageConfigSchema.parse({ columns: { category: ['type'] } }).columns);
		const categories: string[] = [];
		await readExport(fixture('type-channel/channels.csv'), {
			matcher,
			required: requiredColumns,
			onRow: (row) => categories.push(row.values.category),
		});
		expect(categories).toEqual(['email', 'chat', '', 'Phone']);
	});

	describe('a big export read by two threads', () => {
		const content = loadContent(site);
		const write = (type: (index: number) => string) => {
			const rows = Array.from(
				{ length: 4000 },
				(_, index) => `C-${index},${type(index)},closed,Subject ${index},Domains,2026-04-01`,
			);
			const file = path.join(temporaryDir('type-channel'), 'tickets.csv');
			writeFileSync(file, `Conversation ID,Type,Status,Subject,Product Area,Closed At\n${rows.join('\n')}\n`);
			return file;
		};

		test('channels in both halves: exit 2 either way', async () => {
			const file = write((index) => ['email', 'chat', 'phone'][index % 3] as string);
			for (const parallel of [false, { minBytes: 1 }]) {
				const problems = await problemsOf(readTickets([file], content, { parallel }));
				expect(problems).toHaveLength(1);
				expect(problems[0]).toContain('its "Type" column holds only email, chat and phone');
			}
		});

		test('a topic only in the half the worker reads keeps the column', async () => {
			const file = write((index) => (index === 3500 ? 'Usability' : 'email'));
			for (const parallel of [false, { minBytes: 1 }]) {
				const { table } = await readTickets([file], content, { parallel });
				expect(table.size).toBe(4000);
			}
		});
	});
});
