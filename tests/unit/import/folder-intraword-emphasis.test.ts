import { describe, expect, test } from 'vitest';
import { attentionOf } from '../markdown/attention.ts';
import { articleBody, checkErrors, convertHtml, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: emphasis inside a word', () => {
	test('is written with `*`, which works inside a word, instead of `_` and character references', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-intraword-emphasis/docs')]);
		const body = articleBody(site.contentDir, 'relay-names');
		expect(body).not.toContain('&#x');
		expect(body).toContain('The *Mail*Relay service sends for you, and **Bulk**Send sends many at once.');
		expect(body).toContain('It is un*believ*able how fast a *DNS*check runs, and how *quick*ly it ends.');
		expect(body).toContain('Version v*2*beta reads *é*tiquettes as well.');
		// Emphasis between words keeps the `_` the import has always written.
		expect(body).toContain('Plain _italics_ and _emphasis_ stay as written, as does **bold**.');
		expect(body).toMatch(/\| \*Auto\*Retry +\| tries _again_ +\|/);
		expect(attentionOf(body, 'mdx')).toEqual([
			'emphasis:Mail',
			'strong:Bulk',
			'emphasis:believ',
			'emphasis:DNS',
			'emphasis:quick',
			'emphasis:2',
			'emphasis:é',
			'emphasis:italics',
			'emphasis:emphasis',
			'strong:bold',
			'emphasis:Auto',
			'emphasis:again',
		]);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('an HTML article’s <em> and <i> inside a word come over the same way', () => {
		const { markdown } = convertHtml('<p><em>FTL</em>DNS, <i>re</i>send, x<em>y</em>z and <em>whole</em> words.</p>');
		expect(markdown).toBe('*FTL*DNS, *re*send, x*y*z and _whole_ words.\n');
		expect(attentionOf(markdown, 'mdx')).toEqual(['emphasis:FTL', 'emphasis:re', 'emphasis:y', 'emphasis:whole']);
	});
});
