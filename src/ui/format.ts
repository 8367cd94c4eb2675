/** Dates and numbers as the site's language writes them. */
export interface LocaleFormat {
	/** BCP 47 tag the formats are for. */
	language: string;
	/** A day, in words: "3 December 2026", "3. Dezember 2026", "3 de diciembre de 2026". */
	date(date: Date): string;
	/** A count: "1,250", "1.250", "1 250". */
	number(value: number): string;
}

/**
 * The formats of a language. Plain `en` keeps the day-month-year dates the help center
 * has always shown ("3 December 2026"); `en-US` asks for "December 3, 2026". Dates are
 * days in UTC, as the frontmatter's `updated` is written, whatever the build machine's
 * time zone. One formatter per build: creating one per call costs about a millisecond,
 * which adds up to seconds over a thousand pages.
 */
export function localeFormat(language: string): LocaleFormat {
	const locale = language === 'en' ? 'en-GB' : language;
	const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
	const numbers = new Intl.NumberFormat(locale);
	return { language, date: (date) => dates.format(date), number: (value) => numbers.format(value) };
}
