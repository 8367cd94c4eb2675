import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe("folder import: Material for MkDocs' HTML blocks marked markdown (md_in_html)", () => {
	test("a figure's Markdown is its picture, the light theme's, with its caption under it", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-md-in-html')]);
		const body = articleBody(site.contentDir, 'descale-the-kettle');
		expect(body).toContain(
			'![The kettle from the side](./descale-the-kettle/kettle-light.png)\n\n_Where the chalk gathers_\n\nLift the filter',
		);
		expect(body).toContain('![The mesh filter](./descale-the-kettle/filter.png)\n\n_The filter sits behind the spout_');
		expect(body).not.toContain('kettle-dark');
		expect(body).not.toContain('\\[');
		expect(stdout).toContain("a picture drawn for the dark theme beside the light theme's was left out");
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("a div's Markdown is its list, a one-line element's its link, grid cards a list of cards", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-md-in-html')]);
		const body = articleBody(site.contentDir, 'descale-the-kettle');
		expect(body).toContain('- [x] **Vinegar or citric acid**\n- [x] **A soft brush**');
		expect(body).toContain('More in the [care leaflet](https://example.org/care).');
		// A callout written as HTML holds its words, under its own title.
		expect(body).toContain(
			'<Aside type="caution" title="Mind the steam">\n  Let the kettle cool for **ten minutes** first.\n</Aside>',
		);
		// Each card an item: its title, then its words, without the rule Material draws under the title.
		expect(body).toContain(
			[
				'## Next steps',
				'',
				'- **Rinse it**',
				'',
				'  Boil clean water twice and pour it away.',
				'',
				'  [How to rinse](/articles/descale-the-kettle/#next-steps)',
				'',
				'- **Dry the base**',
				'',
				'  Wipe the base with a dry cloth.',
			].join('\n'),
		);
		expect(body).not.toContain('---');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
