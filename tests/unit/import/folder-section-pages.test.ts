import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptySite, importFixture, runImport } from './helpers.ts';

const map = `defaults:
  category: usability
  productArea: account
folder:
  folders:
    payouts: { productArea: billing }
    scanners: { productArea: account }
`;
const folder = ['--from', 'folder', importFixture('folder-section-pages/help'), '--base-path', '/help'];

describe('folder import: section pages skipped for holding only their heading', () => {
	test('are listed as skipped but need no review when their old address now redirects', async () => {
		const site = emptySite(`${map}    legacy: { productArea: api }\n`);
		const { stdout, exitCode } = await runImport(site, folder);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 3');
		for (const line of [
			'payouts/_index.md: a section page with nothing but its heading',
			'/help/payouts now leads to the page of its product area, billing',
			'scanners/index.md: a section page with nothing but its heading',
			'/help/scanners now leads to the page of its product area, account',
			'legacy/README.md: a section page with nothing but its heading',
			'/help/legacy now leads to the page of its product area, api',
		])
			expect(stdout).toContain(line);
		expect(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).toContain(
			'- from: /help/payouts\n    to: /areas/billing/\n',
		);
		expect(stdout).toContain('Imported cleanly.');
		expect(exitCode).toBe(0);
	});

	test('one whose old address leads nowhere still needs review', async () => {
		const site = emptySite(`${map}    legacy: { skip: true }\n`);
		const { stdout, exitCode } = await runImport(site, folder);
		expect(stdout).toContain('legacy/README.md: a section page with nothing but its heading');
		expect(stdout).toContain('its old address leads nowhere: none of its articles are imported');
		expect(stdout).toContain('1 skipped page needs review (listed above).');
		expect(exitCode).toBe(1);
	});
});
