import { describe, expect, test } from 'vitest';
import { correctionReach } from '../../../src/search/build/correction-reach.ts';
import { Vocabulary } from '../../../src/search/query/vocabulary.ts';

const words = ['account', 'broken', 'picked', 'domain', 'api', 'oauth2', 'sign'];
const reachable = correctionReach(words);

describe('the words spelling correction could turn into a word of the help center', () => {
	test('are those within the edits their length allows', () => {
		// Six letters or more: two edits (`frozen` → `broken`); four or five: one (`sing` → `sign`).
		expect(reachable('frozen')).toBe(true);
		expect(reachable('kicked')).toBe(true);
		expect(reachable('acount')).toBe(true);
		expect(reachable('sing')).toBe(true);
		expect(reachable('domains')).toBe(true);
		expect(reachable('charity')).toBe(false);
		expect(reachable('kick')).toBe(false);
	});

	test('leave out words too short to correct, and words with digits, which are never corrected to', () => {
		expect(reachable('apt')).toBe(false);
		expect(reachable('apix')).toBe(true);
		// `oauth2` is typed as read: `oauthx` is no slip of it.
		expect(reachable('oauthx')).toBe(false);
	});

	test('reach a word two letters from one of the help center, whatever other words it holds', () => {
		// `xxanet` is `planet` with its first two letters mistyped. Both ways of taking those two
		// letters out of `planet` pass through a string two letters out of a longer word.
		expect(correctionReach(['lanetxy', 'panetxy', 'planet'])('xxanet')).toBe(true);
	});

	test('hold every word the corrector reaches', () => {
		const vocabulary = new Vocabulary({ pages: 9, words: words.slice().sort().join(' '), counts: words.map(() => 2) });
		const tried = [
			'frozen',
			'kicked',
			'acount',
			'sing',
			'domains',
			'charity',
			'kick',
			'brake',
			'picket',
			'domian',
			'apix',
		];
		for (const word of tried) if (vocabulary.correct(word)) expect(reachable(word), word).toBe(true);
	});
});
