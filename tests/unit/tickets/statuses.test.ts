import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content-model/content.ts';
import { coverageConfigSchema } from '../../../src/tickets/coverage-config.ts';
import { formatText } from '../../../src/tickets/format-text.ts';
import { readTickets } from '../../../src/tickets/gate.ts';
import { createStatusClassifier, StatusKind } from '../../../src/tickets/statuses.ts';
import { TicketState } from '../../../src/tickets/ticket-table.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, fixture, gate, plain, site } from './helpers.ts';

const defaults = coverageConfigSchema.parse(undefined);
const file = fixture('qualified-statuses/tickets.csv');

describe('closed statuses written with a qualifier', () => {
	const kindOf = createStatusClassifier(defaults);

	test.each([
		['Closed', StatusKind.closed],
		['  SOLVED ', StatusKind.closed],
		['Closed Complete', StatusKind.qualified],
		['Closed Incomplete', StatusKind.qualified],
		['closed_skipped', StatusKind.qualified],
		['Done - Resolved', StatusKind.qualified],
		['Solved (merged)', StatusKind.qualified],
		['Resolution Pending', StatusKind.open],
		['Not Done', StatusKind.open],
		['Closedown review', StatusKind.open],
		['Reopened', StatusKind.open],
		['', StatusKind.open],
	])('%j counts as %i (0 open, 1 closed, 2 closed with a qualifier)', (status, kind) => {
		expect(kindOf(status)).toBe(kind);
	});

	test('are judged like closed tickets, and the report says which statuses it read that way', async () => {
		const result = await gate({ tickets: [file] });
		const { report } = result;
		expect(report.totals).toEqual({ closed: 5, linked: 4, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(report.unlinkedTickets.map((ticket) => ticket.id)).toEqual(['Q-3']);
		expect(formatText(result, { colors: plain }).split('\n')[1]).toBe(
			'5 closed tickets judged · 5 rows closed with a qualifier, judged (closed complete 1, closed incomplete 1, closed skipped 1, done - resolved 1, closed_complete 1) · 3 rows not closed, ignored (resolution pending 1, not done 1, closedown review 1)',
		);
	});

	test('a status the team lists under notClosedStatuses is never closed, qualifier or not', async () => {
		const content = loadContent(site);
		const coverage = { ...content.config.coverage, notClosedStatuses: ['closed skipped', 'Closed_Complete'] };
		const { table } = await readTickets([file], { ...content, config: { ...content.config, coverage } });
		const open = Array.from({ length: table.size }, (_, slot) => slot)
			.filter((slot) => table.state[slot] === TicketState.open)
			.map((slot) => table.idOf(slot));
		expect(open).toEqual(['Q-3', 'Q-5', 'Q-6', 'Q-7', 'Q-8']);
	});

	test('a status listed both as closed and as not closed makes the configuration unusable', () => {
		const parsed = coverageConfigSchema.safeParse({ closedStatuses: ['closed', 'done'], notClosedStatuses: ['Done'] });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['notClosedStatuses.0', 'a status that closedStatuses does not also list (each status counts one way)'],
		]);
	});
});

describe("Front's conversation statuses", () => {
	test('archived is closed; assigned, unassigned and deleted (trash) are not', async () => {
		const kindOf = createStatusClassifier(defaults);
		expect(['archived', 'Archived', 'assigned', 'unassigned', 'deleted', 'trashed', 'snoozed'].map(kindOf)).toEqual([
			StatusKind.closed,
			StatusKind.closed,
			StatusKind.open,
			StatusKind.open,
			StatusKind.open,
			StatusKind.open,
			StatusKind.open,
		]);
		// With ticketing on, the status category of a closed conversation is resolved.
		expect(['open', 'waiting', 'resolved'].map(kindOf)).toEqual([StatusKind.open, StatusKind.open, StatusKind.closed]);
	});

	test('an API list of conversations is judged by its archived ones', async () => {
		const result = await gate({ tickets: [fixture('front/conversations.json')] });
		expect(result.report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(result.report.unlinkedTickets.map((ticket) => ticket.id)).toEqual(['cnv_a2']);
		expect(formatText(result, { colors: plain }).split('\n')[1]).toBe(
			'2 closed tickets judged · 3 rows not closed, ignored (assigned 1, unassigned 1, deleted 1)',
		);
	});
});

describe('an export none of whose statuses is closed', () => {
	test('the warning names the statuses read and where to list the closed ones', async () => {
		const result = await gate({ tickets: [fixture('no-closed-status/tickets.csv')] });
		expect(result.report.ok).toBe(true);
		expect(formatText(result, { colors: plain })).toContain(
			'! no closed tickets were judged: no row has a closed status ("closed", "solved", "resolved", "done", "completed", "archived"); the statuses read are "fermé" 2, "résolu" 1. If some of them mean closed, list them under `coverage.closedStatuses` in tests/fixtures/tickets/site/tryblock.yaml',
		);
	});

	test('npm run check:coverage stops with exit 2 instead of passing on no ticket judged', async () => {
		const run = await checkCoverage(['--tickets', fixture('no-closed-status/tickets.csv')]);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toEqual([
			'tests/fixtures/tickets/no-closed-status/tickets.csv: no row has a closed status ("closed", "solved", "resolved", "done", "completed", "archived"); the statuses read are "fermé" 2, "résolu" 1. If some of them mean closed, list them under `coverage.closedStatuses` in tests/fixtures/tickets/site/tryblock.yaml',
		]);
	});

	test('a status that carries terminal escapes or line breaks is shown inert', async () => {
		const dir = temporaryDir('no-closed-status');
		const export_ = path.join(dir, 'tickets.csv');
		writeFileSync(export_, 'Ticket ID,Status,Category,Product Area\nT-1,"\u001b[2Jdone\nPASS",usability,domains\n');
		const run = await checkCoverage(['--tickets', export_]);
		expect(run.status).toBe(2);
		expect(run.stderr).not.toContain('\u001b');
		expect(run.stderr.trim().split('\n')).toEqual([
			expect.stringContaining('tickets.csv: no row has a closed status ('),
		]);
		expect(run.stderr).toContain('the statuses read are "\\u001b[2jdone pass" 1.');
	});

	test('with closed tickets outside --since, no status is blamed', async () => {
		const run = await checkCoverage(['--tickets', fixture('custom-field-headers/jira.csv'), '--since', '2026-04-01']);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('! no closed tickets were judged (closed since 2026-04-01)\n');
	});
});
