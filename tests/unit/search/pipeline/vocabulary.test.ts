import { describe, expect, test } from 'vitest';
import { boundedDistance } from '../../../../src/search/query/edit-distance.ts';
import { spellingVariants } from '../../../../src/search/query/spelling-variants.ts';
import { isDoubleLetterSlip, maxEdits, slipEdits } from '../../../../src/search/query/vocabulary.ts';
import { fixtureVocabulary, vocabularyOf } from './vocabulary-fixture.ts';

const vocabulary = fixtureVocabulary();

describe('edit distance', () => {
	test('counts a swap of neighbours as one edit', () => {
		expect(boundedDistance('recieve', 'receive', 2)).toBe(1);
		expect(boundedDistance('webhok', 'webhook', 2)).toBe(1);
		expect(boundedDistance('domian', 'domain', 2)).toBe(1);
		expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
	});

	test('stops at the bound', () => {
		expect(boundedDistance('spam', 'verification', 2)).toBe(3);
		expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
	});

	test('allows more edits in longer words', () => {
		expect([3, 4, 5, 6, 12].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
	});
});

describe('the vocabulary', () => {
	test('knows its words, their inflections and, from four letters, their beginnings', () => {
		expect(vocabulary.knows('domain')).toBe(true);
		expect(vocabulary.knows('verifying')).toBe(true);
		expect(vocabulary.knows('verified')).toBe(true);
		expect(vocabulary.knows('receiving')).toBe(true);
		expect(vocabulary.knows('signatures')).toBe(true);
		expect(vocabulary.knows('webh')).toBe(true);
		expect(vocabulary.knows('rec')).toBe(false);
		expect(vocabulary.knows('recieve')).toBe(false);
	});

	test('corrects a word it lacks to the nearest known word', () => {
		expect(vocabulary.correct('recieve')).toEqual({ word: 'receive', distance: 1 });
		expect(vocabulary.correct('webhok')).toEqual({ word: 'webhook', distance: 1 });
		expect(vocabulary.correct('unsubscibe')).toEqual({ word: 'unsubscribe', distance: 1 });
		expect(vocabulary.correct('domian')?.word).toBe('domain');
	});

	test('prefers fewer edits, then the same first letter, then the word on more pages', () => {
		// `recipe` (1 page) and `receive` are both two edits from `recive`… receive is one.
		expect(vocabulary.correct('recive')?.word).toBe('receive');
		// `emal` is one edit from `email` (38 pages); nothing else is as close.
		expect(vocabulary.correct('emal')?.word).toBe('email');
	});

	test('takes a double letter typed single (or a single one typed twice) for the commonest slip', () => {
		// `ofline` is one edit from `online` and from `offline`; online is on more pages.
		const small = vocabularyOf({ online: 30, offline: 2, address: 5, adores: 9, comment: 4 });
		expect(small.correct('ofline')?.word).toBe('offline');
		expect(small.correct('adress')?.word).toBe('address');
		expect(small.correct('commment')?.word).toBe('comment');
		// Any other single edit still goes to the word on more pages.
		expect(small.correct('onlane')?.word).toBe('online');
		expect([isDoubleLetterSlip('ofline', 'offline'), isDoubleLetterSlip('offline', 'ofline')]).toEqual([true, true]);
		expect([isDoubleLetterSlip('ofline', 'online'), isDoubleLetterSlip('adres', 'adores')]).toEqual([false, false]);
	});

	test('takes a letter left out for a likelier slip than one mistyped or added', () => {
		// `restaring` is one edit from `restoring` (6 pages) and from `restarting` (2).
		const small = vocabularyOf({ restoring: 6, restarting: 2, reading: 9, reaching: 1, easier: 8, earlier: 3 });
		expect(small.correct('restaring')?.word).toBe('restarting');
		expect(small.correct('reacing')?.word).toBe('reaching');
		expect(small.correct('ealier')?.word).toBe('earlier');
		// A letter mistyped or added still goes to the word on more pages.
		expect(small.correct('restorinb')?.word).toBe('restoring');
		expect([slipEdits('restaring', 'restarting'), slipEdits('restaring', 'restoring')]).toEqual([0.8, 1]);
		expect([slipEdits('ofline', 'offline'), slipEdits('readinng', 'reading')]).toEqual([0.5, 0.5]);
	});

	test('takes a word in the other English spelling for that word, before any closer-looking one', () => {
		// `categorise` is one swap from `categories`, on more pages, but means `categorize`.
		const counts: Record<string, number> = {
			categories: 30,
			categorize: 3,
			color: 5,
			catalogue: 4,
			cancelled: 2,
			for: 40,
		};
		const small = vocabularyOf(counts);
		expect(small.correct('categorise')?.word).toBe('categorize');
		expect(small.correct('colour')?.word).toBe('color');
		expect(small.correct('catalog')?.word).toBe('catalogue');
		expect(small.correct('canceled')?.word).toBe('cancelled');
		expect(spellingVariants('organisations')).toEqual(['organizations']);
		// A short word that only looks like one (`four`, `hour`) has no other spelling.
		expect([spellingVariants('four'), spellingVariants('hour'), spellingVariants('your')]).toEqual([[], [], []]);
	});

	test('corrects a three-letter word for two neighbouring letters swapped, and for nothing else', () => {
		const small = vocabularyOf({ api: 12, csv: 4, url: 9, apt: 1, sms: 3, ssl: 5 });
		expect(small.correct('aip')?.word).toBe('api');
		expect(small.correct('cvs')?.word).toBe('csv');
		expect(small.correct('ulr')).toEqual({ word: 'url', distance: 1 });
		expect(small.correct('ssm')?.word).toBe('sms');
		// One letter mistyped, added or left out: too many short words are that close.
		expect(small.correct('apu')).toBeUndefined();
		expect(small.correct('ssh')).toBeUndefined();
		expect(small.correct('ap')).toBeUndefined();
	});

	test('leaves short words, codes and words nothing resembles alone', () => {
		expect(vocabulary.correct('spm')).toBeUndefined();
		expect(vocabulary.correct('err_429')).toBeUndefined();
		expect(vocabulary.correct('xylophone')).toBeUndefined();
	});

	test('splits a joined word into two known words used on more pages', () => {
		expect(vocabulary.split('ratelimit')).toEqual(['rate', 'limit']);
		expect(vocabulary.split('warmup')).toEqual(['warm', 'up']);
		expect(vocabulary.split('apikey')).toEqual(['api', 'key']);
		expect(vocabulary.split('webhook')).toBeUndefined();
	});

	test('knows when the index may match a word as the start of a longer, different word', () => {
		// `webhooks` is a form of `webhook`; nothing else starts with it.
		expect(vocabulary.hasLongerWords('webhook')).toBe(false);
		expect(vocabulary.hasLongerWords('webhooks')).toBe(false);
		// `webhook` and `ratelimit` start with `web` and `rate` and are other words.
		expect(vocabulary.hasLongerWords('web')).toBe(true);
		expect(vocabulary.hasLongerWords('rates')).toBe(true);
		// `verification` does not start with `verify`; `received` is a form of `receive`.
		expect(vocabulary.hasLongerWords('verify')).toBe(false);
		expect(vocabulary.hasLongerWords('receiving')).toBe(false);
		expect(vocabulary.hasLongerWords('spam')).toBe(false);
		// Short words and codes are assumed to.
		expect(vocabulary.hasLongerWords('up')).toBe(true);
		expect(vocabulary.hasLongerWords('429')).toBe(true);
	});

	test('knows the synonyms the team taught it', () => {
		expect(vocabulary.knows('throttled')).toBe(false);
		const taught = fixtureVocabulary(['throttled']);
		expect(taught.knows('throttled')).toBe(true);
		// Known, but on no page: search uses the synonym, not the word itself.
		expect(taught.indexes('throttled')).toBe(false);
		expect(taught.indexes('domain')).toBe(true);
	});
});
