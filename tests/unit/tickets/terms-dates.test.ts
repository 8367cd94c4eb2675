import { describe, expect, test } from 'vitest';
import { BAD_DAY, formatDay, isoWeek, NO_DAY, parseClosedDay, parseIsoDay } from '../../../src/tickets/dates.ts';
import { createTermMatcher, NO_TERM, UNKNOWN_TERM } from '../../../src/tickets/terms.ts';

describe('taxonomy values in exports', () => {
	const match = createTermMatcher([
		{ id: 'usability', label: 'Usability', description: 'x' },
		{ id: 'success-outreach', label: 'Success Outreach', description: 'x' },
	]);

	test('ids and labels match in any case', () => {
		expect(['Success Outreach', 'success-outreach', 'SUCCESS_OUTREACH', ' usability '].map(match)).toEqual([
			1, 1, 1, 0,
		]);
	});

	test('an empty cell and an unknown value are told apart', () => {
		expect([match(''), match('Billing issue')]).toEqual([NO_TERM, UNKNOWN_TERM]);
	});
});

describe('closed dates', () => {
	test.each([
		['2026-03-14', '2026-03-14'],
		['2026-03-14 10:22:31', '2026-03-14'],
		['2026-03-14T23:30:00-08:00', '2026-03-14'],
		['  2026-03-14T10:00:00Z', '2026-03-14'],
		['1773446400', '2026-03-14'],
		['1773446400000', '2026-03-14'],
		['Mar 14, 2026 10:22 AM UTC', '2026-03-14'],
		['2024-02-29', '2024-02-29'],
	])('%s closed on %s', (value, day) => {
		expect(formatDay(parseClosedDay(value))).toBe(day);
	});

	test('an empty cell has no day; text that is not a date, or an impossible date, is bad', () => {
		expect([parseClosedDay(''), parseClosedDay('next tuesday'), parseClosedDay('2026-02-30')]).toEqual([
			NO_DAY,
			BAD_DAY,
			BAD_DAY,
		]);
	});

	test('--since takes only YYYY-MM-DD', () => {
		expect([parseIsoDay('2026-01-01') !== undefined, parseIsoDay('2026-1-1'), parseIsoDay('2026-13-01')]).toEqual([
			true,
			undefined,
			undefined,
		]);
	});

	test('ISO weeks follow ISO 8601 across year ends', () => {
		const week = (iso: string) => isoWeek(parseIsoDay(iso) as number);
		expect([week('2026-01-01'), week('2025-12-29'), week('2027-01-03'), week('2026-03-02')]).toEqual([
			'2026-W01',
			'2026-W01',
			'2026-W53',
			'2026-W10',
		]);
	});
});
