import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pictures a Docusaurus site showed from its own GitHub repository', () => {
	test('are copied from the site’s files (its organizationName and projectName), offline too; another repository’s stay at their address', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-own-repository-files'), 'docs'),
			'--offline',
		]);
		const body = articleBody(site.contentDir, 'get-the-apps');
		expect(body).toContain('[![Get it on the store](./get-the-apps/store-badge.png)](https://store.example/kestrel)');
		expect(body).toContain('![Architecture](./get-the-apps/diagram.png)');
		expect(body).toContain('![Partner](https://raw.githubusercontent.com/partner/brand/main/logo.png)');
		expect(existsSync(path.join(site.contentDir, 'articles', 'get-the-apps', 'store-badge.png'))).toBe(true);
		expect(stdout).toContain('images copied 2,');
		expect(stdout).not.toContain('store-badge.png (not a file of the folder)');
		expect(stdout).toContain(
			'image not copied, left at its old address: https://raw.githubusercontent.com/partner/brand/main/logo.png (not a file of the folder)',
		);
	});
});
