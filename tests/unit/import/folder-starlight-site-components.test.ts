import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Starlight site’s own Astro components and its site address', () => {
	test('a component that only adds a script or styles is left out without an import note; one that shows something keeps its note', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-starlight-site-components')]);
		const body = articleBody(site.contentDir, 'descale-your-kettle');
		expect(body).not.toContain('ScreenshotZoom');
		expect(body.trimStart()).toMatch(/^Fill the kettle halfway/);
		expect(body.match(/Import note/g)).toHaveLength(1);
		expect(body).toContain('The original page used a `<WarrantyBadge>` here; it was not imported.');
		expect(stdout).toContain(
			'the <ScreenshotZoom> component was left out: it only adds a script or styles to the page, and shows nothing on it',
		);
		expect(stdout).toContain(
			"the <WarrantyBadge> component (the site's own, in src/components/WarrantyBadge.astro, which the import cannot read) was not converted",
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('the address in the Astro configuration’s `site` is the old site’s, so links to its other pages stay links to it', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-starlight-site-components')]);
		expect(stdout.split('\n')[0]).toContain('from https://help.kettleworks.dev (named by site in astro.config.mjs)');
		const body = articleBody(site.contentDir, 'descale-your-kettle');
		expect(body).toContain('[contact us](https://help.kettleworks.dev/contact)');
		expect(body).toContain('[our plans](https://help.kettleworks.dev/pricing)');
		expect(body).toContain('[how to fill it](/articles/fill-the-kettle/)');
		expect(stdout).not.toContain('leads to no imported page');
	});
});
