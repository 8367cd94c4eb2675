import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

async function oldAddresses(folder: string): Promise<string[]> {
	const site = emptySite(defaultsMap);
	await runImport(site, ['--from', 'folder', path.join(importFixture('folder-docusaurus-docs-plugins'), folder)]);
	const file = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8'));
	return file.redirects.map((entry: { from: string }) => entry.from);
}

describe('folder import: a Docusaurus site with several docs plugins', () => {
	test('each folder’s pages were served under the routeBasePath of the plugin whose path it is', async () => {
		// The preset's docs plugin names no routeBasePath: docs/ was served at /docs.
		expect(await oldAddresses('docs')).toEqual(['/docs/install']);
		expect(await oldAddresses('content/recipes')).toEqual(['/recipes/dim-the-lights']);
	});
});
