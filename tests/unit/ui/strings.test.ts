import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/content-model/errors.ts';
import { loadConfig } from '../../../src/content-model/settings.ts';
import { english, type UiKey, uiKeys } from '../../../src/ui/english.ts';
import { localeFormat } from '../../../src/ui/format.ts';
import { pageUiJson } from '../../../src/ui/page.ts';
import { placeholdersOf } from '../../../src/ui/strings.ts';
import { builtInTranslations, siteUi } from '../../../src/ui/translations.ts';

const day = new Date('2026-12-03T00:00:00Z');

describe('interface strings', () => {
	test('English by default, the built-in translation for its language, any region of it', () => {
		expect(siteUi('en').t('search.placeholder')).toBe('Describe your problem');
		expect(siteUi('de').t('search.placeholder')).toBe('Beschreiben Sie Ihr Problem');
		expect(siteUi('de-AT').t('home.heading')).toBe('Wie können wir helfen?');
		expect(siteUi('fr').t('feedback.heading')).toBe('Cet article vous a-t-il aidé ?');
		expect(siteUi('es').t('contact.button')).toBe('Contactar con soporte');
		// No translation of Portuguese is built in: English, with Portuguese dates.
		expect(siteUi('pt-BR').t('home.heading')).toBe('How can we help?');
		expect(siteUi('pt-BR').t('article.updated', { date: siteUi('pt-BR').format.date(day) })).toBe(
			'Updated 3 de dezembro de 2026',
		);
	});

	test("the team's own strings win, and a key no one translated falls back to English", () => {
		const ui = siteUi('de', { 'search.placeholder': 'Hilfe durchsuchen' });
		expect(ui.t('search.placeholder')).toBe('Hilfe durchsuchen');
		expect(ui.t('search.submit')).toBe('Suchen');
		expect(siteUi('it', { 'home.heading': 'Come possiamo aiutarti?' }).t('search.submit')).toBe('Search');
	});

	test('each built-in translation has only known keys, each with the values of its English string', () => {
		for (const [language, strings] of Object.entries(builtInTranslations)) {
			for (const [key, text] of Object.entries(strings)) {
				expect(uiKeys, `${language}: ${key}`).toContain(key);
				expect(placeholdersOf(text ?? ''), `${language}: ${key}`).toEqual(placeholdersOf(english[key as UiKey]));
			}
			// Written whole: every key, so nothing shows in English by accident.
			expect(Object.keys(strings).sort(), language).toEqual([...uiKeys].sort());
		}
	});

	test("counts take the language's plural form and number format", () => {
		expect(siteUi('en').t('area.articleCount', { count: 1 })).toBe('1 article');
		expect(siteUi('en').t('area.articleCount', { count: 2 })).toBe('2 articles');
		expect(siteUi('en').t('search.resultCount', { count: 1250, query: 'dkim' })).toBe('1,250 results for “dkim”');
		expect(siteUi('de').t('search.resultCount', { count: 1250, query: 'dkim' })).toBe('1.250 Ergebnisse für „dkim“');
		expect(siteUi('de').t('search.resultCount', { count: 1, query: 'dkim' })).toBe('1 Ergebnis für „dkim“');
		// French counts zero as one.
		expect(siteUi('fr').t('area.articleCount', { count: 0 })).toBe('0 article');
	});

	test('values that are elements come back in their place', () => {
		const link = { element: 'a' };
		expect(siteUi('en').parts('search.stillStuck', { link })).toEqual([
			'Still stuck? ',
			link,
			' and tell us what you searched for.',
		]);
		expect(siteUi('de').around('article.updated', 'date')).toEqual(['Aktualisiert am ', '']);
	});

	test("a value that ends its own sentence takes the string's full stop: no `Emails?.`", () => {
		const en = siteUi('en');
		expect(en.t('search.noResults', { query: 'Why is my domain not verified?' })).toBe(
			'No articles match Why is my domain not verified?',
		);
		expect(en.t('search.noResults', { query: 'dkim' })).toBe('No articles match dkim.');
		// An element's text counts as the value's (the corrected question is a <strong>).
		const corrected = { textContent: 'How do I Receive Emails?' };
		const typed = { textContent: 'How do I Recieve Emails!' };
		expect(en.parts('search.showingResultsFor', { corrected, typed })).toEqual([
			'Showing results for ',
			corrected,
			' Search instead for ',
			typed,
		]);
		expect(siteUi('de').parts('search.showingResultsFor', { corrected: { textContent: 'E-Mails' }, typed })).toEqual([
			'Ergebnisse für ',
			{ textContent: 'E-Mails' },
			'. Stattdessen suchen nach ',
			typed,
		]);
		// Only a full stop goes: a string's own question mark or comma after the value stays.
		expect(en.t('search.resultCount', { count: 2, query: 'why?' })).toBe('2 results for “why?”');
	});

	test('dates in the language, in UTC; plain English keeps day-month-year', () => {
		expect(localeFormat('en').date(day)).toBe('3 December 2026');
		expect(localeFormat('en-US').date(day)).toBe('December 3, 2026');
		expect(localeFormat('de').date(day)).toBe('3. Dezember 2026');
		expect(localeFormat('fr').date(day)).toBe('3 décembre 2026');
		expect(localeFormat('de').number(1250)).toBe('1.250');
	});

	test("a page carries the search UI's strings that differ from English, and cannot be closed by one", () => {
		expect(pageUiJson(siteUi('en'))).toBeUndefined();
		const json = pageUiJson(siteUi('en', { 'search.placeholder': '</script><script>alert(1)</script>' })) ?? '';
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual({
			language: 'en',
			strings: { 'search.placeholder': '</script><script>alert(1)</script>' },
		});
		const german = JSON.parse(pageUiJson(siteUi('de')) ?? '');
		expect(german.language).toBe('de');
		expect(german.strings['search.submit']).toBe('Suchen');
		// Only what the search UI renders: the page's own HTML holds the rest.
		expect(Object.keys(german.strings).every((key) => key.startsWith('search.'))).toBe(true);
		// A language with no translation still tells the search UI its plurals and numbers.
		expect(JSON.parse(pageUiJson(siteUi('pt-BR')) ?? '')).toEqual({ language: 'pt-BR', strings: {} });
	});
});

describe('ui: in tryblock.yaml', () => {
	test('an unknown key, a value the string lacks and a plural without "other" are errors naming them', () => {
		let message = '';
		try {
			loadConfig(path.resolve('tests/fixtures/content-model/bad-ui'));
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			message = error.message.replaceAll(`${path.resolve('.')}/`, '');
		}
		expect(message).toMatchInlineSnapshot(`
			"tests/fixtures/content-model/bad-ui/tryblock.yaml:12: **ui.area.articleCount.other**: required: expected text
			tests/fixtures/content-model/bad-ui/tryblock.yaml:10: **ui**: unknown field "search.placholder""
		`);
	});

	test('a {value} the English string does not have is an error naming the ones it has', () => {
		let message = '';
		try {
			loadConfig(path.resolve('tests/fixtures/content-model/bad-ui-value'));
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			message = error.message.replaceAll(`${path.resolve('.')}/`, '');
		}
		expect(message).toMatchInlineSnapshot(`
			"tests/fixtures/content-model/bad-ui-value/tryblock.yaml:10: **ui.contact.heading**: expected text with no {value}, received "Noch Fragen, {name}?"
			tests/fixtures/content-model/bad-ui-value/tryblock.yaml:9: **ui.search.resultCount.other**: expected text with only {count}, {query}, received "{count} Treffer für {qeury}""
		`);
	});
});
