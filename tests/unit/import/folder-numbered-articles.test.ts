import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: domains\n';
const folder = path.join(importFixture('folder-numbered-articles'), 'en');

describe("folder import of a hosted help center's numbered articles", () => {
	test('a link by the article number leads to the article whatever title follows the number', async () => {
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'folder', folder, '--old-site-url', 'https://help.example.com/en']);
		const body = articleBody(site.contentDir, 'building-reports');
		// The title after the number is the one the article had before it was renamed.
		expect(body).toContain('[how to save one](/articles/saving-filters/)');
		expect(body).toContain('[share the filter behind it](/articles/saving-filters/#sharing-a-saved-filter)');
		expect(body).toContain('[the number-only link](/articles/saving-filters/)');
		// Another number is another article, though the title matches; another locale's path is another page.
		expect(body).toContain('[exporting a report](https://help.example.com/en/articles/8551799-saving-filters)');
		expect(body).toContain('[its own page](https://help.example.com/fr/articles/8551755-enregistrer-des-filtres)');
		expect(result.stdout).toContain('links rewritten 3,');
		// Its old address, the number-only one the help center answered too, and the older title links
		// still name lead to the article; the links that named another article add nothing.
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		for (const from of [
			'/en/articles/8551755-saving-filters',
			'/en/articles/8551755',
			'/en/articles/8551755-limiting-filter-results',
			'/en/articles/8551760',
		])
			expect(redirects).toContain(`from: ${from}\n`);
		expect(redirects).not.toContain('8551799');
		expect(redirects).not.toContain('/fr/');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('so does a link between the pages of a help center saved as a site', async () => {
		const site = emptySite(map);
		await runImport(site, ['--from', 'folder', path.join(importFixture('folder-numbered-articles'), 'saved')]);
		const body = articleBody(site.contentDir, 'schedule-a-campaign');
		expect(body).toContain('[stop a campaign for now](/articles/pause-a-campaign/)');
		expect(body).not.toContain('[deleting one]');
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		for (const from of [
			'/hc/en-us/articles/360004410-Pause-a-campaign',
			'/hc/en-us/articles/360004410',
			'/hc/en-us/articles/360004410-Stopping-a-campaign-for-now',
		])
			expect(redirects).toContain(`from: ${from}\n`);
		expect(redirects).not.toContain('360004499');
	});
});
