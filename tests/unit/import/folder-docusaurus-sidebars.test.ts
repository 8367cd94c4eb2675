import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	docusaurusDocsSidebars,
	docusaurusNavbarDocsLinks,
} from '../../../src/import/sources/docusaurus-docs-routes.ts';
import { sidebarIdTitle } from '../../../src/import/sources/docusaurus-sidebars.ts';
import { articleFrontmatter, emptySite, importFixture, runImport } from './helpers.ts';

/** The map's `sections:` entries a first dry run writes for a fixture folder, and what it printed. */
async function starterSections(folder: string): Promise<{ sections: string[]; stdout: string }> {
	const site = emptySite();
	const { stdout } = await runImport(site, ['--from', 'folder', importFixture(folder), '--dry-run']);
	const map = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
	const sections = [...map.matchAll(/^ {4}("[^\n]*"): \{/gm)].map((match) => JSON.parse(match[1] as string));
	return { sections, stdout };
}

describe('folder import: a Docusaurus site with several docs plugins, each with its sidebars file', () => {
	test('each folder’s pages get the sections of the sidebars file of the plugin whose path it is', async () => {
		const community = await starterSections('folder-docusaurus-plugin-sidebars/community');
		expect(community.sections).toEqual(['Join in', 'Meetups']);
		// The preset's docs plugin serves docs/ and names its file as `require.resolve` does, without extension.
		const docs = await starterSections('folder-docusaurus-plugin-sidebars/docs');
		expect(docs.sections).toEqual(['Start here']);
	});
});

describe('folder import: a Docusaurus sidebars file holding several sidebars', () => {
	test('the navbar item leading to each sidebar is its outermost section, a top-level page’s own', async () => {
		const { sections } = await starterSections('folder-docusaurus-several-sidebars/docs');
		// `Getting started` of each sidebar stays apart; the API sidebar is named by the navbar's link to a doc in it.
		expect(sections).toEqual([
			'Developers',
			'Developers › Getting started',
			'User guide',
			'User guide › Getting started',
			'User guide › Sharing',
		]);
	});

	test('pages placed by a sidebar’s section; titles two pages share told apart by their sections', async () => {
		const map =
			'defaults:\n  category: usability\n  productArea: domains\nfolder:\n  sections:\n    "Developers": { productArea: api }\n    "User guide › Getting started": { productArea: account }\n';
		const site = emptySite(map);
		await runImport(site, ['--from', 'folder', importFixture('folder-docusaurus-several-sidebars/docs')]);
		const field = (slug: string, name: string) =>
			new RegExp(`^${name}: (.+)$`, 'm').exec(articleFrontmatter(site.contentDir, slug))?.[1];
		expect(field('quillpad-api', 'productArea')).toBe('api');
		expect(field('create-a-token', 'productArea')).toBe('api');
		expect(field('write-your-first-note', 'productArea')).toBe('account');
		expect(field('welcome-to-quillpad', 'productArea')).toBe('domains');
		expect([field('install', 'title'), field('install-user-guide-getting-started', 'title')].sort()).toEqual([
			'Install (Developers › Getting started)',
			'Install (User guide › Getting started)',
		]);
	});

	test('a sidebar no navbar item names, or names with a computed label, is named by its id', async () => {
		const { sections, stdout } = await starterSections('folder-docusaurus-unlabelled-sidebars/docs');
		// The troubleshooting sidebar's one category has its name: not `Troubleshooting › Troubleshooting › Sync`.
		expect(sections).toEqual(['Questions\u001b[31m answered', 'Troubleshooting', 'Troubleshooting › Sync', 'Tutorial']);
		// The label is the site's text: it reaches the terminal without its escape sequence.
		expect(stdout).toContain('from Questions answered');
		expect(stdout).not.toContain('\u001b');
	});
});

describe('reading a Docusaurus configuration’s docs plugins and navbar as code', () => {
	test('literal values are read; computed ones are not, and nothing fails', () => {
		const code = `
			const path = require('path');
			module.exports = {
				presets: [['classic', { docs: { sidebarPath: path.resolve(__dirname, 'sidebars.js') } }]],
				plugins: [
					['@docusaurus/plugin-content-docs', { id: 'kb', path: './kb/', sidebarPath: false }],
					['@docusaurus/plugin-content-docs', { id: pluginId(), path: folder, sidebarPath: './s.js' }],
				],
				themeConfig: { navbar: { items: [
					{ type: 'docSidebar', sidebarId: 'kbSidebar', docsPluginId: 'kb', label: 'Knowledge base' },
					{ type: 'doc', docId: 'intro', label: translate({ message: 'Docs' }) },
					{ type: 'docSidebar', sidebarId: 'other', docsPluginId: someId },
				] } },
			};`;
		expect(docusaurusDocsSidebars(code, false)).toEqual([
			{ id: 'default', folder: 'docs', sidebarPath: { kind: 'unread' } },
			{ id: 'kb', folder: 'kb', sidebarPath: { kind: 'none' } },
			{ id: undefined, folder: undefined, sidebarPath: { kind: 'file', file: './s.js' } },
		]);
		expect(docusaurusNavbarDocsLinks(code, false)).toEqual([
			{ pluginId: 'kb', sidebarId: 'kbSidebar', label: 'Knowledge base' },
			{ pluginId: 'default', docId: 'intro', label: undefined },
			{ pluginId: undefined, sidebarId: 'other', label: undefined },
		]);
		expect(docusaurusDocsSidebars('module.exports = {', false)).toBeUndefined();
		expect(docusaurusNavbarDocsLinks('module.exports = {', false)).toEqual([]);
	});

	test('a sidebar’s id made readable', () => {
		expect(sidebarIdTitle('gettingStartedSidebar')).toBe('Getting started');
		expect(sidebarIdTitle('api_reference')).toBe('Api reference');
		expect(sidebarIdTitle('SDKGuides')).toBe('SDK guides');
		expect(sidebarIdTitle('sidebar')).toBe('Sidebar');
		expect(sidebarIdTitle('--')).toBeUndefined();
	});
});
