import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { sourceIdOf } from '../../../src/import/source-id.ts';
import { temporaryDir } from '../authoring/helpers.ts';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = `defaults:
  category: usability
  productArea: domains
folder:
  folders:
    "Getting started": { productArea: account }
`;

function sources(contentDir: string): Record<string, string> {
	const dir = path.join(contentDir, 'articles');
	return Object.fromEntries(
		readdirSync(dir)
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => {
				const text = readFileSync(path.join(dir, name), 'utf8');
				const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
				return [name, String(parse(yaml).source)];
			}),
	);
}

/** The fixture plus a file whose name holds a double quote and a colon, which some systems cannot check out. */
function docsFolder(): string {
	const dir = path.join(temporaryDir('folder-names'), 'docs');
	cpSync(importFixture('folder-names'), dir, { recursive: true });
	writeFileSync(path.join(dir, 'Bases', 'Sort: the "Name" column.md'), 'Click a column header to sort by it.\n');
	return dir;
}

describe('folder import: file names as people write them', () => {
	test('the source id keeps the name readable and encodes only white space, control characters and %', () => {
		expect(sourceIdOf('folder', 'guides/send-mail')).toBe('folder:guides/send-mail');
		expect(sourceIdOf('folder', 'Bases/Create a base')).toBe('folder:Bases/Create%20a%20base');
		expect(sourceIdOf('folder', "Réglages de l'éditeur")).toBe("folder:Réglages%20de%20l'éditeur");
		expect(sourceIdOf('folder', '100%\tdone\u202e')).toBe('folder:100%25%09done%E2%80%AE');
		// Distinct names, distinct ids.
		expect(sourceIdOf('folder', 'a%20b')).not.toBe(sourceIdOf('folder', 'a b'));
	});

	test('imports every file whatever its name, and a second import updates instead of duplicating', async () => {
		const site = emptySite(map);
		const folder = docsFolder();
		const first = await runImport(site, ['--from', 'folder', folder]);
		expect(first.stdout).toContain('written 5, updated 0, unchanged 0, skipped 0');
		expect(sources(site.contentDir)).toEqual({
			'create-a-base.mdx': 'folder:Bases/Create%20a%20base',
			'dont-1-tip.mdx': "folder:Bases/Don't%20#1%20tip",
			'rename-views-filters-beta.mdx': 'folder:Bases/Rename%20views%20&%20filters%20(beta)',
			'reglages-de-lediteur.mdx': "folder:Getting%20started/Réglages%20de%20l'éditeur",
			'sort-the-name-column.mdx': 'folder:Bases/Sort:%20the%20"Name"%20column',
		});
		const base = readFileSync(path.join(site.contentDir, 'articles', 'create-a-base.mdx'), 'utf8');
		expect(base).toContain('[rename its views](/articles/rename-views-filters-beta/)');
		expect(base).toContain('[the tip](/articles/dont-1-tip/)');
		const settings = readFileSync(path.join(site.contentDir, 'articles', 'reglages-de-lediteur.mdx'), 'utf8');
		expect(settings).toContain('productArea: account');
		expect(settings).toContain('[Create a base](/articles/create-a-base/)');
		expect(checkErrors(site.contentDir)).toEqual([]);
		// Every old address gets its redirect, percent-encoded as a browser requests it.
		const redirectsFile = path.join(site.contentDir, 'redirects.yaml');
		const redirects = readFileSync(redirectsFile, 'utf8');
		expect(parse(redirects).redirects).toEqual([
			{ from: '/Bases/Create%20a%20base', to: 'folder:Bases/Create%20a%20base' },
			{ from: "/Bases/Don't%20%231%20tip", to: "folder:Bases/Don't%20#1%20tip" },
			{
				from: '/Bases/Rename%20views%20&%20filters%20(beta)',
				to: 'folder:Bases/Rename%20views%20&%20filters%20(beta)',
			},
			{ from: '/Bases/Sort%3A%20the%20%22Name%22%20column', to: 'folder:Bases/Sort:%20the%20"Name"%20column' },
			{
				from: "/Getting%20started/R%C3%A9glages%20de%20l'%C3%A9diteur",
				to: "folder:Getting%20started/Réglages%20de%20l'éditeur",
			},
		]);
		expect(first.stdout).not.toContain('no redirect from');

		writeFileSync(path.join(folder, 'Bases', 'Create a base.md'), '# Create a base\n\nA base is a table of notes.\n');
		const second = await runImport(site, ['--from', 'folder', folder]);
		expect(second.stdout).toContain('written 0, updated 1, unchanged 4, skipped 0');
		expect(readFileSync(redirectsFile, 'utf8')).toBe(redirects);
		expect(Object.keys(sources(site.contentDir))).toHaveLength(5);
		expect(readFileSync(path.join(site.contentDir, 'articles', 'create-a-base.mdx'), 'utf8')).toContain(
			'A base is a table of notes.',
		);
	});
});
