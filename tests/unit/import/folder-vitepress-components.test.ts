import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Vue components in VitePress pages', () => {
	test('a theme component converts as the MDX component of its name, or is kept under a note with its line', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-vitepress-components/docs')]);
		const body = articleBody(site.contentDir, 'get-started');
		// A kebab-case name is the one Vue resolves: cards keep their titles and links, each with its words.
		expect(body).toContain(
			'- [Pair the reader](https://help.example.com/pair): Bluetooth pairing, step by step.\n- [Refunds](https://help.example.com/refunds): Give money back at the counter.',
		);
		// Steps, numbered under their titles.
		expect(body).toMatch(/1\. \*\*Open the till\*\*[\s\S]*Press the green button\.[\s\S]*2\. \*\*Scan the item\*\*/);
		// An unknown component keeps its words under a note; one with nothing to show is a note too.
		expect(body).toContain('Closed on public holidays: the sign reads `{closed}`.');
		expect(stdout).toContain(
			'the <KioskNotice> component was not converted; its content is kept: 1 use in 1 article: get-started.mdx (line 35)',
		);
		expect(stdout).toContain(
			'the <ReaderStatus> component was not converted: 1 use in 1 article: get-started.mdx (line 33)',
		);
		// A wrapper that only says where the content renders is its content.
		expect(body).toContain('The till shows its serial number under **Settings › About**.');
		expect(stdout).not.toContain('<ClientOnly>');
		// Vue's bindings are no words and no errors.
		expect(body).not.toMatch(/:cols|v-if|@click|:level/);
		expect(stdout).not.toContain('not valid MDX');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a page holding nothing but a component that shows nothing readable is skipped, not written empty', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-vitepress-components/docs')]);
		expect(stdout).toMatch(/not-found[^\n]*holds no text/);
		expect(stdout).toContain('written 1, updated 0, unchanged 0');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: components in the Markdown pages of a folder from no known generator', () => {
	test('a capitalised element converts as the MDX component of its name; HTML in capitals stays HTML', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-plain-components')]);
		const body = articleBody(site.contentDir, 'reset-a-password');
		expect(body).toContain(
			'- [Reset it yourself](https://help.example.com/reset): From the sign-in page, in two minutes.',
		);
		expect(body).toContain('Written in capitals, as old pages were.');
		expect(stdout).not.toContain('was not converted');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
