import { english, type UiKey, type UiStrings, type UiText } from './english.ts';
import { type LocaleFormat, localeFormat } from './format.ts';

const PLACEHOLDER = /\{(\w+)\}/g;

/** A value ending in one of these ends its own sentence (a customer's question often does). */
const ENDS_SENTENCE = /[.?!…。？！]$/u;

/** The text a value shows: itself, or an element's `textContent`. */
function shownText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'object' && value !== null && 'textContent' in value && typeof value.textContent === 'string')
		return value.textContent;
	return '';
}

/** The names of the values a string fills in (`{count}`, `{query}`), in every form of it. */
export function placeholdersOf(text: UiText): Set<string> {
	const forms = typeof text === 'string' ? [text] : Object.values(text);
	return new Set(forms.flatMap((form) => [...(form ?? '').matchAll(PLACEHOLDER)].map((match) => match[1] as string)));
}

/**
 * The interface strings of one language, with the date and number formats that go with
 * them: the same class renders the pages at build time and the search UI in the browser.
 */
export class Ui {
	readonly language: string;
	readonly format: LocaleFormat;
	private readonly strings: Partial<UiStrings>;
	private readonly plurals: Intl.PluralRules;

	/** `strings` falls back to English key by key. */
	constructor(language: string, strings: Partial<UiStrings> = english) {
		this.language = language;
		this.strings = strings;
		this.format = localeFormat(language);
		this.plurals = new Intl.PluralRules(language);
	}

	/** The text of `key` with `values` filled in: numbers as the language writes them, the plural form by `count`. */
	t(key: UiKey, values: Record<string, string | number> = {}): string {
		return this.parts(key, values).join('');
	}

	/**
	 * The text of `key` as parts, for values that are not text (a link, a highlighted
	 * title): strings and numbers are filled in, any other value is returned in its place
	 * (`Section: {section}` → `['Section: ', <a>]`). A name without a value stays as written.
	 * A full stop right after a value that ends its own sentence is left out.
	 */
	parts<Node>(key: UiKey, values: Record<string, string | number | Node>): (string | Node)[] {
		const parts: (string | Node)[] = [];
		let text = '';
		let last = 0;
		const form = this.form(key, values.count);
		for (const match of form.matchAll(PLACEHOLDER)) {
			text += form.slice(last, match.index);
			last = match.index + match[0].length;
			const value = values[match[1] as string];
			if (value === undefined) text += match[0];
			else if (typeof value === 'number') text += this.format.number(value);
			else if (typeof value === 'string') text += value;
			else {
				if (text) parts.push(text);
				parts.push(value);
				text = '';
			}
			// `Showing results for {corrected}.` with a question that ends in `?` reads
			// `Emails?.`: the string's full stop goes when the value already ended the sentence.
			if (value !== undefined && form[last] === '.' && ENDS_SENTENCE.test(shownText(value).trimEnd())) last += 1;
		}
		text += form.slice(last);
		if (text) parts.push(text);
		return parts;
	}

	/**
	 * The text of `key` before and after the value `name`, for a template that puts an
	 * element there: `Updated {date}` → `['Updated ', '']` around a `<time>`.
	 */
	around(key: UiKey, name: string, values: Record<string, string | number> = {}): [string, string] {
		const slot = { slot: name };
		const parts = this.parts(key, { ...values, [name]: slot });
		const at = parts.indexOf(slot);
		if (at === -1) return [parts.join(''), ''];
		return [parts.slice(0, at).join(''), parts.slice(at + 1).join('')];
	}

	private form(key: UiKey, count: unknown): string {
		const text: UiText = this.strings[key] ?? english[key];
		if (typeof text === 'string') return text;
		const category = typeof count === 'number' ? this.plurals.select(count) : 'other';
		return text[category] ?? text.other;
	}

	/** The strings of `keys`, for a script that renders them in the browser (`new Ui(language, strings)`). */
	pick(keys: readonly UiKey[]): Partial<UiStrings> {
		return Object.fromEntries(keys.map((key) => [key, this.strings[key] ?? english[key]]));
	}
}
