import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/authoring/check-command.ts';
import { listContentFiles } from '../../../src/authoring/content-files.ts';
import { loadContent, publishedFiles } from '../../../src/content-model/content.ts';
import { formatProblem } from '../../../src/content-model/errors.ts';
import { displayPath } from '../../../src/content-model/paths.ts';
import { temporaryDir } from '../temporary-dir.ts';

const fixture = (name: string) => path.resolve('tests/fixtures/content-model', name);

/** Problems as a person reads them, with paths relative to the content folder. */
function problemLines(contentDir: string): string[] {
	return loadContent(contentDir).problems.map((problem) =>
		formatProblem(problem).replaceAll(`${displayPath(contentDir)}/`, ''),
	);
}

/** A copy of the valid fixture with links planted in it, outside the repository. */
function contentWithLinks(): { contentDir: string; elsewhere: string } {
	const root = temporaryDir('links');
	const contentDir = path.join(root, 'content');
	cpSync(fixture('valid'), contentDir, { recursive: true });
	// A folder elsewhere holding a file with the slug of a real article, linked into articles/.
	const elsewhere = path.join(root, 'elsewhere');
	mkdirSync(elsewhere);
	writeFileSync(
		path.join(elsewhere, 'verify-domain.md'),
		'---\ntitle: Replaced\ndescription: A linked copy.\ncategory: reliability\nproductArea: domains\nupdated: 2026-05-01\n---\n\nNot the real article.\n',
	);
	symlinkSync(elsewhere, path.join(contentDir, 'articles', 'shared'), 'dir');
	// A file linked into articles/ that is really a runbook.
	symlinkSync(path.join(contentDir, 'runbooks', 'triage.md'), path.join(contentDir, 'articles', 'triage-copy.md'));
	return { contentDir, elsewhere };
}

describe('entry files', () => {
	test('file names that cannot be slugs, case twins and other Markdown extensions are reported, not skipped', () => {
		expect(problemLines(fixture('file-names'))).toMatchInlineSnapshot(`
			[
			  "articles/legacy.markdown: not read: articles are .md or .mdx files, and this one ends in ".markdown" (rename it to legacy.md)",
			  "articles/notes.MD: not read: articles are .md or .mdx files, and this one ends in ".MD" (rename it to notes.md)",
			  "articles/My Article.md: file name "My Article" is not a valid slug: slugs are lowercase letters, digits and hyphens, and become the page's URL (rename it to my-article.md)",
			  "articles/Réglages du domaine.md: file name "Réglages du domaine" is not a valid slug: slugs are lowercase letters, digits and hyphens, and become the page's URL (rename it to reglages-du-domaine.md)",
			  "articles/Verify-Domain.md: slug "Verify-Domain" differs from "verify-domain" (articles/verify-domain.mdx) only in case, and macOS, Windows and many hosts treat the two as one file (merge the two, or give this one a different lowercase name)",
			]
		`);
		// Only the file with a valid name is read as an article; other files (a .txt note) are not content.
		const content = loadContent(fixture('file-names'));
		expect(content.articles.map((article) => article.slug)).toEqual(['verify-domain']);
	});

	test('npm run check fails on them', () => {
		const issues = checkContent(loadContent(fixture('file-names')), { root: process.cwd(), today: new Date() });
		expect(issues.filter((issue) => issue.kind.severity === 'error')).toHaveLength(5);
	});

	test('links in the content folders are refused with a message, and nothing behind them is read', () => {
		const { contentDir } = contentWithLinks();
		expect(problemLines(contentDir)).toEqual([
			'articles/shared: is a symbolic link, and Tryblock does not follow links in the content folders (the site, npm run check and every command read only real files here: move or copy the files into this folder)',
			'articles/triage-copy.md: is a symbolic link, and Tryblock does not follow links in the content folders (the site, npm run check and every command read only real files here: move or copy the files into this folder)',
		]);
		const content = loadContent(contentDir);
		const verify = content.articles.find((article) => article.slug === 'verify-domain');
		expect(verify?.data.title).toBe('Verify your domain');
		// Every reader sees the same files: the commands' list of names also holds the linked
		// file, which they refuse to edit by name, and nothing behind the linked folder.
		expect(listContentFiles(contentDir).map((file) => path.relative(contentDir, file.file))).toEqual([
			'articles/domains/verify-domain.md',
			'articles/rate-limits.mdx',
			'articles/triage-copy.md',
			'runbooks/triage.md',
		]);
		expect(publishedFiles(content, 'internal', 'article').map((file) => path.relative(contentDir, file))).toEqual([
			'articles/domains/verify-domain.md',
			'articles/rate-limits.mdx',
		]);
	});

	test('a duplicate slug in a real subfolder still fails', () => {
		const { contentDir, elsewhere } = contentWithLinks();
		rmSync(path.join(contentDir, 'articles', 'shared'));
		rmSync(path.join(contentDir, 'articles', 'triage-copy.md'));
		cpSync(elsewhere, path.join(contentDir, 'articles', 'shared'), { recursive: true });
		expect(problemLines(contentDir)).toEqual([
			'articles/shared/verify-domain.md: duplicate slug "verify-domain": articles/domains/verify-domain.md has the same file name (slugs come from file names and must be unique across articles and runbooks; rename one file)',
		]);
	});
});
