import { describe, expect, test } from 'vitest';
import { checkCoverage, fixture } from './helpers.ts';

// Closed tickets with a blank cell among good rows: none is dropped without a word.
describe.each(['csv', 'json'])('blank and garbled cells among good rows (%s)', (format) => {
	const file = fixture('blank-cells', `tickets.${format}`);
	const prefix = format === 'csv' ? 'C' : 'J';

	test('each is named with its file and line and why; a blank subject is only reported, the ticket still counts', async () => {
		const run = await checkCoverage(['--tickets', file, '--format', 'json']);
		expect(run.status).toBe(1);
		const report = JSON.parse(run.stdout);
		// Two with a blank subject count for usability: one linked, one that links nothing.
		expect(report.totals).toEqual({ closed: 6, linked: 2, unlinked: 4, invalid: 3, duplicates: 0 });
		expect(
			report.unlinkedTickets.map((ticket: { id: string; reason: string; line: number }) => [
				ticket.id,
				ticket.reason,
				ticket.line,
			]),
		).toEqual([
			[`${prefix}-3`, 'no-article', 4],
			[`${prefix}-7`, 'no-article', 8],
			// What an agent wrote that names no page is a broken link, not "no article".
			[`${prefix}-8`, 'broken-link', 9],
			[`${prefix}-9`, 'broken-link', 10],
		]);
		expect(report.invalidRows).toEqual([
			{ file, line: 5, reason: `ticket ${prefix}-4 is closed but has no category` },
			{ file, line: 6, reason: `ticket ${prefix}-5 is closed but has no category` },
			{
				file,
				line: 7,
				reason: `ticket ${prefix}-6 has an unknown category "Billing issue" (expected one of reliability, usability, functional, success-outreach)`,
			},
		]);
	});

	test('the text report says a ticket has no subject, and quotes a garbled link', async () => {
		const run = await checkCoverage(['--tickets', file]);
		const lines = run.stdout.split('\n');
		const step = (id: string) =>
			lines.slice(lines.findIndex((line) => /^\d+\. /.test(line) && line.split(/\s+/)[1] === id) + 1).slice(0, 2);
		expect(step(`${prefix}-3`)).toEqual(['   (no subject in the export)', `   Write the article:`]);
		expect(step(`${prefix}-8`)[1]).toMatch(/^ {3}The export names "(\?\?\?|#)", which no article or runbook has\.$/);
		expect(run.stdout).toContain(`${file}:5  ticket ${prefix}-4 is closed but has no category`);
	});
});
