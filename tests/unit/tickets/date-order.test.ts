import { describe, expect, test } from 'vitest';
import { checkCoverage, fixture, gate } from './helpers.ts';

const rule =
	'that cannot be read: expected ISO 8601 such as 2026-03-14 or 2026-03-14T10:22:00Z; other forms need coverage.dateFormat in tests/fixtures/tickets/site/tryblock.yaml';

// A helpdesk writes a column with one format: when some of an export's dates can be
// read only one way, the export has said its order, and the rest are read in it.
describe('numeric closed dates without coverage.dateFormat', () => {
	test('a US report is read month first once one date can only be (3/14/2026), early days of the month too', async () => {
		const file = fixture('date-order/us-report.csv');
		const { report, exports } = await gate({ tickets: [file], since: '2026-03-09', before: '2026-03-20' });
		expect(report.invalidRows).toEqual([]);
		// 3/9 and 3/14 are inside the window; 3/2 is before it and 3/20 on its end.
		expect(report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(exports[0]?.dateOrder).toEqual({ format: 'MM/DD/YYYY', line: 4, date: '3/14/2026 11:30 PM', tickets: 4 });
	});

	test('the report says which row proved the order and the setting that says it', async () => {
		const run = await checkCoverage(['--tickets', fixture('date-order/us-report.csv')]);
		expect(run.stdout).toContain(
			'tests/fixtures/tickets/date-order/us-report.csv:4: closed dates are read as MM/DD/YYYY, month first, as this row\'s "3/14/2026 11:30 PM" can only be (4 tickets): set `coverage.dateFormat: MM/DD/YYYY` in tests/fixtures/tickets/site/tryblock.yaml to say so',
		);
	});

	test('a day-first export is read day first; an impossible date stays an invalid row', async () => {
		const file = fixture('date-order/eu-export.csv');
		const { report, exports } = await gate({ tickets: [file], since: '2026-03-03' });
		expect(exports[0]?.dateOrder).toMatchObject({
			format: 'DD/MM/YYYY',
			line: 4,
			date: '17/03/2026 08:00',
			tickets: 3,
		});
		expect(report.totals).toMatchObject({ closed: 2, invalid: 1 });
		expect(report.invalidRows).toEqual([
			{
				file,
				line: 5,
				reason: `ticket T-4 has a closed date "31/02/2026 12:00" ${rule} (this one looks like DD/MM/YYYY)`,
			},
		]);
	});

	test('an export whose every date fits both orders is not guessed', async () => {
		const file = fixture('date-order/every-day-fits-both.csv');
		const { report, exports } = await gate({ tickets: [file] });
		expect(exports[0]?.dateOrder).toBeUndefined();
		expect(report.invalidRows.map((row) => row.reason)).toEqual([
			`ticket T-1 has a closed date "02/03/2026" ${rule} (this one looks like MM/DD/YYYY or DD/MM/YYYY)`,
			`ticket T-2 has a closed date "05/03/2026" ${rule} (this one looks like MM/DD/YYYY or DD/MM/YYYY)`,
		]);
	});

	test('an export that proves both orders is read in neither', async () => {
		const file = fixture('date-order/both-orders.csv');
		const { report, exports } = await gate({ tickets: [file] });
		expect(exports[0]?.dateOrder).toBeUndefined();
		expect(report.totals).toMatchObject({ closed: 0, invalid: 3 });
	});

	test('a row with another problem is still invalid, for that problem and its date', async () => {
		const file = fixture('date-order/unknown-category.csv');
		const { report } = await gate({ tickets: [file] });
		expect(report.invalidRows.map((row) => row.line)).toEqual([3]);
		expect(report.invalidRows[0]?.reason).toContain('has an unknown category "Invoices"');
		expect(report.totals).toMatchObject({ closed: 1, linked: 1, invalid: 1 });
	});

	test('each export proves its own order', async () => {
		const us = fixture('date-order/us-report.csv');
		const ambiguous = fixture('date-order/every-day-fits-both.csv');
		const { report, exports } = await gate({ tickets: [us, ambiguous] });
		expect(exports.map((summary) => summary.dateOrder?.format)).toEqual(['MM/DD/YYYY', undefined]);
		expect(report.invalidRows.map((row) => row.file)).toEqual([ambiguous, ambiguous]);
	});
});
