import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Docusaurus partials and the names they import', () => {
	test('a partial’s own import of a name the page also uses shows the partial’s file, once', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-partial-scopes'), 'docs'),
		]);
		const body = articleBody(site.contentDir, 'descale-the-kettle');
		// `<Warranty />` in _warranty.mdx is its own import (the terms), not the page's _warranty.mdx again.
		expect(body.match(/## Warranty/g)).toHaveLength(1);
		expect(body).toContain('Descaling with vinegar keeps the two-year warranty.');
		// `<Tip />` in _steps.mdx is the rinse, and the page's `<Tip />` is the page's tip.
		expect(body.match(/Rinse it three times/g)).toHaveLength(1);
		expect(body.match(/Descale once a month/g)).toHaveLength(1);
		expect(body.indexOf('Rinse it three times')).toBeLessThan(body.indexOf('Descale once a month'));
		expect(body).not.toContain('Import note');
		expect(stdout).not.toContain('nest deeper');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a picture component whose address and description are strings written as code keeps its picture', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-partial-scopes'), 'docs'),
		]);
		const body = articleBody(site.contentDir, 'fill-the-kettle');
		expect(body).toMatch(/!\[The fill line inside the kettle\]\([^)]*fill-line\.png\)/);
		expect(body).toMatch(/!\[The open lid\]\([^)]*lid\.png\)/);
		expect(body).not.toContain('Import note');
		expect(stdout).not.toContain('<KettleShot> component');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a video component that names its video in <source> elements becomes a link to the video', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-partial-scopes'), 'docs'),
		]);
		const body = articleBody(site.contentDir, 'boil-water');
		expect(body).toMatch(/\[[^\]]*\]\([^)]*boil\.mp4\)/);
		expect(body).not.toContain('Import note');
		expect(stdout).not.toContain('<Recording> component');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
