import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Nextra docs folder', () => {
	test('callouts, tabs titled by items, steps, file trees, cards and code file names are read as Nextra shows them', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra/content')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		expect(stdout).not.toContain('was not converted');
		expect(articleBody(site.contentDir, 'connect-a-label-printer')).toBe(
			[
				'<Aside type="caution">\n  Turn the printer off before plugging it in.\n</Aside>',
				'## USB',
				'Plug the cable into the back.',
				'## Wi-Fi',
				'`pair.sh`',
				'```sh\nprinter pair --wifi\n```',
				'1. <a id="load-the-labels" />**Load the labels**',
				'   Open the lid.',
				'2. <a id="print-a-test-page" />**Print a test page**',
				'   Hold the feed button.',
				'- `labels/`\n  - `shipping.pdf`',
				'Printers need a free USB port.',
				'- [Printer troubleshooting](/articles/printer-troubleshooting/)\n',
			].join('\n\n'),
		);
		// An icon taken out of a sentence leaves one space, not two, and none before a full stop.
		expect(articleBody(site.contentDir, 'printer-troubleshooting')).toContain('Open the Settings page and tap.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a folder is named as the _meta.json of the folder above names it (Nextra 2 and 3 pages, handed over without the site)', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra/content')]);
		expect(stdout).toContain('# "Printer guide" (2 articles)');
	});
});
