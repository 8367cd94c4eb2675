import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryLanguageData, stopWordsFor } from '../../../../src/search/build/language-stop-words.ts';
import { vocabularyFile, writeSearchVocabulary } from '../../../../src/search/build/search-files.ts';
import { type NodeSearch, openPagefind } from '../../../../src/search/pagefind-node.ts';
import { analyseQuery } from '../../../../src/search/query/analyse.ts';
import { englishQueries, queryLanguage } from '../../../../src/search/query/language.ts';
import { normaliseQuery } from '../../../../src/search/query/normalise.ts';
import { compileSynonyms } from '../../../../src/search/query/synonyms.ts';
import { Vocabulary, withoutAccents } from '../../../../src/search/query/vocabulary.ts';
import { pagefindRanking } from '../../../../src/search/ranking.ts';

const german = queryLanguage(queryLanguageData('de'));
const french = queryLanguage(queryLanguageData('fr'));

/** A vocabulary of `words`, each on one page of ten, in `language`. */
function vocabularyOf(words: string[], language = german): Vocabulary {
	const sorted = [...words].sort();
	return new Vocabulary({ pages: 10, words: sorted.join(' '), counts: sorted.map(() => 1) }, [], language);
}

const queries = (query: string, vocabulary: Vocabulary) =>
	analyseQuery(query, { vocabulary, synonyms: [] }).groups.map((group) =>
		group.alternatives.map((alternative) => alternative.query),
	);

describe("the query pipeline follows the index's language", () => {
	test('English steps run for English only: contractions, its filler and word forms', () => {
		const terms = (query: string, language = englishQueries) =>
			normaliseQuery(query, language).map((word) => word.term);
		expect(terms("I can't log in, 429s")).toEqual(['i', 'can', 'not', 'log', 'in', '429']);
		// French `dont` ("whose") is no English "do not"; `l'adresse` stays one word, as Pagefind indexes it.
		expect(terms("l'adresse dont j'ai besoin", french)).toEqual(['ladresse', 'dont', 'jai', 'besoin']);
		expect(englishQueries.isStopWord('the')).toBe(true);
		expect(german.isStopWord('the')).toBe(false);
		expect(german.baseForms('forgot')).toEqual(['forgot']);
	});

	test("another language's stop words are dropped, its negations and numbers kept", () => {
		const vocabulary = vocabularyOf(['passwort', 'zurücksetzen', 'nicht', 'domain', '429']);
		expect(queries('Wie kann ich mein Passwort zurücksetzen?', vocabulary)).toEqual([['passwort'], ['zurücksetzen']]);
		expect(queries('Domain nicht 429', vocabulary)).toEqual([['domain'], ['nicht'], ['429']]);
	});

	test('a word with its accents left off is the word meant: German, French, Danish, Russian', () => {
		const vocabulary = vocabularyOf(['über', 'straße', 'größe', 'café', 'søg', 'ёлка', 'рассылка']);
		const corrected = (word: string) => analyseQuery(word, { vocabulary, synonyms: [] }).corrections;
		expect(corrected('uber')).toEqual([{ from: 'uber', to: 'über' }]);
		expect(corrected('strasse')).toEqual([{ from: 'strasse', to: 'straße' }]);
		expect(corrected('grosse')).toEqual([]); // `grosse` ("big") is a German stop word: dropped, not corrected
		expect(vocabulary.correct('grosse')).toEqual({ word: 'größe', distance: 0 });
		expect(vocabulary.correct('cafe')).toEqual({ word: 'café', distance: 0 });
		expect(vocabulary.correct('sog')).toEqual({ word: 'søg', distance: 0 });
		expect(vocabulary.correct('елка')).toEqual({ word: 'ёлка', distance: 0 });
		// Spelling correction works on any letters: one Cyrillic letter slipped.
		expect(vocabulary.correct('расылка')).toEqual({ word: 'рассылка', distance: 1 });
		expect(withoutAccents('ærø-straße')).toBe('aero-strasse');
	});

	test('an inflection of a word the index holds is searched as typed, for Pagefind to stem', () => {
		const vocabulary = vocabularyOf(['passwort', 'rechnungen']);
		expect(analyseQuery('passworter rechnung', { vocabulary, synonyms: [] }).groups).toEqual([
			{ typed: 'passworter', alternatives: [{ query: 'passworter', kind: 'typed' }] },
			{ typed: 'rechnung', alternatives: [{ query: 'rechnung', kind: 'typed' }] },
		]);
		// English forms are not guessed for German: `passwrot` is a slip, not a form.
		expect(vocabulary.correct('passwrot')).toEqual({ word: 'passwort', distance: 1 });
	});

	test("the team's synonyms are normalised and matched in the index's language", () => {
		const synonyms = compileSynonyms({ "l'abonnement": 'forfait' }, french);
		expect(synonyms).toEqual([{ from: ['labonnement'], to: ['forfait'] }]);
		const vocabulary = vocabularyOf(['forfait'], french);
		expect(analyseQuery("résilier l'abonnement", { vocabulary, synonyms }).groups.at(-1)?.alternatives).toEqual([
			{ query: 'forfait', kind: 'synonym' },
		]);
	});
});

describe('stop words of a language', () => {
	test('come from the stopword package, folded as the index folds them, negations kept', () => {
		const words = stopWordsFor('de');
		expect(words).toEqual(expect.arrayContaining(['und', 'der', 'die', 'das', 'über', 'dh']));
		expect(words).not.toEqual(expect.arrayContaining(['nicht']));
		expect(words).not.toContain('kein');
		expect(stopWordsFor('fr')).toContain('les');
		expect(stopWordsFor('fr')).not.toContain('sans');
		expect(stopWordsFor('es')).toContain('el');
		expect(stopWordsFor('ru')).toContain('как');
		// Brazilian Portuguese has a list of its own; a language the package lacks has none.
		expect(stopWordsFor('pt-BR')).not.toEqual(stopWordsFor('pt'));
		expect(stopWordsFor('cy')).toEqual([]);
	});

	test('are written for a language other than English only', () => {
		expect(queryLanguageData('en')).toBeUndefined();
		expect(queryLanguageData('en-GB')).toBeUndefined();
		expect(queryLanguageData('de')).toMatchObject({ tag: 'de' });
		expect(queryLanguage(undefined)).toBe(englishQueries);
	});
});

describe('a German index, searched from Node with the browser bundle', () => {
	const dir = path.join(tmpdir(), `tryblock-german-index-${process.pid}`);
	let search: NodeSearch;
	const page = (title: string, body: string) =>
		`<html lang="de"><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

	beforeAll(async () => {
		rmSync(dir, { recursive: true, force: true });
		const { index } = await createIndex({});
		if (!index) throw new Error('Pagefind did not start');
		await index.addHTMLFile({
			url: '/articles/rechnungen/',
			content: page('Rechnungen über das Konto bezahlen', 'Die Rechnungen werden monatlich über das Konto bezahlt.'),
		});
		await index.addHTMLFile({
			url: '/articles/passwort/',
			content: page('Passwort zurücksetzen', 'Ihr Passwort vergessen? Klicken Sie auf Zurücksetzen.'),
		});
		await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
		await close();
		writeSearchVocabulary(dir, [], {}, queryLanguageData('de'));
		search = await openPagefind(dir, pagefindRanking);
	});

	afterAll(async () => {
		await search?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	test("is the language's index, and its vocabulary file says so", () => {
		const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages)).toEqual(['de']);
		const file = JSON.parse(readFileSync(vocabularyFile(dir), 'utf8'));
		expect(file.language.tag).toBe('de');
		expect(search.lexicon.vocabulary.language.english).toBe(false);
	});

	test('finds articles by inflections, without accents, in whole sentences', async () => {
		const slugs = async (query: string) => (await search.search(query, 3)).hits.map((hit) => hit.slug);
		expect(await slugs('rechnung')).toEqual(['rechnungen']);
		expect(await slugs('Wie kann ich mein Passwort zurucksetzen?')).toEqual(['passwort']);
		expect(await slugs('passworter')).toEqual(['passwort']);
		const answer = await search.search('zurucksetzen', 3);
		expect(answer.plan.corrections).toEqual([{ from: 'zurucksetzen', to: 'zurücksetzen' }]);
	});
});
