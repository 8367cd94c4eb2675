import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe("folder import: Material's annotations in text ({ .annotate })", () => {
	test('markers and their notes read as footnotes, numbered over the page', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-annotations')]);
		const body = articleBody(site.contentDir, 'filters');
		expect(body).toContain('Rinse the limescale filter[^note-1] every week and replace it every six months[^note-2].');
		expect(body).toContain('[^note-1]: The mesh behind the spout. It lifts out when the lid is open.');
		expect(body).toMatch(/\[\^note-2\]: Replacement filters come in packs of two:\n\n {4}```\n {4}KF-200\n {4}```/);
		expect(body).toContain('The water tank[^note-3] holds 1.7 litres.');
		expect(body).toContain('[^note-3]: Fill it through the lid, never through the spout.');
		expect(body).toContain('A line that only counts (1) stays as written.');
		expect(body).not.toMatch(/^1\. /m);
		// An admonition marked `annotate`: its title's note opens its words, as a title holds no reference.
		expect(body).toContain('<Aside type="tip" title="Descale monthly">');
		expect(body).toContain('Hard water[^note-5] leaves scale faster.[^note-4]');
		expect(body).toContain('[^note-4]: Or every two weeks where the water is hard.');
		expect(body).toContain('[^note-5]: Water with much calcium in it.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
