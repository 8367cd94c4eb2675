import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: links GitBook marks broken (/broken/pages/<id>)', () => {
	test('keep their words, are listed as lost on the old site, and ask for no --old-site-url run', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-broken-pages')]);
		const body = articleBody(site.contentDir, 'pair-a-lamp');
		expect(body).toContain('If the light does not blink, see the old reset guide, which has since moved.');
		expect(body).not.toContain('/broken/pages/');
		// A card to a lost page showed GitBook's "Broken link" and led nowhere: it goes.
		expect(body).not.toContain('Broken link');
		expect(stdout).toContain(
			'a {% content-ref %} card to a page GitBook had lost (/broken/pages/Q7pLm2XvRt9KdNw4YhZs) was left out',
		);
		expect(stdout).toContain(
			'a link the old site had already lost (GitBook\'s "/broken/pages/") was removed; its text stays',
		);
		// The old site showed them broken too: its address would bring back nothing.
		expect(stdout).not.toContain('--old-site-url');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
