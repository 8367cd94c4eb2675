import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: links to the addresses Next.js served each locale of a Nextra site at', () => {
	test("a link under a locale's name (/es-ES/…, /en-US/…) leads to the brought locale's page of that path", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-locale-addresses')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 2');
		// The Spanish page's anchor names a Spanish heading, so it is left off; the English one's is kept.
		expect(articleBody(site.contentDir, 'set-up-the-lantern')).toBe(
			[
				'Charge it overnight before the first trip. How long a charge lasts is on the',
				'[cache page](/articles/keep-the-charge/), and how to keep it is under',
				'[storing the lantern](/articles/keep-the-charge/#store-the-lantern).\n',
			].join('\n'),
		);
		expect(stdout).toContain('links rewritten 2,');
		expect(stdout).not.toContain('leads to no imported page');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("with --locale es-ES, a link to the old site's English page under /en-US leads to the Spanish page of that path", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-nextra-locale-addresses'),
			'--locale',
			'es-ES',
			'--old-site-url',
			'https://lantern.example',
		]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 2');
		expect(articleBody(site.contentDir, 'preparar-la-linterna')).toBe(
			'Cárguela toda la noche antes del primer viaje. Para guardarla, lea\n[la página en inglés](/articles/conservar-la-carga/).\n',
		);
		expect(stdout).not.toContain('leads to no imported page');
	});
});
