import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Docusaurus heading ids written with a backslash (\\{#id}), as MDX 2 needs', () => {
	test('the id is taken off the heading, backslash and all, and kept as its anchor', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-escaped-heading-ids'), 'docs'),
		]);
		const body = articleBody(site.contentDir, 'server-settings');
		expect(body).toContain('## Data source settings\n');
		expect(body).toContain('<a id="spring-datasource" />');
		expect(body).toContain('- ### `back-end-url`\n');
		expect(body).not.toContain('\\');
		expect(body).not.toContain('{#');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
