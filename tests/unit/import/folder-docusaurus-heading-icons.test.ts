import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a heading that ends with a picture (a platform’s icon)', () => {
	test('links to it, by its old id or its anchor, lead to the anchor the help center gives it', async () => {
		const site = emptySite(defaultsMap);
		const { exitCode } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-heading-icons'), 'docs'),
		]);
		// The space before the picture stays in the heading's words, so its anchor ends with a hyphen, as the site makes it.
		expect(articleBody(site.contentDir, 'how-the-app-handles-your-data')).toContain(
			'See [Let an instance control your phone](#let-an-instance-control-your-phone-) to turn it off.',
		);
		expect(articleBody(site.contentDir, 'settings')).toContain(
			'Read [where your location goes](/articles/how-the-app-handles-your-data/#location-) and [how to stop remote control](/articles/how-the-app-handles-your-data/#let-an-instance-control-your-phone-).',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
		expect(exitCode).toBe(0);
	});
});
