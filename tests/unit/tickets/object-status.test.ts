import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type ColumnMatcher, createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema } from '../../../src/tickets/coverage-config.ts';
import { fillRowFromJson } from '../../../src/tickets/json-row.ts';
import { createRawRow } from '../../../src/tickets/raw-row.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, fixture, gate, rawControls, workflowCommands } from './helpers.ts';

const defaults = createColumnMatcher(coverageConfigSchema.parse(undefined).columns);

function matcherWith(columns: Record<string, string[]>): ColumnMatcher {
	return createColumnMatcher(coverageConfigSchema.parse({ columns }).columns);
}

function valuesOf(ticket: unknown, matcher = defaults) {
	const row = createRawRow();
	fillRowFromJson(ticket, row, matcher, new Set());
	return row.values;
}

function closedByCategory(report: Awaited<ReturnType<typeof gate>>['report']) {
	return Object.fromEntries(report.categories.map((category) => [category.id, category.closed]));
}

describe('a status held as an object is read by its readable key', () => {
	test('Intercom 2.12+ `ticket_state` object: its state class (`category`), as the string before 2.12 gave it', () => {
		const state = { type: 'ticket_state', id: '31', internal_label: 'Answered by docs', external_label: 'Resolved' };
		expect(valuesOf({ type: 'ticket', id: '1', ticket_state: { ...state, category: 'resolved' } }).status).toBe(
			'resolved',
		);
		expect(valuesOf({ type: 'ticket', id: '1', ticket_state: { ...state, category: 'in_progress' } }).status).toBe(
			'in_progress',
		);
		// Without a state class, its labels, the one customers see first.
		expect(valuesOf({ id: '1', ticket_state: state }).status).toBe('Resolved');
		expect(valuesOf({ id: '1', ticket_state: 'resolved' }).status).toBe('resolved');
	});

	test('an Intercom 2.12+ ticket export is judged: resolved tickets closed, a waiting one open', async () => {
		const { report } = await gate({ tickets: [fixture('object-status/intercom-states.json')] });
		expect(report.totals).toMatchObject({ closed: 2, invalid: 0 });
		expect(closedByCategory(report)).toMatchObject({ usability: 1, reliability: 1, functional: 0 });
	});

	test('other shapes: a label before a code (`{label, value}`), a display value (`{display_value, value}`), a name, an id', () => {
		expect(
			[
				{ label: 'Closed', value: '4' },
				{ display_value: 'Closed', value: '7' },
				{ id: '10002', name: 'Done', statusCategory: { key: 'done', name: 'Done' } },
				{ value: 'solved' },
				{ type: 'status', id: '5' },
				{ type: 'status' },
			].map((status) => valuesOf({ id: '1', status }).status),
		).toEqual(['Closed', 'Closed', 'Done', 'solved', '5', '']);
	});

	test('a category or product area object by its label or name, never by a state class', () => {
		expect(
			valuesOf({
				id: '1',
				category: { value: 'usability_q', label: 'Usability' },
				product_area: { category: 'infrastructure', id: '77', name: 'Domains' },
			}),
		).toMatchObject({ category: 'Usability', productArea: 'Domains' });
	});

	test('an export of option objects (HubSpot-like labels, ServiceNow-like display values) is judged', async () => {
		const { report } = await gate({ tickets: [fixture('object-status/option-objects.jsonl')] });
		expect(report.totals).toMatchObject({ closed: 2, invalid: 0 });
		expect(closedByCategory(report)).toMatchObject({ usability: 1, reliability: 1 });
	});
});

describe("Jira issues saved as JSON: `fields.status`, `fields.components` and a custom field's option", () => {
	const jira = fixture('object-status/jira-issues.json');
	const read = (matcher: ColumnMatcher) => {
		const text = JSON.parse(readFileSync(jira, 'utf8')) as { issues: unknown[] };
		return text.issues.map((issue) => {
			const { id, status, category, productArea, closedAt } = valuesOf(issue, matcher);
			return [id, status, category, productArea, closedAt.slice(0, 10)].join(' | ');
		});
	};

	test('status by its name and components by theirs inside `fields`; the category by its field id', () => {
		expect(read(matcherWith({ category: ['fields.customfield_10070'] }))).toEqual([
			'20411 | Done | Usability | Domains | 2026-05-02',
			'20412 | Closed | Reliability | API | 2026-05-03',
			'20413 | In Progress | Functional | Billing | ',
		]);
	});

	test('paths into the objects and lists work too (`fields.status.statusCategory.key`, `fields.components[].name`)', () => {
		const matcher = matcherWith({
			status: ['fields.status.statusCategory.key'],
			category: ['fields.customfield_10070.value'],
			productArea: ['fields.components[].name'],
		});
		expect(read(matcher)).toEqual([
			'20411 | done | Usability | Domains | 2026-05-02',
			'20412 | done | Reliability | API | 2026-05-03',
			'20413 | indeterminate | Functional | Billing | ',
		]);
		const topLevel = {
			id: '1',
			components: [
				{ id: '4', name: 'API' },
				{ id: '5', name: 'Domains' },
			],
		};
		expect(valuesOf(topLevel, matcherWith({ productArea: ['components[].name'] })).productArea).toBe('API\nDomains');
	});
});

describe('an object status from outside stays escaped and bounded', () => {
	test.each(['text', 'github'])(
		'escape sequences and workflow commands in state objects, --format %s',
		async (format) => {
			const run = await checkCoverage(['--tickets', fixture('object-status/hostile.jsonl'), '--format', format]);
			expect(run.status).toBe(2);
			const output = run.stdout + run.stderr;
			expect(output).toContain('no row has a closed status');
			expect(output).not.toMatch(rawControls);
			expect(workflowCommands(output)).toEqual([]);
		},
	);

	test('a huge object, a deeply nested one and a huge label: read without a crash, named in at most 100 characters', async () => {
		const dir = temporaryDir('object-status');
		const huge = Object.fromEntries(Array.from({ length: 50_000 }, (_, index) => [`k${index}`, index]));
		let deep: unknown = 'closed';
		for (let level = 0; level < 1_000; level++) deep = level % 2 === 0 ? [deep] : { state: deep };
		const rows = [
			{ id: 'BIG-1', status: { ...huge, label: 'Pending review' }, category: 'usability', product_area: 'domains' },
			{ id: 'BIG-2', status: deep, category: 'usability', product_area: 'domains' },
			{
				id: 'BIG-3',
				status: { name: `Waiting ${'x'.repeat(1_000_000)}` },
				category: 'usability',
				product_area: 'domains',
			},
		];
		const file = path.join(dir, 'big.jsonl');
		writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n'));
		expect(valuesOf(rows[0]).status).toBe('Pending review');
		expect(valuesOf(rows[1]).status).toBe('');
		const run = await checkCoverage(['--tickets', file]);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('"pending review" 1');
		expect(run.stderr).toContain('"(empty)" 1');
		expect(run.stderr.length).toBeLessThan(2_000);
		// Beside a closed ticket, the report's count of the statuses left open names it as briefly.
		const closed = { id: 'BIG-4', status: { name: 'Closed' }, category: 'usability', product_area: 'domains' };
		writeFileSync(file, [...rows, closed].map((row) => JSON.stringify(row)).join('\n'));
		const report = await checkCoverage(['--tickets', file]);
		expect(report.status).toBe(1);
		expect(report.stdout).toContain(
			`3 rows not closed, ignored (pending review 1, (empty) 1, waiting ${'x'.repeat(91)}… 1)`,
		);
		expect(report.stdout.length).toBeLessThan(5_000);
	});
});
