import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/content-model/errors.ts';
import { loadSynonyms } from '../../../src/search/synonyms-file.ts';

const fixture = (name: string) => `tests/fixtures/search/synonyms/${name}`;

function errorOf(dir: string): string {
	try {
		loadSynonyms(dir);
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('expected an error');
}

describe('content/search/synonyms.yaml', () => {
	test('reads customer words and the knowledge base words for them, normalised', () => {
		expect(loadSynonyms(fixture('valid'))).toEqual([
			{ from: ['junk'], to: ['spam'] },
			{ from: ['throttled'], to: ['rate limit'] },
			{ from: ['token'], to: ['api key', 'secret key'] },
			{ from: ['log', 'in'], to: ['sign in'] },
		]);
	});

	test('no file means no synonyms', () => {
		expect(loadSynonyms('tests/fixtures/search/none')).toEqual([]);
	});

	test('every bad entry is reported with its line and what was expected', () => {
		expect(errorOf(fixture('bad'))).toMatchInlineSnapshot(`
			"tests/fixtures/search/synonyms/bad/search/synonyms.yaml:2: **throttled**: expected a list, received null
			tests/fixtures/search/synonyms/bad/search/synonyms.yaml:3: **token**: expected at least 1 item, received a list of 0"
		`);
	});

	test('a key with no words is refused', () => {
		expect(errorOf(fixture('bad-key'))).toMatchInlineSnapshot(
			`"tests/fixtures/search/synonyms/bad-key/search/synonyms.yaml:2: **!!**: expected a word or phrase customers type, received "spam""`,
		);
	});
});
