import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: double brackets and percent signs on a Docusaurus page', () => {
	test('stay the words they are: Docusaurus reads no wikilinks or Obsidian comments', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-double-brackets'), 'docs'),
		]);
		const body = articleBody(site.contentDir, 'write-a-prompt');
		expect(body).toMatch(/\| \\?\[\\?\[output_json\\?\]\\?\] +\| Asks the model/);
		expect(body).toMatch(/\| \\?\[\\?\[glossary\\?\]\\?\] +\| Adds/);
		expect(body).toContain('In a printf format, %% writes a percent sign');
		expect(body).toContain('and %%d is no placeholder.');
		expect(body).not.toContain('](');
		expect(stdout).not.toContain('output_json.md');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
