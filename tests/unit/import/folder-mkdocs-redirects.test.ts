import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: an MkDocs site’s mkdocs-redirects plugin', () => {
	test('each redirect_maps entry is an old address of the page it leads to; one to no page is listed for review', async () => {
		const site = emptySite(defaultsMap);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-mkdocs-redirects/docs'),
		]);
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		// The old file's address as MkDocs served it (a folder's index at the folder's), to the page or its section.
		expect(redirects).toContainEqual({ from: '/pairing', to: 'folder:lamps/pair' });
		expect(redirects).toContainEqual({ from: '/old/lamps', to: 'folder:lamps' });
		expect(redirects).toContainEqual({ from: '/hub/night', to: 'folder:lamps#night-mode' });
		expect(stdout).toContain(
			"The old site's configuration, to review:\n  - mkdocs.yml: redirect hub/old-reset.md → hub/factory-reset.md leads to no page of the folder; its old address leads nowhere\n  - mkdocs.yml: redirect status.md → https://status.example.com/ leads to another site; add it to your host's redirects if you keep it\n",
		);
		expect(exitCode).toBe(1);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
