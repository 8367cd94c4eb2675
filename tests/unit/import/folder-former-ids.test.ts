import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const fixture = (name: string) => importFixture(`folder-former-ids/${name}`);

/** What an import leaves in the content folder: each article's file, the import state and the redirects. */
function written(contentDir: string): Record<string, string> {
	const files = [
		...readdirSync(path.join(contentDir, 'articles')).map((file) => `articles/${file}`),
		'.import/state.json',
		'redirects.yaml',
	];
	return Object.fromEntries(files.map((file) => [file, readFileSync(path.join(contentDir, file), 'utf8')]));
}

/**
 * The content folder as an import that read the whole repository left it: every `source`
 * (in the articles, the import state and the redirects) with the pages folder's path in
 * front, the folder's own index page named by the folder.
 */
function spellAsEarlierImport(contentDir: string, folder: string): void {
	const earlier = (id: string) => (id === 'index' ? folder : `${folder}/${id}`);
	const rewrite = (file: string, change: (text: string) => string) =>
		writeFileSync(path.join(contentDir, file), change(readFileSync(path.join(contentDir, file), 'utf8')));
	for (const file of readdirSync(path.join(contentDir, 'articles')))
		rewrite(`articles/${file}`, (text) =>
			text.replace(/^source: folder:(.+)$/m, (_, id) => `source: folder:${earlier(id)}`),
		);
	rewrite('redirects.yaml', (text) =>
		text.replace(/^(\s+to: )folder:(.+)$/gm, (_, to, id) => `${to}folder:${earlier(id)}`),
	);
	rewrite('.import/state.json', (text) => {
		const state = JSON.parse(text) as { version: 1; articles: Record<string, unknown> };
		const articles = Object.entries(state.articles).map(([source, record]) => [
			`folder:${earlier(source.slice('folder:'.length))}`,
			record,
		]);
		return JSON.stringify({ ...state, articles: Object.fromEntries(articles) }, null, '\t');
	});
}

describe('folder import: articles an import of the whole repository wrote are the same pages when the import reads the site’s pages folder', () => {
	test.each([
		// Generator, its pages folder, its pages, their old addresses (mdBook's with and without .html; MkDocs' home page has none).
		['docusaurus', 'docs', 3, 3],
		['mkdocs', 'manual', 3, 2],
		['mdbook', 'pages', 1, 2],
		['hugo', 'content/en', 1, 1],
		// VitePress without cleanUrls: with and without .html.
		['vitepress', 'docs', 1, 2],
	])(
		'%s (pages in %s/): updated in place, `source` rewritten to today’s spelling, none skipped for its slug',
		async (name, folder, pages, redirects) => {
			const site = emptySite(defaultsMap);
			const root = fixture(name);
			const first = await runImport(site, ['--from', 'folder', root, '--offline']);
			expect(first.stdout).toContain(`written ${pages}, updated 0, unchanged 0, skipped 0`);
			const fresh = written(site.contentDir);
			spellAsEarlierImport(site.contentDir, folder);
			expect(Object.values(written(site.contentDir)).join('\n')).toContain(`folder:${folder}/`);

			const dry = await runImport(site, ['--from', 'folder', root, '--offline', '--dry-run']);
			expect(dry.stdout).toContain(`would be written 0, would be updated ${pages}, unchanged 0, skipped 0`);
			expect(dry.stdout).toContain(`redirects to add 0, to rename ${redirects} `);
			expect(dry.stdout).not.toContain('already has the slug');

			const again = await runImport(site, ['--from', 'folder', root, '--offline']);
			expect(again.stdout).toContain(`written 0, updated ${pages}, unchanged 0, skipped 0`);
			expect(again.stdout).toContain(
				`redirects added 0, renamed ${redirects} (their \`to\` names the articles' rewritten \`source\`)`,
			);
			expect(again.stdout).toContain(
				`\`source: folder:${folder}/…\` rewritten as \`source: folder:…\`: an earlier import read the whole repository, this one reads its pages folder`,
			);
			// The articles, their records and the redirects are as a first import today writes them.
			expect(written(site.contentDir)).toEqual(fresh);
			expect(checkErrors(site.contentDir)).toEqual([]);

			const third = await runImport(site, ['--from', 'folder', root, '--offline']);
			expect(third.stdout).toContain(`written 0, updated 0, unchanged ${pages}, skipped 0`);
		},
	);

	test('a Docusaurus site as an earlier Tryblock wrote it, a page changed since and one edited here: the change comes over, the edits stay', async () => {
		const site = emptySite(defaultsMap);
		cpSync(fixture('docusaurus-earlier-import'), site.contentDir, {
			recursive: true,
			filter: (file) => path.basename(file) !== 'README.md',
		});
		const result = await runImport(site, ['--from', 'folder', fixture('docusaurus'), '--offline']);
		expect(result.stdout).toContain('written 0, updated 3, unchanged 0, skipped 0');
		expect(result.stdout).not.toContain('already has the slug');
		const read = (slug: string) => readFileSync(path.join(site.contentDir, 'articles', `${slug}.mdx`), 'utf8');

		// Changed in the source, not here: the source's new words.
		expect(read('cool-the-kiln')).toContain('source: folder:kiln/cool-the-kiln\n');
		expect(read('cool-the-kiln')).toContain('Leave the lid shut for a full day before you open it.');
		expect(read('cool-the-kiln')).toContain('updated: 2026-04-20');
		// Edited here, unchanged in the source: the person's title and line stay, with no conflict to review.
		const fire = read('fire-the-kiln');
		expect(fire).toContain('title: Fire the kiln safely\n');
		expect(fire).toContain('Wear the heat gloves from the shelf by the door.');
		expect(fire).toContain('source: folder:kiln/fire-the-kiln\n');
		expect(result.stdout).not.toContain('changed both here');
		expect(result.stdout).not.toContain('no record of an earlier import');
		// The docs folder's own page was the folder's.
		expect(read('welcome-to-the-studio')).toContain('source: folder:index\n');
		// The repository's README the earlier import brought is the team's to keep or delete.
		expect(read('pottery-help-center')).toContain('source: folder:README\n');

		const state = JSON.parse(readFileSync(path.join(site.contentDir, '.import/state.json'), 'utf8')) as {
			articles: Record<string, { file: string }>;
		};
		expect(Object.keys(state.articles).sort()).toEqual([
			'folder:README',
			'folder:index',
			'folder:kiln/cool-the-kiln',
			'folder:kiln/fire-the-kiln',
		]);
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')) as {
			redirects: { from: string; to: string }[];
		};
		expect(redirects.redirects).toEqual([
			{ from: '/README', to: 'folder:README' },
			{ from: '/docs', to: 'folder:index' },
			{ from: '/docs/kiln/cool-the-kiln', to: 'folder:kiln/cool-the-kiln' },
			{ from: '/docs/kiln/fire-the-kiln', to: 'folder:kiln/fire-the-kiln' },
		]);
		expect(checkErrors(site.contentDir)).toEqual([]);

		const again = await runImport(site, ['--from', 'folder', fixture('docusaurus'), '--offline']);
		expect(again.stdout).toContain('written 0, updated 0, unchanged 3, skipped 0');
	});
});
