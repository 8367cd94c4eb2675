// The interface strings the search UI renders in the browser: it carries the English
// dictionary in its own (lazily loaded) code, and a page carries, as JSON, only its
// language and the strings that differ from English (`pageUiJson`), so an English page
// carries none. The theme toggle, copy buttons and feedback widget, inline scripts
// without imports, read their words from data attributes instead.
import { english, type UiKey, type UiStrings, uiKeys } from './english.ts';
import { Ui } from './strings.ts';

/** The id of the JSON script every page carries with the strings its scripts show. */
export const PAGE_UI_ID = 'tryblockUi';

/** What a page tells its scripts: the site's language and the strings they render. */
export interface PageUiData {
	language: string;
	strings: Partial<UiStrings>;
}

/** The strings the search UI renders in the browser. */
export const browserKeys: readonly UiKey[] = uiKeys.filter((key) => key.startsWith('search.'));

/**
 * The page's JSON as a script element holds it (`<` escaped, so no string can close the
 * element), or undefined for a site in plain English with no string of its own.
 */
export function pageUiJson(ui: Ui): string | undefined {
	const strings = Object.fromEntries(
		Object.entries(ui.pick(browserKeys)).filter(
			([key, text]) => JSON.stringify(text) !== JSON.stringify(english[key as UiKey]),
		),
	);
	if (ui.language === 'en' && Object.keys(strings).length === 0) return undefined;
	const data: PageUiData = { language: ui.language, strings };
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

function readPageUi(): PageUiData | undefined {
	try {
		const text = typeof document === 'undefined' ? null : document.getElementById(PAGE_UI_ID)?.textContent;
		return text ? (JSON.parse(text) as PageUiData) : undefined;
	} catch {
		return undefined;
	}
}

let current: Ui | undefined;

/** The interface of the page a script runs in, with plurals and values; English where a page carries none. */
export function pageUi(): Ui {
	if (current) return current;
	const data = readPageUi();
	current = new Ui(data?.language ?? 'en', { ...english, ...data?.strings });
	return current;
}
