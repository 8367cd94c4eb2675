import { describe, expect, test } from 'vitest';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: GitBook anchors of headings that start with a number', () => {
	test('a link to #id-4.-import-the-csv-file leads to the heading "4. Import the CSV file"', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-gitbook-numbered-anchors/docs'),
		]);
		expect(articleBody(site.contentDir, 'penal-codes')).toBe(
			'Penal codes come as a sheet too: [import it](/articles/codes/#4-import-the-csv-file) as you import codes.\n',
		);
		expect(stdout).not.toContain('has no heading');
	});
});
