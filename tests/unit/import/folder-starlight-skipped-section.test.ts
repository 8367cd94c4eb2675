import { describe, expect, test } from 'vitest';
import { emptySite, importFixture, runImport } from './helpers.ts';

const map = `defaults:
  category: usability
  productArea: account
folder:
  sections:
    "Using the kettle": { productArea: account }
    "Self-hosting": { skip: true }
  folders:
    "help": { productArea: account }
`;

describe('folder import: a page in a folder of its own, in a section the map skips', () => {
	test('is skipped with its section, and its folder is not asked for in the map', async () => {
		const site = emptySite(map);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-starlight-skipped-section'),
		]);
		expect(stdout).toContain('written 1, updated 0, unchanged 0, skipped 1');
		expect(stdout).toContain('the import map skips "Self-hosting"');
		expect(stdout).not.toContain('does not list yet');
		expect(stdout).not.toContain('"help/install": {}');
		expect(exitCode).toBe(0);
	});
});
