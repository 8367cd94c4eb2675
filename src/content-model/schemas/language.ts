import { z } from 'astro/zod';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A BCP 47 tag in its canonical form (`DE-de` → `de-DE`, `deu` → `de`), or undefined when
 * it is not one or its language is unknown: `english` and `xx` are well-formed tags, but
 * name no language a browser, a stemmer or `Intl` knows.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
	let canonical: string | undefined;
	try {
		canonical = Intl.getCanonicalLocales(tag)[0];
	} catch {
		return undefined;
	}
	if (!canonical || languageNames.of(new Intl.Locale(canonical).language) === undefined) return undefined;
	return canonical;
}

/** A language as a BCP 47 tag (`de`, `fr`, `pt-BR`), validated and made canonical. */
export function languageTag() {
	return z
		.string()
		.trim()
		.refine((tag) => canonicalLanguageTag(tag) !== undefined, {
			error: 'a BCP 47 language tag, such as "de", "fr" or "pt-BR"',
		})
		.transform((tag) => canonicalLanguageTag(tag) as string);
}

/** Whether a tag is English (`en`, `en-GB`): the search steps written for English apply to it. */
export function isEnglish(tag: string): boolean {
	return tag === 'en' || tag.startsWith('en-');
}
