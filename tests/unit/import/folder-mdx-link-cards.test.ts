import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: block links written in MDX', () => {
	test('a card whose title is an element of its own is a list of cards; links on lines of their own are paragraphs', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mdx-link-cards')]);
		expect(articleBody(site.contentDir, 'kettle-guides')).toBe(
			[
				'- [Boil water](/articles/boil-water/): The first cup\n- [Descale the kettle](/articles/descale-the-kettle/): Once a month',
				'## Talk to us',
				'[Forum](https://forum.example.com/kettles)',
				'[Chat](https://chat.example.com/kettles)\n',
			].join('\n\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
