import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a page beside a folder of its name (cast.md and cast/index.md)', () => {
	test('both come over, each its own article, and links lead to each', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-page-beside-index')]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 0');
		expect(articleBody(site.contentDir, 'pair-a-tv')).toBe('Pair the TV with the code it shows.\n');
		expect(articleBody(site.contentDir, 'watching-together')).toBe(
			'Start with [casting](/articles/cast-to-tv/) and [pairing](/articles/pair-a-tv/).\n',
		);
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toContainEqual({ from: '/cast', to: 'folder:cast' });
		expect(redirects).toContainEqual({ from: '/cast/index', to: 'folder:cast/index' });
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
