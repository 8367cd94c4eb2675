import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: HTML headings in an MDX page', () => {
	test('are headings, a card written as a block link is its heading linked with its words after it', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mdx-html-headings')]);
		expect(articleBody(site.contentDir, 'lantern-help')).toBe(
			[
				'Find your way around.',
				'## [Charging](/articles/charge-a-lantern/)',
				'Keep the battery full.',
				'Read more →',
				'## [Cleaning](/articles/clean-a-lantern/)',
				'Wipe the glass.',
				'## Before you start',
				'Check the box holds a lantern and a cable.',
				'### Spare parts',
				'Order them from the shop.',
				'A heading tag in a sentence, like this, stays words, as **bold** text does.\n',
			].join('\n\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
