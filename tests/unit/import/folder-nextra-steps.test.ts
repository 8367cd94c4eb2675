import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Nextra steps written as headings inside <Steps>', () => {
	test('each heading is a numbered step under its title in bold, as Fumadocs and Mintlify steps are, and keeps its anchor', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-nextra-steps/content')]);
		expect(articleBody(site.contentDir, 'water-the-garden')).toBe(
			[
				'Check the forecast before you start.',
				'1. <a id="fill-the-can" />**Fill the can**',
				'   Use rain water from the barrel.',
				'2. <a id="pour-at-the-roots" />**Pour at the roots**\n   ```sh\n   valve open --zone beds\n   ```\n   Keep the leaves dry.',
				'3. <a id="check-the-soil-1" />**Check the soil**',
				'## Check the soil',
				'Dry soil a finger deep means it needs more.\n',
			].join('\n\n'),
		);
		expect(articleBody(site.contentDir, 'garden-basics')).toContain(
			'[pour at the roots](/articles/water-the-garden/#pour-at-the-roots)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
