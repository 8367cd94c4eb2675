import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a card’s description, which the old site showed under its title', () => {
	test('a <Card description> (Fumadocs) and a <LinkCard description> (Starlight) keep it after their link or title', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-card-descriptions')]);
		expect(articleBody(site.contentDir, 'start-here')).toBe(
			[
				'Pick a guide.',
				[
					'- [Water a fern](/articles/water-a-fern/): How much, and how often.',
					'- [Repot a fern](/articles/repot-a-fern/): Move it to a `larger` pot.',
					'',
					'  Do it in spring.',
					'- **Pick a spot**: Shade suits most ferns.',
				].join('\n'),
				'[Watering guide](/articles/water-a-fern/): Everything about water, in one place.',
				'[Repotting guide](/articles/repot-a-fern/)\n',
			].join('\n\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
