import { describe, expect, test } from 'vitest';
import { homePageMarkdown } from '../../../src/import/sources/vitepress-home.ts';
import {
	articleBody,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

describe('folder import: an Astro Starlight docs folder', () => {
	test('a splash page keeps its hero’s words and actions, and a <CardGrid> its cards, with no import note', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-starlight/src/content/docs')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		expect(articleBody(site.contentDir, 'orbit-notes-help')).toBe(
			[
				'Write once, read anywhere',
				'Orbit Notes syncs every page in seconds.',
				'- [Sync your first note](/articles/sync-a-note/)\n- [Status page](https://status.example.com/)',
				'* **Offline**: Edits made on a plane sync when you land.\n* **Shared**: Invite a teammate to any notebook.\n',
			].join('\n\n'),
		);
		expect(stdout).not.toContain('frontmatter dropped: template, hero');
		expect(stdout).not.toContain('<CardGrid> component was not converted');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('asides, steps and tabs read as the old site showed them', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-starlight/src/content/docs')]);
		expect(articleBody(site.contentDir, 'sync-a-note')).toBe(
			'<Aside type="tip" title="Before you start">\n  Sign in on both devices.\n</Aside>\n\n1. Open the note.\n2. Tap **Sync**.\n\n## Phone\n\nPull down to refresh.\n\n## Desktop\n\nPress Ctrl+R.\n',
		);
	});
});

describe('folder import: a Starlight page shows a picture of the site’s src/assets by its relative path', () => {
	test.each([
		['the pages folder', 'folder-starlight-assets/src/content/docs'],
		['the site', 'folder-starlight-assets'],
	])('named by %s, the picture is copied beside the article; a path out of the site is not read', async (_, folder) => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture(folder)]);
		const body = articleBody(site.contentDir, 'share-a-note');
		expect(body).toContain('![The share button](./share-a-note/share-button.png)');
		expect(stdout).toContain('images copied 1,');
		expect(stdout).toMatch(/image not copied, left at its old address: \S*glaze-chart\.png \(no such file\)/);
		expect(checkErrors(site.contentDir)).toEqual([expect.stringContaining('glaze-chart.png')]);
	});
});

describe('folder import: a home page’s hero and features hold HTML, which the old site showed as HTML', () => {
	test('a Starlight hero: its title and tagline are the words a reader saw, and a title that is the page’s is not said twice', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-hero-html')]);
		expect(articleBody(site.contentDir, 'welcome-to-lanterns')).toBe(
			[
				'Lanterns light your path & remember where you walked.',
				'- [Light one](/articles/light-a-lantern/)',
				'Choose a lantern to begin.\n',
			].join('\n\n'),
		);
		expect(stdout).not.toContain('span');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a VitePress hero and its features: their tags go, their words stay, and Markdown in them is escaped', () => {
		expect(
			homePageMarkdown({
				layout: 'home',
				hero: { name: 'Lan<wbr>terns', text: 'Lights <em>for</em> walkers', tagline: 'Bright &lt;and&gt; *warm*' },
				features: [{ title: '<b>Solar</b>', details: 'Charges by day,<br/>glows by night' }],
			}),
		).toEqual({
			title: 'Lanterns',
			markdown: [
				'Lights for walkers',
				'',
				'Bright \\<and\\> \\*warm\\*',
				'',
				'* **Solar**: Charges by day, glows by night',
			].join('\n'),
		});
	});
});

describe('folder import: the redirects of a Starlight site’s astro.config', () => {
	test('each old address leads to the page its destination names, through redirects in turn; one that leads nowhere is listed', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-starlight-redirects')]);
		const from = (to: string) => oldAddressesOf(site.contentDir, to);
		expect(from('folder:setup/pair')).toEqual(['/pairing', '/setup/pair']);
		expect(from('folder:about')).toEqual(['/about', '/old-start', '/start']);
		expect(stdout).toContain(
			'astro.config.mjs: redirect /charging → /setup/charge/ leads to no page of the folder; its old address leads nowhere',
		);
		expect(stdout).not.toContain('[slug]');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
