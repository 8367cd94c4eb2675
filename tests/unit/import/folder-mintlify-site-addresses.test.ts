import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map =
	'defaults:\n  category: usability\n  productArea: account\nfolder:\n  sections:\n    Bookings: { productArea: account }\n';

describe("folder import: a Mintlify site's own default address", () => {
	test('a link to a page of the folder at the project’s *.mintlify.app or *.mintlify.site address leads to its article', async () => {
		const site = emptySite(map);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-mintlify-default-address'),
		]);
		expect(stdout).toContain('written 2,');
		const body = articleBody(site.contentDir, 'booking-types');
		expect(body).toContain('[blocking a week](/articles/setting-blackout-days/#block-a-whole-week)');
		expect(body).toContain('[blackout days](/articles/setting-blackout-days/)');
		// An address there that is no page of the folder, and another site's, stay as written.
		expect(body).toContain('[pricing](https://kettle.mintlify.app/pricing)');
		expect(body).toContain("[another product's blackout days](https://teapot.example.com/bookings/time-off)");
		expect(stdout).not.toContain('mintlify.app at the addresses of pages imported here');
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
