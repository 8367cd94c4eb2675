import { describe, expect, test } from 'vitest';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	runImport,
} from './helpers.ts';

describe('folder import: a Hugo site whose theme is in a shared themes folder', () => {
	test("a shortcode of the theme's, filed in a folder (product/name), is written as its template shows it", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-hugo-shared-theme/sites/docs'),
		]);
		expect(articleBody(site.contentDir, 'charge-your-lantern')).toBe(
			'Lantern Cloud shows the battery level on the dashboard.\n\n```sh\nlantern charge --level PERCENT\n```\n',
		);
		expect(articleBody(site.contentDir, 'lantern-docs')).toBe('Help for Lantern Cloud.\n');
		// In a title and a description, which the theme showed through .RenderString, it is its words too.
		const billing = articleFrontmatter(site.contentDir, 'pay-for-lantern-cloud');
		expect(billing).toContain('title: Pay for Lantern Cloud');
		expect(billing).toContain('description: How Lantern Cloud bills you each month.');
		expect(stdout).not.toContain('was not converted');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
