import { createRequire } from 'node:module';
import { isEnglish } from '../../content-model/schemas/language.ts';
import type { QueryLanguageData } from '../query/language.ts';
import { foldText, splitWords } from '../query/tokens.ts';

/**
 * The `stopword` package's lists are named by ISO 639-3 codes; a BCP 47 tag names a
 * language by its ISO 639-1 code where there is one. Brazilian Portuguese and Punjabi
 * in Gurmukhi have lists of their own.
 */
const LIST_OF: Record<string, string> = {
	af: 'afr',
	ar: 'ara',
	bg: 'bul',
	bn: 'ben',
	br: 'bre',
	ca: 'cat',
	cs: 'ces',
	da: 'dan',
	de: 'deu',
	el: 'ell',
	en: 'eng',
	eo: 'epo',
	es: 'spa',
	et: 'est',
	eu: 'eus',
	fa: 'fas',
	fi: 'fin',
	fil: 'tgl',
	fr: 'fra',
	ga: 'gle',
	gl: 'glg',
	gu: 'guj',
	ha: 'hau',
	he: 'heb',
	hi: 'hin',
	hr: 'hrv',
	hu: 'hun',
	hy: 'hye',
	id: 'ind',
	it: 'ita',
	ja: 'jpn',
	ko: 'kor',
	ku: 'kur',
	la: 'lat',
	lt: 'lit',
	lv: 'lav',
	mr: 'mar',
	ms: 'msa',
	my: 'mya',
	nb: 'nob',
	nl: 'nld',
	no: 'nob',
	pa: 'panGu',
	pl: 'pol',
	pt: 'por',
	'pt-BR': 'porBr',
	ro: 'ron',
	ru: 'rus',
	sk: 'slk',
	sl: 'slv',
	so: 'som',
	st: 'sot',
	sv: 'swe',
	sw: 'swa',
	th: 'tha',
	tl: 'tgl',
	tr: 'tur',
	uk: 'ukr',
	ur: 'urd',
	vi: 'vie',
	yo: 'yor',
	zh: 'zho',
	zu: 'zul',
};

/**
 * Words the lists drop that change what a question asks, as English keeps `not`,
 * `without`, `after` and `until`: negations and order in time. For the languages whose
 * interface Tryblock translates; other languages use their list as it is.
 */
const MEANINGFUL: Record<string, readonly string[]> = {
	de: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'ohne', 'nie', 'niemals', 'nach', 'vor', 'seit', 'bis'],
	fr: ['ne', 'pas', 'non', 'sans', 'jamais', 'après', 'avant', 'depuis', 'jusqu'],
	es: ['no', 'sin', 'nunca', 'después', 'antes', 'desde', 'hasta'],
};

/**
 * The stop words of a language (a canonical BCP 47 tag) from the `stopword` package,
 * folded and split as the index splits words (`d.h` is `dh`), meaningful words and
 * numbers left out; empty for a language it has no list for.
 */
export function stopWordsFor(tag: string): string[] {
	const locale = new Intl.Locale(tag);
	const code = LIST_OF[`${locale.language}-${locale.region}`] ?? LIST_OF[locale.language];
	const lists = createRequire(import.meta.url)('stopword') as Record<string, unknown>;
	const list = code === undefined ? undefined : lists[code];
	if (!Array.isArray(list)) return [];
	const keep = new Set(MEANINGFUL[locale.language] ?? []);
	const words = new Set<string>();
	for (const entry of list) {
		for (const word of splitWords(foldText(String(entry)))) {
			if (!keep.has(word.joined) && !/\d/.test(word.joined)) words.add(word.joined);
		}
	}
	return [...words].sort();
}

/**
 * What the vocabulary file says about the index's language: nothing for English
 * (its steps are in the pipeline's code, and its files stay as they were), else the
 * tag and the language's stop words.
 */
export function queryLanguageData(tag: string): QueryLanguageData | undefined {
	if (isEnglish(tag)) return undefined;
	return { tag, stopWords: stopWordsFor(tag).join(' ') };
}
