import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { detectGenerator } from '../../../src/import/sources/generators.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const fixture = (folder: string) => path.join(importFixture('folder-docusaurus-beside-site'), folder);

async function importFolder(folder: string) {
	const site = emptySite(defaultsMap);
	const result = await runImport(site, ['--from', 'folder', fixture(folder)]);
	const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8'));
	return {
		site,
		result,
		slugs: readdirSync(path.join(site.contentDir, 'articles'))
			.filter((name) => name.endsWith('.mdx'))
			.sort(),
		oldAddresses: redirects.redirects.map((entry: { from: string }) => entry.from).sort(),
	};
}

describe('folder import: a Docusaurus docs folder kept beside its site (docs/ and website/)', () => {
	test('is read as the site’s: partials written into their pages, old addresses under /docs, sidebar sections offered', async () => {
		const { site, result, slugs, oldAddresses } = await importFolder('docs');
		expect(result.stdout).toContain('written 3, updated 0, unchanged 0, skipped 2');
		// The partial is no article of its own: the page that imports it shows it.
		expect(slugs).toEqual(['ask-for-a-refund.mdx', 'make-your-first-booking.mdx', 'welcome-to-larkspur.mdx']);
		expect(articleBody(site.contentDir, 'welcome-to-larkspur')).toContain(
			'Rooms can be booked up to ninety days ahead.',
		);
		expect(oldAddresses).toEqual(['/docs/guides/first-booking', '/docs/intro', '/docs/refunds']);
		// Prettier escapes the underscore of an import ('./\_refund-steps.mdx'); in JavaScript \_ is _.
		expect(articleBody(site.contentDir, 'ask-for-a-refund')).toContain('Open Billing, choose the month');
		// A root-relative image is the site's static/ file, copied beside the article.
		expect(result.stdout).toContain('images copied 1');
		expect(articleBody(site.contentDir, 'make-your-first-booking')).toMatch(
			/!\[The room plan\]\(\.\/[^)]*room-plan\.png\)/,
		);

		const dry = emptySite();
		await runImport(dry, ['--from', 'folder', fixture('docs'), '--dry-run']);
		const starter = readFileSync(path.join(dry.contentDir, 'import-map.yaml'), 'utf8');
		expect(starter).toContain('"Getting started": {}');
		expect(starter).toContain('"Billing": { productArea: billing }');
	});

	test('a folder the site’s configuration does not name is no part of it', async () => {
		const { slugs, oldAddresses } = await importFolder('notes');
		expect(slugs).toEqual(['ideas.mdx', 'scratch-notes.mdx']);
		expect(oldAddresses).toEqual(['/_scratch', '/ideas']);
	});

	test('is not looked for among the folders of a home or temporary folder', () => {
		// The site is searched for in the folders beside the docs: in a repository, a few dozen.
		// A folder of thousands (the docs unpacked into Downloads or /tmp) is no repository, and
		// reading every folder below it took seconds before the import began.
		const repository = temporaryDir('beside-site');
		cpSync(importFixture('folder-docusaurus-beside-site'), repository, { recursive: true });
		expect(detectGenerator(path.join(repository, 'docs'))).toMatchObject({ name: 'docusaurus', docsPath: '/docs' });
		for (let index = 0; index < 500; index++) writeFileSync(path.join(repository, `download-${index}.zip`), '');
		expect(detectGenerator(path.join(repository, 'docs'))).toBeUndefined();
	});
});
