import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const folder = [
	'--from',
	'folder',
	importFixture('folder-climbing-links'),
	'--old-site-url',
	'https://help.example.com/manual/en',
];

describe('folder import: a link that climbs out of the folder', () => {
	test('written from the page’s address, as Hugo reads it, leads to the page its path names from the folder’s root', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, folder);
		const body = articleBody(site.contentDir, 'make-your-first-sale');
		expect(body).toContain(
			'Before the first sale, [pair the scanner](/articles/barcode-scanner/#pairing) and check the [till settings](/articles/till-settings/).',
		);
		expect(body).toContain('The [scanner page](/articles/barcode-scanner/) has the same steps.');
		expect(stdout).toContain('links left pointing at the old help center 0');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
