const DAY_MS = 86_400_000;

/** The ticket has no closed date. */
export const NO_DAY = -2_147_483_648;
/** The closed date could not be read. */
export const BAD_DAY = -2_147_483_647;

const isoPrefix = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

function dayFromParts(year: number, month: number, day: number): number | undefined {
	const time = Date.UTC(year, month - 1, day);
	const date = new Date(time);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return time / DAY_MS;
}

/**
 * The calendar day a ticket closed, as days since 1970-01-01. ISO dates keep the
 * day as written, in the helpdesk's own time zone (`2026-03-14T23:30:00-08:00` is
 * March 14); epoch seconds or milliseconds and other forms `Date` reads use UTC.
 * Returns `NO_DAY` for an empty cell and `BAD_DAY` for text that is not a date.
 */
export function parseClosedDay(value: string): number {
	const text = value.trim();
	if (text === '') return NO_DAY;
	const iso = isoPrefix.exec(text);
	if (iso) return dayFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? BAD_DAY;
	if (/^\d{10}(\.\d+)?$/.test(text)) return Math.floor((Number(text) * 1000) / DAY_MS);
	if (/^\d{13}$/.test(text)) return Math.floor(Number(text) / DAY_MS);
	const time = Date.parse(text);
	if (Number.isNaN(time)) return BAD_DAY;
	const date = new Date(time);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / DAY_MS;
}

/** A strict `YYYY-MM-DD` date as a day number, or undefined. */
export function parseIsoDay(value: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	return match ? dayFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

export function formatDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The local calendar day of `now`, as `YYYY-MM-DD`: waivers expire at the end of their day where the check runs. */
export function localIsoDate(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
