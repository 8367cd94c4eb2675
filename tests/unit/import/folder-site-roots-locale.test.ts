import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { sitePagesFolder } from '../../../src/import/sources/site-pages-folder.ts';
import { defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const fixture = importFixture('folder-site-roots-locale');

describe('folder import: --locale in a repository of several sites applies to the site imported', () => {
	test('a Hugo starter in examples/ that lacks the locale does not stop the import of the docs site that has it', async () => {
		const site = emptySite(defaultsMap);
		const { stdout, stderr, exitCode } = await runImport(site, ['--from', 'folder', fixture, '--locale', 'ja']);
		expect(stderr).not.toContain('--locale ja');
		// 1: its one section is not in the import map yet.
		expect(exitCode).toBe(1);
		expect(stdout.split('\n')[0]).toContain('folder-site-roots-locale/docs, the pages of the site in');
		const articles = readdirSync(path.join(site.contentDir, 'articles'));
		const written = articles.map((file) => readFileSync(path.join(site.contentDir, 'articles', file), 'utf8'));
		expect(written.join('\n')).toContain('JA-BOOK-CANARY-4101');
		expect(written.join('\n')).not.toContain('Startseite');
	});

	test('the Hugo site itself, when it is the one imported, still refuses a locale it has no pages in', () => {
		expect(() => sitePagesFolder(path.join(fixture, 'examples'), 'ja')).toThrow(
			'--locale ja: the site has no pages in it; its locales are en, de',
		);
		expect(sitePagesFolder(path.join(fixture, 'examples'), 'de')?.folder).toBe(
			path.join(fixture, 'examples/hugo-starter/content/de'),
		);
	});
});
