// The interface strings a page's scripts render: BaseLayout writes them into every page
// as JSON (`pageUiJson`), and the search UI reads them with `pageUi()`. The theme toggle,
// copy buttons and feedback widget read the same element themselves, so they stay
// inline scripts without imports.
import { english, type UiKey, type UiStrings, uiKeys } from './english.ts';
import { Ui } from './strings.ts';

/** The id of the JSON script every page carries with the strings its scripts show. */
export const PAGE_UI_ID = 'tryblock-ui';

/** What a page tells its scripts: the site's language and the strings they render. */
export interface PageUiData {
	language: string;
	strings: Partial<UiStrings>;
}

/** The strings scripts render in the browser: the search UI, "Was this helpful?", the theme and copy buttons. */
export const browserKeys: readonly UiKey[] = uiKeys.filter(
	(key) =>
		key.startsWith('search.') ||
		key.startsWith('feedback.') ||
		key.startsWith('header.theme') ||
		key === 'article.copyCode' ||
		key.startsWith('article.code'),
);

/** The page's JSON as a script element holds it: `<` escaped, so no string can close the element. */
export function pageUiJson(ui: Ui): string {
	const data: PageUiData = { language: ui.language, strings: ui.pick(browserKeys) };
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
