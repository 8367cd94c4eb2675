/**
 * The local calendar day of `now` as `YYYY-MM-DD`: the form of `updated` in
 * frontmatter and of waiver expiry dates, judged where the command runs.
 */
export function localIsoDate(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
