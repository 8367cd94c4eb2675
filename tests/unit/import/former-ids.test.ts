import { describe, expect, test } from 'vitest';
import { formerPageIds, formerSourceIds, knownArticle } from '../../../src/import/former-ids.ts';

describe('formerPageIds: the ids an import that read the whole repository gave a page of its pages folder', () => {
	test('a page: the pages folder’s path in front, however deep the folder', () => {
		expect(formerPageIds('kiln/fire-the-kiln', 'docs')).toEqual(['docs/kiln/fire-the-kiln']);
		expect(formerPageIds('wicks/trim-a-wick', 'content/en')).toEqual(['content/en/wicks/trim-a-wick']);
		expect(formerPageIds('guide/thread', 'packages/site/docs')).toEqual(['packages/site/docs/guide/thread']);
		// A folder's index kept by its file's path, beside a page named like the folder.
		expect(formerPageIds('kiln/index', 'docs')).toEqual(['docs/kiln/index']);
	});

	test('the pages folder’s own index page was the folder’s, or kept its path beside a page of the folder’s name', () => {
		expect(formerPageIds('index', 'manual')).toEqual(['manual', 'manual/index']);
	});

	test('a path written with a leading ./, a trailing / or Windows separators reads the same', () => {
		expect(formerPageIds('mix', './pages/')).toEqual(['pages/mix']);
		expect(formerPageIds('mix', 'website\\docs')).toEqual(['website/docs/mix']);
	});

	test('none when the pages are the folder named, or outside it', () => {
		expect(formerPageIds('mix', '')).toEqual([]);
		expect(formerPageIds('mix', '.')).toEqual([]);
		expect(formerPageIds('mix', '../docs')).toEqual([]);
		expect(formerPageIds('mix', '/srv/docs')).toEqual([]);
	});

	test('as sources, spelt as the import spells them: white space percent-encoded; none without a pages folder', () => {
		expect(formerSourceIds('folder', 'Getting started/Pair', 'help pages')).toEqual([
			'folder:help%20pages/Getting%20started/Pair',
		]);
		expect(formerSourceIds('folder', 'index', 'docs')).toEqual(['folder:docs', 'folder:docs/index']);
		expect(formerSourceIds('folder', 'mix', undefined)).toEqual([]);
	});
});

describe('knownArticle: the article already here that a page is', () => {
	const bySource = new Map([
		['folder:docs/kiln/fire', { file: 'articles/fire.mdx', slug: 'fire' }],
		['folder:kiln/cool', { file: 'articles/cool.mdx', slug: 'cool' }],
		['folder:docs/index', { file: 'articles/welcome.mdx', slug: 'welcome' }],
	]);

	test('by the page’s own source first, then by a former spelling, which it says', () => {
		expect(knownArticle(bySource, 'folder:kiln/cool', ['folder:docs/kiln/cool'], new Set())).toEqual({
			file: 'articles/cool.mdx',
			slug: 'cool',
		});
		expect(knownArticle(bySource, 'folder:kiln/fire', ['folder:docs/kiln/fire'], new Set())).toEqual({
			file: 'articles/fire.mdx',
			slug: 'fire',
			formerSourceId: 'folder:docs/kiln/fire',
		});
		expect(knownArticle(bySource, 'folder:index', ['folder:docs', 'folder:docs/index'], new Set())).toEqual({
			file: 'articles/welcome.mdx',
			slug: 'welcome',
			formerSourceId: 'folder:docs/index',
		});
		expect(knownArticle(bySource, 'folder:kiln/load', ['folder:docs/kiln/load'], new Set())).toBeUndefined();
	});

	test('an article another page of the import already took is no other page’s', () => {
		const taken = new Set(['articles/fire.mdx', 'articles/cool.mdx']);
		expect(knownArticle(bySource, 'folder:kiln/fire', ['folder:docs/kiln/fire'], taken)).toBeUndefined();
		expect(knownArticle(bySource, 'folder:kiln/cool', [], taken)).toBeUndefined();
	});
});
