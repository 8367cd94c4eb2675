import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe("folder import: attr_list's attributes after a reference-style picture", () => {
	test('`![Alt]{ width="300" }` shows the picture without its attributes, and a theme pair as one', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-image-attributes')]);
		const body = articleBody(site.contentDir, 'the-kettle');
		expect(body).toContain('![The spout](./the-kettle/spout.png) The spout pours without dripping.');
		expect(body).toContain('![The kettle](./the-kettle/kettle.png)');
		expect(body).not.toContain('kettle-dark');
		expect(body).not.toMatch(/width|align|loading|\{/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
