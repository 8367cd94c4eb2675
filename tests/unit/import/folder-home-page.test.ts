import { describe, expect, test } from 'vitest';
import { emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: billing\n';

describe('folder import: the old site’s home page', () => {
	test('gets no redirect from /, and the report says why in words a person reads', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-home-page/docs')]);
		expect(stdout).toContain(
			"welcome.mdx: no redirect from /: the old site's home page is the help center's home page here",
		);
		expect(stdout).not.toContain('it is not a path other than');
	});
});
