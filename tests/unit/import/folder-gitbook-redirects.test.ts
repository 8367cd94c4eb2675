import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a GitBook space’s .gitbook.yaml redirects', () => {
	test('each is an old address of the page whose file it names; one naming no file is listed for review', async () => {
		const site = emptySite(defaultsMap);
		const { stdout, exitCode } = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-redirects')]);
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		// A file named with `.md`, without it, and a folder by its README.
		expect(redirects).toContainEqual({ from: '/pairing', to: 'folder:guides/lamps/pair' });
		expect(redirects).toContainEqual({ from: '/guides/night-mode', to: 'folder:guides/lamps/night-mode' });
		expect(redirects).toContainEqual({ from: '/lamps', to: 'folder:guides/lamps/README' });
		expect(stdout).toContain(
			"The old site's configuration, to review:\n  - .gitbook.yaml: redirect hub/old-reset → hub/factory-reset.md leads to no page of the folder; its old address leads nowhere\n",
		);
		expect(redirects.map((redirect: { from: string }) => redirect.from)).not.toContain('/hub/old-reset');
		expect(exitCode).toBe(1);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
