import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { firstQueryBytes } from '../../src/bench/search.ts';

const partNames = async (query: string) => (await firstQueryBytes('dist', query)).parts.map((part) => part.name);

// `npm run bench:search` reports what a first query downloads; the related-word map
// counts only when the pipeline itself asks for it, as in the browser.
describe('the bytes of a first query on the real public build', () => {
	test('a question whose words the vocabulary holds loads no related words', async () => {
		expect(existsSync('dist/search/vocabulary.json'), 'build the public site first: npm run build').toBe(true);
		expect(await partNames('domain stuck on pending')).not.toContainEqual(expect.stringMatching(/^related words/));
	});

	test('a question with misspelt words loads the parts of the map for their first letters', async () => {
		expect(await partNames('domian stuk pendng')).toContain('related words (d, p, s)');
	});
});
