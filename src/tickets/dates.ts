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

/** `YYYY-MM-DD` at the start of `text`, followed by nothing, `T` or a space: its day number, else undefined. */
function isoPrefixDay(text: string): number | undefined {
	if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
	const after = text.charCodeAt(10);
	if (text.length > 10 && after !== 84 && after !== 32) return undefined;
	const year = digitsAt(text, 0, 4);
	const month = digitsAt(text, 5, 2);
	const day = digitsAt(text, 8, 2);
	if (year < 0 || month < 0 || day < 0) return undefined;
	return dayFromParts(year, month, day) ?? Number.NaN;
}

/**
 * The calendar day a ticket closed, as days since 1970-01-01. ISO dates keep the
 * day as written, in the helpdesk's own time zone (`2026-03-14T23:30:00-08:00` is
 * March 14); epoch seconds or milliseconds and other forms `Date` reads use UTC.
 * Returns `NO_DAY` for an empty cell and `BAD_DAY` for text that is not a date.
 */
export function parseClosedDay(value: string): number {
	const fast = isoPrefixDay(value);
	if (fast !== undefined) return Number.isNaN(fast) ? BAD_DAY : fast;
	const text = value.trim();
	if (text === '') return NO_DAY;
	const iso = isoPrefixDay(text);
	if (iso !== undefined) return Number.isNaN(iso) ? BAD_DAY : iso;
	if (/^\d{10}(\.\d+)?$/.test(text)) return Math.floor((Number(text) * 1000) / DAY_MS);
	if (/^\d{13}$/.test(text)) return Math.floor(Number(text) / DAY_MS);
	const time = Date.parse(text);
	if (Number.isNaN(time)) return BAD_DAY;
	const date = new Date(time);
	return daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A strict `YYYY-MM-DD` date as a day number, or undefined. */
export function parseIsoDay(value: string): number | undefined {
	if (value.length !== 10) return undefined;
	const day = isoPrefixDay(value);
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
