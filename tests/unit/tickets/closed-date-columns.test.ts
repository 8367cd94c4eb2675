import { describe, expect, test } from 'vitest';
import { fixture, gate, readRows } from './helpers.ts';

// Freshdesk exports `Resolved time` and `Closed time`, ServiceNow `resolved_at` and
// `closed_at`: a ticket that is resolved but not yet closed has only the first.
describe('an export with several closed-date columns', () => {
	test('a Freshdesk CSV: a resolved ticket without a closed time counts on its resolved time', async () => {
		const file = fixture('closed-date-columns/freshdesk.csv');
		const { rows } = await readRows(file);
		expect(rows.map((row) => [row.values.id, row.values.closedAt])).toEqual([
			['5301', '2026-02-23 11:20:44'],
			['5302', '2026-03-06 08:30:00'],
			['5303', '2026-02-26 10:12:00'],
		]);
		const { report } = await gate({ tickets: [file], since: '2026-03-01' });
		expect(report.totals).toEqual({ closed: 1, linked: 1, unlinked: 0, invalid: 0, duplicates: 0 });
		expect(report.invalidRows).toEqual([]);
	});

	test('ServiceNow JSON: an empty closed_at gives way to resolved_at', async () => {
		const file = fixture('closed-date-columns/servicenow.json');
		const { rows } = await readRows(file);
		expect(rows.map((row) => [row.values.id, row.values.closedAt])).toEqual([
			['INC0041187', '2026-02-26 16:40:00'],
			['INC0041203', '2026-03-10 09:05:00'],
		]);
		const { report } = await gate({ tickets: [file], since: '2026-03-01' });
		expect(report.totals).toEqual({ closed: 1, linked: 1, unlinked: 0, invalid: 0, duplicates: 0 });
		expect(report.categories.find((category) => category.id === 'usability')).toMatchObject({ closed: 1, linked: 1 });
	});

	test('a row with every closed-date column empty still has no closed date', async () => {
		const file = fixture('closed-date-columns/no-date.csv');
		const { report } = await gate({ tickets: [file], since: '2026-03-01' });
		expect(report.invalidRows).toEqual([
			{ file, line: 3, reason: 'ticket 5312 has no closed date, which --since needs' },
		]);
	});
});
