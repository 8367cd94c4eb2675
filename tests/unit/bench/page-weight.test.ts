import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { longestArticle, pageWeight } from '../../../src/bench/page-weight.ts';

const site = 'tests/fixtures/page-weight/site';
const gzipped = (file: string) => gzipSync(readFileSync(`${site}/${file}`), { level: 9 }).length;

describe('pageWeight', () => {
	test('measures the longest article', () => {
		expect(longestArticle(site)).toBe('/articles/long/');
	});

	test('adds the HTML, its same-site stylesheets, its scripts and the modules they import, each once', () => {
		const weight = pageWeight(site, '/articles/long/');
		expect(weight.assets).toEqual(['/_astro/site.css', '/_astro/main.js', '/_astro/chunk.js']);
		expect(weight.html.gzip).toBe(gzipped('articles/long/index.html'));
		expect(weight.css.gzip).toBe(gzipped('_astro/site.css'));
		expect(weight.js.gzip).toBe(gzipped('_astro/main.js') + gzipped('_astro/chunk.js'));
		expect(weight.total.gzip).toBe(weight.html.gzip + weight.css.gzip + weight.js.gzip);
		expect(weight.total.brotli).toBeLessThan(weight.total.raw);
	});
});
