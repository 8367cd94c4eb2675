import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Hugo aliases and the base path', () => {
	test('an alias from the site’s root stays as written; a relative one is beside the page', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-root-aliases/knowledgebase'),
			'--base-path',
			'/knowledgebase',
		]);
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		for (const from of [
			'/kb/hardware/battery',
			'/knowledgebase/battery-swap',
			'/knowledgebase/hardware/battery',
			'/knowledgebase/power/battery-life',
		])
			expect(redirects).toContain(`- from: ${from}\n    to: folder:hardware/replace-the-battery\n`);
		expect(redirects).not.toContain('/knowledgebase/kb/');
		// Links by the old addresses lead to the article.
		const dock = articleBody(site.contentDir, 'use-the-charging-dock');
		expect(dock).toContain('[swap the battery](/articles/replace-the-terminals-battery/)');
		expect(dock).toContain('[battery life](/articles/replace-the-terminals-battery/)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
