/**
 * The local calendar day of `now` as `YYYY-MM-DD`: the form of `updated` in
 * frontmatter and of waiver expiry dates, judged where the command runs.
 */
export function localIsoDate(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/**
 * Why year-month-day is not a day on the calendar ("February 2026 has 28 days"), or
 * undefined when it is one. JavaScript's Date would roll 2026-02-30 over to 2 March.
 */
export function calendarDateProblem(year: number, month: number, day: number): string | undefined {
	if (month < 1 || month > 12) return `there is no month ${month}`;
	// Day 0 of the next month is the last day of this one (setUTCFullYear keeps years below 100 as written).
	const last = new Date(0);
	last.setUTCFullYear(year, month, 0);
	const days = last.getUTCDate();
	if (day < 1 || day > days) return `${monthNames[month - 1]} ${year} has ${days} days`;
	return undefined;
}
