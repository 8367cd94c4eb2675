const DAY_MS = 86_400_000;

/** The ticket has no closed date. */
export const NO_DAY = -2_147_483_648;
/** The closed date could not be read. */
export const BAD_DAY = -2_147_483_647;

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function dayFromParts(year: number, month: number, day: number): number | undefined {
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
	return daysFromCivil(year, month, day);
}

/** Digits at `text[from..from+count)` as a number, or -1. */
function digitsAt(text: string, from: number, count: number): number {
	let value = 0;
	for (let index = from; index < from + count; index++) {
		const code = text.charCodeAt(index) - 48;
		if (code < 0 || code > 9) return -1;
		value = value * 10 + code;
	}
	return value;
}

/**
 * What may follow an ISO 8601 date after `T` or a space: a time (seconds, fraction
 * and AM/PM optional) and an optional offset or zone name (`Z`, `+01:00`, `-0800`,
 * `UTC`, `CET`, `GMT+1`). Neither changes the day as written.
 */
const isoTime =
	/^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?[AP]M)?(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?))?$/i;

/**
 * An ISO 8601 date (`YYYY-MM-DD`), alone or followed by `T` or a space and a time:
 * its day number; NaN for an impossible date or time; undefined when it is not ISO.
 */
function isoDay(text: string): number | undefined {
	if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
	const year = digitsAt(text, 0, 4);
	const month = digitsAt(text, 5, 2);
	const day = digitsAt(text, 8, 2);
	if (year < 0 || month < 0 || day < 0) return undefined;
	if (text.length > 10) {
		const after = text.charCodeAt(10);
		if ((after !== 84 && after !== 32) || !isoTime.test(text.slice(11))) return undefined;
	}
	return dayFromParts(year, month, day) ?? Number.NaN;
}

/**
 * A date written year first with `/` or `.` (`2026/03/14`, `2026.3.14 23:30`), as
 * Japanese, Chinese and Korean spreadsheets and many exports write it: after a
 * four-digit year comes the month, so it cannot be read the wrong way round. Its
 * day number; NaN for an impossible date; undefined for other text.
 */
const yearFirst = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})\.?(?:[\sT]+(.+))?$/;

function yearFirstDay(text: string): number | undefined {
	const match = yearFirst.exec(text);
	if (!match) return undefined;
	const [, year, , month, day, time] = match as unknown as [string, string, string, string, string, string | undefined];
	if (time !== undefined && !isoTime.test(time)) return undefined;
	return dayFromParts(Number(year), Number(month), Number(day)) ?? Number.NaN;
}

const monthNames = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

/** A month written as a word, whole or cut after three letters or more (`Mar`, `march`, `Sept`), in English; 0 when none. */
function monthFromName(name: string): number {
	const lower = name.toLowerCase();
	return monthNames.findIndex((month) => month.startsWith(lower)) + 1;
}

type DatePart = 'year' | 'shortYear' | 'month' | 'monthName' | 'day';

const tokens: [string, DatePart, string][] = [
	['YYYY', 'year', '(\\d{4})'],
	['YY', 'shortYear', '(\\d{2})'],
	['MMM', 'monthName', '([A-Za-z]{3,9})'],
	['MM', 'month', '(\\d{1,2})'],
	['M', 'month', '(\\d{1,2})'],
	['DD', 'day', '(\\d{1,2})'],
	['D', 'day', '(\\d{1,2})'],
];

/** A compiled `coverage.dateFormat`: reads a cell's day, or gives undefined when the cell does not fit. */
export type DateFormatReader = (text: string) => number | undefined;

/**
 * Compiles a date format such as `DD.MM.YYYY`, `MM/DD/YYYY` or `D MMM YYYY`: the
 * tokens `YYYY` (or `YY`, read as 20YY), `MM` (or `M`, or `MMM` for an English month
 * name) and `DD` (or `D`) each once, with any separators but letters and digits
 * between them. A time may follow the date (after a space, `T` or a comma); the
 * day is the one written. Returns the reason when the format is not one.
 */
export function compileDateFormat(format: string): DateFormatReader | string {
	const parts: DatePart[] = [];
	let pattern = '';
	for (let index = 0; index < format.length; ) {
		const token = tokens.find(([name]) => format.startsWith(name, index));
		if (token) {
			parts.push(token[1]);
			pattern += token[2];
			index += token[0].length;
			continue;
		}
		const char = format[index] as string;
		if (/[\p{L}\p{N}]/u.test(char)) return `"${char}" is neither a token (YYYY, YY, MM, M, MMM, DD, D) nor a separator`;
		pattern += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		index++;
	}
	const count = (wanted: DatePart[]) => parts.filter((part) => wanted.includes(part)).length;
	if (count(['year', 'shortYear']) !== 1 || count(['month', 'monthName']) !== 1 || count(['day']) !== 1) {
		return 'it needs a year (YYYY or YY), a month (MM, M or MMM) and a day (DD or D), each once';
	}
	const regex = new RegExp(`^${pattern}(?:[\\sT,]+\\d{1,2}[:.]\\d{2}.*)?$`, 'i');
	return (text) => {
		const match = regex.exec(text);
		if (!match) return undefined;
		let year = 0;
		let month = 0;
		let day = 0;
		parts.forEach((part, index) => {
			const value = match[index + 1] as string;
			if (part === 'year') year = Number(value);
			else if (part === 'shortYear') year = 2000 + Number(value);
			else if (part === 'month') month = Number(value);
			else if (part === 'monthName') month = monthFromName(value);
			else day = Number(value);
		});
		return dayFromParts(year, month, day) ?? Number.NaN;
	};
}

/** What may follow a date written with its month's name: a time, with seconds, AM/PM and a zone. */
const wordTime =
	'(?:[\\sT,]+\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s?[AP]M)?(?:\\s?(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5}))?)?';
/** `14 Mar 2026`, `14-Mar-2026`, Jira's `14/Mar/26`, `Sat, 14 Mar 2026 23:30:00 +0000`. */
const dayMonthYear = new RegExp(
	`^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})[\\s/.-]([A-Za-z]{3,9})\\.?[\\s/.,-]+(\\d{4}|\\d{2})${wordTime}$`,
	'i',
);
/** `Mar 14, 2026`, `March 14 2026 11:30 PM`, `Saturday, March 14, 2026`. */
const monthDayYear = new RegExp(
	`^(?:[A-Za-z]{3,9},?\\s+)?([A-Za-z]{3,9})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})${wordTime}$`,
	'i',
);

/**
 * A date written with its month's name in English, which no reader can take the
 * wrong way round: its day number; NaN for an impossible date; undefined for other text.
 */
function monthNameDay(text: string): number | undefined {
	const dayFirst = dayMonthYear.exec(text);
	const match = dayFirst ?? monthDayYear.exec(text);
	if (!match) return undefined;
	const [day, name, year] = dayFirst ? [match[1], match[2], match[3]] : [match[2], match[1], match[3]];
	const month = monthFromName(name as string);
	if (month === 0) return undefined;
	const fullYear = (year as string).length === 2 ? 2000 + Number(year) : Number(year);
	return dayFromParts(fullYear, month, Number(day)) ?? Number.NaN;
}

/** A date written with numbers only, day and month in an order its text does not say (`14/03/2026`, `3.14.26 11:30 PM`). */
export interface NumericDate {
	first: number;
	second: number;
	year: number;
	/** The format of the date as written, with `first` the day (`dayFirst`) or the month. */
	format: Record<DateOrder, string>;
}

/** Which of a numeric date's first two numbers is the day. */
export type DateOrder = 'dayFirst' | 'monthFirst';

const numericDatePattern = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})/;

function numericDateAt(text: string): (NumericDate & { rest: string }) | undefined {
	const match = numericDatePattern.exec(text);
	if (!match) return undefined;
	const [whole, first, separator, second, year] = match as unknown as [string, string, string, string, string];
	const y = year.length === 4 ? 'YYYY' : 'YY';
	return {
		first: Number(first),
		second: Number(second),
		year: year.length === 4 ? Number(year) : 2000 + Number(year),
		format: {
			dayFirst: `DD${separator}MM${separator}${y}`,
			monthFirst: `MM${separator}DD${separator}${y}`,
		},
		rest: text.slice(whole.length),
	};
}

/** A numeric date, alone or followed by a time, as a `coverage.dateFormat` accepts it; undefined for other text. */
export function readNumericDate(text: string): NumericDate | undefined {
	const date = numericDateAt(text);
	if (!date || !/^(?:[\sT,]+\d{1,2}[:.]\d{2}.*)?$/.test(date.rest)) return undefined;
	const { rest: _, ...numeric } = date;
	return numeric;
}

/**
 * The order a numeric date proves by itself (`14/03/2026` is day first, `03/14/2026`
 * month first), or undefined when both numbers could be the month.
 */
export function provenDateOrder(date: NumericDate): DateOrder | undefined {
	if (date.first > 12 && date.second <= 12) return 'dayFirst';
	if (date.second > 12 && date.first <= 12) return 'monthFirst';
	return undefined;
}

/** The day number of a numeric date read in an order, or undefined for an impossible date. */
export function numericDateDay(date: NumericDate, order: DateOrder): number | undefined {
	const [day, month] = order === 'dayFirst' ? [date.first, date.second] : [date.second, date.first];
	return dayFromParts(date.year, month, day);
}

/**
 * The `coverage.dateFormat` a numeric date that cannot be read seems to be written
 * in (`3/14/2026 11:30 PM` is `MM/DD/YYYY`), both orders when the day is 12 or less,
 * or undefined. Said in a message, never applied: `03/01/2026` is not guessed.
 */
export function suggestDateFormat(text: string): string | undefined {
	const date = numericDateAt(text.trim());
	if (!date || !/^(?:[\sT,]|$)/.test(date.rest) || (date.first > 12 && date.second > 12)) return undefined;
	const order = provenDateOrder(date);
	return order ? date.format[order] : `${date.format.monthFirst} or ${date.format.dayFirst}`;
}

/**
 * Returns the reader of closed dates. They are read the same way on every machine,
 * whatever its time zone:
 * - with `dateFormat` (`coverage.dateFormat`), a cell in that format first;
 * - an ISO 8601 date or date-time counts on the calendar day it names
 *   (`2026-03-14T23:30:00-08:00` is March 14, the helpdesk's own day; a time without
 *   an offset is UTC, so its day is the one written too);
 * - Unix time in seconds (10 digits) or milliseconds (13 digits), on its UTC day;
 * - a date with its month's name (`14 Mar 2026`, `Mar 14, 2026 11:30 PM`, `14/Mar/26`),
 *   or year first (`2026/03/14`, `2026.03.14`), which cannot be read the wrong way round.
 * The reader returns `NO_DAY` for an empty cell and `BAD_DAY` for anything else.
 */
export function createClosedDayReader(dateFormat?: string): (value: string) => number {
	const compiled = dateFormat === undefined ? undefined : compileDateFormat(dateFormat);
	if (typeof compiled === 'string') throw new Error(`invalid date format "${dateFormat}": ${compiled}`);
	const read = (text: string): number => {
		if (compiled) {
			const day = compiled(text);
			if (day !== undefined) return Number.isNaN(day) ? BAD_DAY : day;
		}
		const iso = isoDay(text);
		if (iso !== undefined) return Number.isNaN(iso) ? BAD_DAY : iso;
		if (/^\d{10}(\.\d+)?$/.test(text)) return Math.floor((Number(text) * 1000) / DAY_MS);
		if (/^\d{13}$/.test(text)) return Math.floor(Number(text) / DAY_MS);
		const named = monthNameDay(text) ?? yearFirstDay(text);
		if (named !== undefined) return Number.isNaN(named) ? BAD_DAY : named;
		return BAD_DAY;
	};
	return (value) => {
		if (!compiled) {
			// The common case, without trimming: a clean ISO cell.
			const fast = isoDay(value);
			if (fast !== undefined) return Number.isNaN(fast) ? BAD_DAY : fast;
		}
		const text = value.trim();
		return text === '' ? NO_DAY : read(text);
	};
}

const readIsoOrEpoch = createClosedDayReader();

/** The closed day of one cell, read without `coverage.dateFormat` (see `createClosedDayReader`). */
export function parseClosedDay(value: string): number {
	return readIsoOrEpoch(value);
}

/** A strict `YYYY-MM-DD` date as a day number, or undefined. */
export function parseIsoDay(value: string): number | undefined {
	if (value.length !== 10) return undefined;
	const day = isoDay(value);
	return day === undefined || Number.isNaN(day) ? undefined : day;
}

export function formatDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO 8601 week of a day number, as `2026-W09`. */
export function isoWeek(day: number): string {
	const date = new Date(day * DAY_MS);
	const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
	const thursday = new Date((day - weekday + 3) * DAY_MS);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts the ISO week of a day number. */
export function weekStart(day: number): number {
	const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
	return day - weekday;
}

export function dayOf(date: Date): number {
	return Math.floor(date.getTime() / DAY_MS);
}
