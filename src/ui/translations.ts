import { english, type UiStrings } from './english.ts';
import { Ui } from './strings.ts';
import { german } from './translations/de.ts';
import { spanish } from './translations/es.ts';
import { french } from './translations/fr.ts';

/** The built-in translations, by language subtag (`de` serves `de-AT` and `de-CH` too). */
export const builtInTranslations: Record<string, Partial<UiStrings>> = { de: german, es: spanish, fr: french };

/**
 * The interface of a help center in `language` (a canonical BCP 47 tag): English, under
 * the built-in translation for the language if there is one, under the team's own
 * strings (`ui:` in `content/tryblock.yaml`). Any key missing above falls back to English.
 */
export function siteUi(language: string, overrides: Partial<UiStrings> = {}): Ui {
	const builtIn = builtInTranslations[new Intl.Locale(language).language] ?? {};
	return new Ui(language, { ...english, ...builtIn, ...overrides });
}
