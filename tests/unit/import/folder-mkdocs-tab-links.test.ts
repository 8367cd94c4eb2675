import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: links to a content tab of an MkDocs Material page', () => {
	test("`#__tabbed_1_2`, Material's id for the second tab of the first set, leads to that tab's heading", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-tab-links')]);
		expect(articleBody(site.contentDir, 'water-your-plants')).toContain(
			'[on a tablet](/articles/pair-a-soil-sensor/#tablet), and check\nits [rechargeable battery](/articles/pair-a-soil-sensor/#rechargeable)',
		);
		const sensors = articleBody(site.contentDir, 'pair-a-soil-sensor');
		expect(sensors).toContain('### Tablet');
		expect(sensors).toContain('[tablet pairing](#tablet)');
		expect(stdout).not.toContain('has no heading');
		expect(stdout).not.toContain('leads to no heading');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
