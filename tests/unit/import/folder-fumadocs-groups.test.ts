import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fumadocsFolderName } from '../../../src/import/sources/fumadocs-folders.ts';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

const fixture = importFixture('folder-fumadocs-groups');

describe('folder import: Fumadocs folder groups and folders named by their pages', () => {
	test("a folder group, (name)/, adds nothing to its pages' addresses, so links to them lead to the articles", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', fixture]);
		expect(oldAddressesOf(site.contentDir, 'folder:(connections)/github')).toEqual(['/docs/github']);
		expect(oldAddressesOf(site.contentDir, 'folder:(connections)/gitlab')).toEqual(['/docs/gitlab']);
		expect(stdout).not.toContain('leads to no imported page');
		expect(stdout).not.toContain('kept only their words');
		expect(articleBody(site.contentDir, 'welcome-to-kettle-cloud')).toContain('[connecting GitHub](/articles/github/)');
		expect(articleBody(site.contentDir, 'git-sources')).toContain(
			'Kettle Cloud reads code from [GitHub](/articles/github/) or [GitLab](/articles/gitlab/).',
		);
		expect(articleBody(site.contentDir, 'gitlab')).toContain('See also [GitHub](/articles/github/).');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("a folder without a meta.json title is named as Fumadocs' sidebar named it: its index page's title, else its name", () => {
		const docs = path.join(fixture, 'content/docs');
		expect(fumadocsFolderName(path.join(docs, '(connections)'))).toBe('Connections');
		expect(fumadocsFolderName(path.join(docs, 'backups'))).toBe('Backing up your data');
		expect(fumadocsFolderName(importFixture('folder-fumadocs/content/docs/lamp-care'))).toBe('Lamp Care');
	});

	test("a meta.json's separators (---Integrations---) head the pages listed after them, as the sidebar showed them", async () => {
		const site = emptySite();
		await runImport(site, ['--from', 'folder', fixture, '--dry-run']);
		const starter = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(starter).toContain('# "Start here" (2 articles)');
		expect(starter).toContain('# "Integrations › Connections" (2 articles)');
		expect(starter).toContain('# "Keeping data › Backing up your data" (2 articles)');
		writeFileSync(
			path.join(site.contentDir, 'import-map.yaml'),
			`${defaultsMap}folder:\n  sections:\n    "Integrations": { productArea: webhooks }\n`,
		);
		const { stdout } = await runImport(site, ['--from', 'folder', fixture]);
		expect(articleFrontmatter(site.contentDir, 'github')).toContain('productArea: webhooks');
		expect(articleFrontmatter(site.contentDir, 'restore-a-backup')).toContain('productArea: account');
		expect(stdout).not.toContain('Integrations › Connections');
	});

	test('an API reference page fumadocs-openapi generated (<APIPage> alone) is left out on purpose, saying so', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', fixture]);
		expect(stdout).toContain(
			'folder:api/kettles: api/kettles.mdx: an API reference page fumadocs-openapi draws from an OpenAPI spec (<APIPage>), which it generates again from the spec; the import brings the pages people wrote',
		);
		expect(stdout).not.toContain('holds no text');
		expect(articleBody(site.contentDir, 'kettle-cloud-api')).toContain('API keys');
		// Left out on purpose, it asks nobody to review it.
		expect(stdout).not.toMatch(/skipped pages? needs? review/);
	});

	test('a dry run after an import says the articles whose pictures it copied are unchanged, as a second import finds them', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', fixture]);
		expect(articleBody(site.contentDir, 'github')).toContain("![The app's install screen](./github/install-app.png)");
		const { stdout } = await runImport(site, ['--from', 'folder', fixture, '--dry-run']);
		expect(stdout).toContain('would be written 0, would be updated 0, unchanged 7');
	});
});
