import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { disambiguateTitles, type TitledArticle } from '../../../src/import/titles.ts';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: api\n';

/** Each imported article's title, by its file. */
function titles(contentDir: string): Record<string, string | undefined> {
	return Object.fromEntries(
		readdirSync(path.join(contentDir, 'articles'))
			.filter((file) => file.startsWith('install-the-sdk'))
			.map((file) => {
				const text = readFileSync(path.join(contentDir, 'articles', file), 'utf8');
				return [/\nsource: folder:(.*)\n/.exec(text)?.[1], /\ntitle: (.*)\n/.exec(text)?.[1]];
			}),
	);
}

describe('folder import: pages of one folder under the same heading, with sidebar labels', () => {
	test('take the name the sidebar gave them after the folder’s, else their file’s', async () => {
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-sidebar-labels/docs')]);
		expect(titles(site.contentDir)).toEqual({
			'sdk/js': 'Install the SDK (sdk › JavaScript)',
			'sdk/py': 'Install the SDK (sdk › Python)',
			// No label: the file's name.
			'sdk/go': 'Install the SDK (sdk › Go)',
			// A label that is the title again tells nothing apart: the file's name.
			'sdk/overview': 'Install the SDK (sdk › Overview)',
		});
		expect(result.stdout).toContain(
			'title: "Install the SDK" is also another page\'s, so it became "Install the SDK (sdk › JavaScript)"',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('disambiguateTitles with sidebar labels', () => {
	test('pages that share their label too are told apart by their files’ names', () => {
		const articles: TitledArticle[] = [
			{ title: 'Setup', group: 'API', label: 'Getting set up', name: 'Keys', file: 'a.mdx' },
			{ title: 'Setup', group: 'API', label: 'Getting set up', name: 'Webhooks', file: 'b.mdx' },
		];
		disambiguateTitles(articles, new Map());
		expect(articles.map((article) => article.title)).toEqual(['Setup (API › Keys)', 'Setup (API › Webhooks)']);
	});

	test('a title no other page has stays as it is, label or not', () => {
		const articles: TitledArticle[] = [{ title: 'Setup', group: 'API', label: 'Getting set up', file: 'a.mdx' }];
		disambiguateTitles(articles, new Map());
		expect(articles[0]?.title).toBe('Setup');
	});
});
