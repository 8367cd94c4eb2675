import { describe, expect, test } from 'vitest';
import { type ArticleReport, formatImportReport, type ImportReport } from '../../../src/import/report.ts';

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
	};
}

const notesOf = (report: ImportReport) => {
	const lines = formatImportReport(report);
	const start = lines.indexOf('Conversion notes:');
	return start === -1 ? [] : lines.slice(start + 1, lines.indexOf('', start));
};

describe('the import report', () => {
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

	test('a note few articles share stays on each of their lines', () => {
		const articles = [article('a', ['frontmatter dropped: icon']), article('b', ['frontmatter dropped: icon'])];
		expect(notesOf({ label: 'folder', dryRun: false, articles, redirectsAdded: 0, redirectConflicts: [] })).toEqual([
			'  content/articles/a.mdx: frontmatter dropped: icon',
			'  content/articles/b.mdx: frontmatter dropped: icon',
		]);
	});
});
