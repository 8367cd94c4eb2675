import { describe, expect, test } from 'vitest';
import { plainLine } from '../../../src/cli/untrusted-text.ts';
import {
	BAD_DAY,
	compileDateFormat,
	createClosedDayReader,
	formatDay,
	isoWeek,
	NO_DAY,
	parseClosedDay,
	parseIsoDay,
	suggestDateFormat,
} from '../../../src/tickets/dates.ts';
import { LinkIndex } from '../../../src/tickets/links.ts';
import { createTermMatcher, NO_TERM, UNKNOWN_TERM } from '../../../src/tickets/terms.ts';
import { fixture, gate } from './helpers.ts';

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

	test('a nested value matches by its first level that is a term', () => {
		expect(
			[
				'Usability::Settings page',
				'Product::Success Outreach',
				'Success Outreach > Renewals',
				'Email › usability',
				'Billing::Refunds',
				'usability__settings_page',
				'::usability',
				'Usability\n::error::forged',
			].map(match),
		).toEqual([0, 1, 1, 0, UNKNOWN_TERM, 0, UNKNOWN_TERM, UNKNOWN_TERM]);
		// A value that is a term whole is never split.
		const withColons = createTermMatcher([
			{ id: 'api', label: 'API', description: 'x' },
			{ id: 'api-v2', label: 'API::v2', description: 'x' },
		]);
		expect(withColons('API::v2')).toBe(1);
	});

	test('several values, one per line (a repeated column, a multi-select, a JSON list), count by the first when each is a term', () => {
		expect(
			[
				'Success Outreach\nUsability',
				'\nusability\r\n',
				'Usability\r\nProduct::Success Outreach',
				'Usability\nBilling',
				'Billing\nUsability',
			].map(match),
		).toEqual([1, 0, 0, UNKNOWN_TERM, UNKNOWN_TERM]);
	});

	test('an empty cell and an unknown value are told apart', () => {
		expect([match(''), match('Billing issue')]).toEqual([NO_TERM, UNKNOWN_TERM]);
	});

	test('a value with zero-width characters in it matches as the same value pulled from a helpdesk does', () => {
		const values = ['Usability\u200b', '\u200cSuccess\u200d Outreach', 'usa\u2060bility', '\ufeffUsability', '\u200b'];
		// A pull cleans each value with `plainLine`; an export's value is matched as it is.
		expect(values.map(match)).toEqual(values.map((value) => match(plainLine(value))));
		expect(values.map(match)).toEqual([0, 1, 0, 0, NO_TERM]);
	});
});

describe('article references with zero-width characters', () => {
	const content = {
		articles: [{ slug: 'verify-domain', kind: 'article', data: { title: 'Verify your domain', tickets: [] } }],
		runbooks: [],
	} as unknown as ConstructorParameters<typeof LinkIndex>[0];

	test('name the article they name once pulled; a slug no article has stays as written', () => {
		const links = new LinkIndex(content);
		const cells = [
			'verify-domain\u200b',
			'verify\u2060-domain, verify-domain',
			'Verify your\u200b domain',
			'verify-domian\u200b',
		];
		expect(cells.map((cell) => links.slugsOf(cell))).toEqual([
			['verify-domain'],
			['verify-domain'],
			['verify-domain'],
			['verify-domian\u200b'],
		]);
		expect(cells.map((cell) => links.slugsOf(plainLine(cell)))).toEqual([
			['verify-domain'],
			['verify-domain'],
			['verify-domain'],
			['verify-domian'],
		]);
		const set = links.referenceSets[links.referenceSetOf('verify-domain\u200b verify-domain')];
		expect(set).toEqual({ published: ['verify-domain'], drafts: [], broken: [], unreadable: [] });
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
		['2024-02-29', '2024-02-29'],
		['2026-03-14T10:22:31.123456Z', '2026-03-14'],
		['2026-03-14 10:22:31 +0100', '2026-03-14'],
		['2026-03-14T00:30:00+14:00', '2026-03-14'],
		['2026-03-14 10:22 PM CET', '2026-03-14'],
		['2026-03-14 23:30:00 GMT+1', '2026-03-14'],
		['2026-03-14 23:30:00 UTC', '2026-03-14'],
		// The month's name cannot be read the wrong way round.
		['14 Mar 2026', '2026-03-14'],
		['14 Mar 2026 11:30 PM', '2026-03-14'],
		['14-Mar-2026', '2026-03-14'],
		['14/Mar/26 11:30 PM', '2026-03-14'],
		['Mar 14, 2026 10:22 AM UTC', '2026-03-14'],
		['March 14 2026', '2026-03-14'],
		['Saturday, March 14th, 2026', '2026-03-14'],
		['Sat, 14 Mar 2026 23:30:00 +0000', '2026-03-14'],
		// Nor can a date written year first, as East Asian spreadsheets write it.
		['2026/03/14', '2026-03-14'],
		['2026/3/14 23:30', '2026-03-14'],
		['2026.03.14.', '2026-03-14'],
		['2026.03.14 10:22:31', '2026-03-14'],
	])('%s closed on %s', (value, day) => {
		expect(formatDay(parseClosedDay(value))).toBe(day);
	});

	test('an empty cell has no day; text that is not an ISO date, or an impossible date, is bad', () => {
		expect(
			[
				'',
				'next tuesday',
				'2026-02-30',
				'Mar 32, 2026',
				'31 Feb 2026',
				'3 Mayo 2026',
				'14 March',
				'01.03.2026',
				'03/01/2026',
				'2026-03-14 noon',
				'2026/02/30',
				'2026/03.14',
				'2026/03/14 noon',
			].map(parseClosedDay),
		).toEqual([NO_DAY, ...Array(12).fill(BAD_DAY)]);
	});

	test.each([
		['3/14/2026 11:30 PM', 'MM/DD/YYYY'],
		['14/3/2026', 'DD/MM/YYYY'],
		['03/01/26', 'MM/DD/YY or DD/MM/YY'],
		['01.03.2026 09:00', 'MM.DD.YYYY or DD.MM.YYYY'],
		['13/14/2026', undefined],
		['next tuesday', undefined],
		['2026-03-14', undefined],
	])('a closed date %j that cannot be read looks like %s', (value, format) => {
		expect(suggestDateFormat(value)).toBe(format);
	});

	test.each([
		['DD.MM.YYYY', '01.03.2026', '2026-03-01'],
		['DD.MM.YYYY', '1.3.2026 23:59', '2026-03-01'],
		['MM/DD/YYYY', '03/01/2026 11:30 PM', '2026-03-01'],
		['DD/MM/YYYY', '03/01/2026', '2026-01-03'],
		['DD/MMM/YY', '14/Mar/26 10:22 AM', '2026-03-14'],
		['MMM D, YYYY', 'March 14, 2026', '2026-03-14'],
		['YYYY.MM.DD', '2026.03.14', '2026-03-14'],
		['DD.MM.YYYY', '2026-03-14', '2026-03-14'],
	])('with coverage.dateFormat %s, %s is %s', (format, value, day) => {
		expect(formatDay(createClosedDayReader(format)(value))).toBe(day);
	});

	test('with coverage.dateFormat, an impossible date or another order is still bad', () => {
		const read = createClosedDayReader('DD.MM.YYYY');
		expect([read('31.02.2026'), read('03/01/2026'), read('01.03.2026 noon'), read('')]).toEqual([
			BAD_DAY,
			BAD_DAY,
			BAD_DAY,
			NO_DAY,
		]);
	});

	test('a date format names each of year, month and day once, with separators that are not letters', () => {
		expect(['DD.MM.YYYYY', 'DD.MM', 'YYYY-MM-DD-DD', 'DDxMMxYYYY'].map((format) => compileDateFormat(format))).toEqual([
			'"Y" is neither a token (YYYY, YY, MM, M, MMM, DD, D) nor a separator',
			'it needs a year (YYYY or YY), a month (MM, M or MMM) and a day (DD or D), each once',
			'it needs a year (YYYY or YY), a month (MM, M or MMM) and a day (DD or D), each once',
			'"x" is neither a token (YYYY, YY, MM, M, MMM, DD, D) nor a separator',
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

describe('an export whose closed dates are written year first', () => {
	test('--since judges them by the day written, without coverage.dateFormat; an impossible one cannot be judged', async () => {
		const file = fixture('year-first-dates/tickets.csv');
		const { report } = await gate({ tickets: [file], since: '2026-03-01' });
		expect(report.totals).toEqual({ closed: 1, linked: 1, unlinked: 0, invalid: 1, duplicates: 0 });
		expect(report.invalidRows).toEqual([
			expect.objectContaining({
				line: 5,
				reason: expect.stringContaining('ticket T-63 has a closed date "2026/02/30 09:05" that cannot be read'),
			}),
		]);
	});
});
