import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleBudgetBytes, longestArticle, pageWeight } from '../../src/bench/page-weight.ts';

// `npm run bench -- --only weight` reports the figures; this holds the budget on every run.
describe('page weight of the real public build', () => {
	test('the longest article transfers at most 60 KB, HTML, CSS and JavaScript compressed', () => {
		expect(existsSync('dist/index.html'), 'build the public site first: npm run build').toBe(true);
		const weight = pageWeight('dist', longestArticle('dist'));
		expect(weight.html.gzip).toBeGreaterThan(0);
		expect(weight.css.gzip).toBeGreaterThan(0);
		expect(weight.total.gzip).toBeLessThanOrEqual(articleBudgetBytes);
		// One script file, the header's search box; the theme toggle, copy buttons and feedback widget are inline.
		expect(weight.assets.filter((asset) => asset.endsWith('.js'))).toEqual([
			expect.stringMatching(/^\/_astro\/SearchBox\./),
		]);
	});

	test('counts the scripts of a page that has some (the home page loads search)', () => {
		const home = pageWeight('dist', '/');
		expect(home.assets.some((asset) => asset.endsWith('.js'))).toBe(true);
		expect(home.total.gzip).toBe(home.html.gzip + home.css.gzip + home.js.gzip);
	});
});
