import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map =
	'defaults:\n  category: usability\n  productArea: account\nfolder:\n  folders:\n    billing: { productArea: billing }\n';

describe('folder import: a page with no text', () => {
	test('an empty file, or a heading over nothing, is no article; its old address leads where its section’s does', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-empty-page')]);
		expect(stdout).toContain('written 1, updated 0, unchanged 0, skipped 2');
		expect(stdout).toContain(
			'billing/security.md: the page holds no text; /billing/security now leads to the page of its product area, billing',
		);
		expect(stdout).toContain('billing/limits.md: the page holds no text');
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('- from: /billing/security\n    to: /areas/billing/\n');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
