import { describe, expect, test } from 'vitest';
import {
	type ArticleReport,
	formatImportReport,
	type ImportReport,
	skippedReport,
} from '../../../src/import/report.ts';

function article(slug: string, info: string[]): ArticleReport {
	return {
		source: `folder:${slug}`,
		title: slug,
		action: 'created',
		file: `content/articles/${slug}.mdx`,
		audience: 'public',
		draft: false,
		review: [],
		info,
		imagesCopied: 0,
		attachmentsCopied: 0,
		linksRewritten: 0,
		linksOutside: [],
		linksUnlinked: [],
		linksLikeOldSite: [],
	};
}

const notesOf = (report: ImportReport) => {
	const lines = formatImportReport(report);
	const start = lines.indexOf('Conversion notes:');
	return start === -1 ? [] : lines.slice(start + 1, lines.indexOf('', start));
};

describe('the import report', () => {
	test("files of one folder skipped for one reason before they were read are one line with their count; a page's own skip keeps its line", () => {
		const partial = 'a partial, which Antora shows only inside the pages that include it';
		const articles = [
			...[1, 2, 3, 4, 5, 6].map((n) => skippedReport(`modules/ROOT/partials/part-${n}.adoc`, '', partial)),
			skippedReport('modules/admin/partials/one.adoc', '', partial),
			skippedReport('modules/ROOT/pages/empty.adoc', 'Empty page', 'it holds no text'),
		];
		const lines = formatImportReport({
			label: 'folder',
			dryRun: false,
			articles,
			redirectsAdded: 0,
			redirectConflicts: [],
		});
		const start = lines.indexOf('Skipped:');
		expect(lines.slice(start + 1, lines.indexOf('', start))).toEqual([
			`  modules/ROOT/partials/* (6 files): ${partial}`,
			`  modules/admin/partials/one.adoc: ${partial}`,
			'  modules/ROOT/pages/empty.adoc "Empty page": it holds no text',
		]);
		expect(lines.join('\n')).toContain('skipped 8');
	});

	test('files of several folders skipped for one reason are one line at the folder around them', () => {
		const never = 'left out of the old site by Jekyll\'s own exclusions ("vendor/bundle/"), so Jekyll never built it';
		const articles = [
			...['lamp-1.0', 'wick-2.1', 'oil-0.3', 'glass-1.2', 'flame-4.0'].map((gem) =>
				skippedReport(`folder:vendor/bundle/gems/${gem}/README`, '', `vendor/bundle/gems/${gem}/README.md: ${never}`),
			),
			skippedReport('folder:guide/empty', 'Empty', 'the page holds no text'),
		];
		const lines = formatImportReport({
			label: 'folder',
			dryRun: false,
			articles,
			redirectsAdded: 0,
			redirectConflicts: [],
		});
		const start = lines.indexOf('Skipped:');
		expect(lines.slice(start + 1, lines.indexOf('', start))).toEqual([
			`  folder:vendor/bundle/gems/… (5 files in 5 folders): ${never}`,
			'  folder:guide/empty "Empty": the page holds no text',
		]);
	});

	test('a folder source’s reasons, which start by naming their file, group as the same reason', () => {
		const translation = 'a translation (ko); the import brings one locale, en-US';
		const articles = [
			...['cache', 'devtools', 'performance', 'suspense', 'testing'].map((name) =>
				skippedReport(`folder:guide/${name}.ko`, '', `guide/${name}.ko.mdx: ${translation}`),
			),
			skippedReport('folder:guide/other/cache.ko', '', `guide/other/cache.ko.mdx: ${translation}`),
		];
		const lines = formatImportReport({
			label: 'folder',
			dryRun: false,
			articles,
			redirectsAdded: 0,
			redirectConflicts: [],
		});
		const start = lines.indexOf('Skipped:');
		expect(lines.slice(start + 1, lines.indexOf('', start))).toEqual([
			`  folder:guide/* (5 files): ${translation}`,
			`  folder:guide/other/cache.ko: guide/other/cache.ko.mdx: ${translation}`,
		]);
	});

	test('the last line counts the articles written for review apart from the pages skipped for it', () => {
		const summaryOf = (articles: ArticleReport[]) =>
			formatImportReport({ label: 'folder', dryRun: false, articles, redirectsAdded: 0, redirectConflicts: [] }).at(-1);
		const toReview = ['a', 'b', 'c'].map((slug) => ({
			...article(slug, []),
			review: ['an image could not be copied'],
		}));
		const broken = ['d', 'e'].map((slug) => skippedReport(`folder:${slug}`, slug, 'invalid YAML in frontmatter'));
		const wanted = skippedReport('folder:f', 'f', 'the import map skips "legacy"', { skipWanted: true });
		expect(summaryOf([...toReview, ...broken, wanted])).toBe(
			'3 articles and 2 skipped pages need review (listed above).',
		);
		expect(summaryOf([...toReview, wanted])).toBe('3 articles need review (listed above).');
		expect(summaryOf([broken[0] as ArticleReport])).toBe('1 skipped page needs review (listed above).');
	});

	test('a note many articles share is one line with their count, and each article keeps its own notes', () => {
		const articles = ['a', 'b', 'c', 'd', 'e'].map((slug) => article(slug, ['frontmatter dropped: icon']));
		articles.push(
			article('welcome', ['frontmatter dropped: icon', 'no redirect from /: the home page is the home page here']),
		);
		articles.push(article('billing', ['scripts removed']));
		expect(notesOf({ label: 'folder', dryRun: false, articles, redirectsAdded: 0, redirectConflicts: [] })).toEqual([
			'  frontmatter dropped: icon: 6 articles (a.mdx, b.mdx, c.mdx, …)',
			'  content/articles/welcome.mdx: no redirect from /: the home page is the home page here',
			'  content/articles/billing.mdx: scripts removed',
		]);
	});

	test('a note that differs only in how many it counts is one line, however many each article has', () => {
		const kept = (n: number) => `${n} heading ids of the old site kept as anchors before their headings`;
		const articles = [
			article('a', [kept(4)]),
			article('b', [kept(5)]),
			article('c', [kept(4), 'scripts removed']),
			article('d', [kept(11)]),
			article('e', ['1 heading id of the old site kept as an anchor before its heading']),
			article('f', ['404 page left out']),
		];
		expect(notesOf({ label: 'folder', dryRun: false, articles, redirectsAdded: 0, redirectConflicts: [] })).toEqual([
			'  heading ids of the old site kept as anchors before their headings: 4 articles (a.mdx 4, b.mdx 5, c.mdx 4, …)',
			'  content/articles/c.mdx: scripts removed',
			'  content/articles/e.mdx: 1 heading id of the old site kept as an anchor before its heading',
			'  content/articles/f.mdx: 404 page left out',
		]);
	});

	test('a note few articles share stays on each of their lines', () => {
		const articles = [article('a', ['frontmatter dropped: icon']), article('b', ['frontmatter dropped: icon'])];
		expect(notesOf({ label: 'folder', dryRun: false, articles, redirectsAdded: 0, redirectConflicts: [] })).toEqual([
			'  content/articles/a.mdx: frontmatter dropped: icon',
			'  content/articles/b.mdx: frontmatter dropped: icon',
		]);
	});
});
