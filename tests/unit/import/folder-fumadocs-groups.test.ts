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
});
