import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent, nothingPublishedNotes, publishedEntries } from '../../../src/content-model/content.ts';
import { formatProblem } from '../../../src/content-model/errors.ts';

const fixture = (name: string) => path.resolve('tests/fixtures/content-model', name);

describe('loadContent', () => {
	test('reads articles and runbooks at any depth, with defaults applied', () => {
		const content = loadContent(fixture('valid'));
		expect(content.problems).toEqual([]);
		expect(content.articles.map((article) => article.slug)).toEqual(['verify-domain', 'rate-limits']);
		const verify = content.articles[0]?.data;
		expect(verify).toMatchObject({
			tickets: ['FIX-1', '42'],
			tags: [],
			audience: 'public',
			draft: false,
			updated: new Date('2026-05-01'),
		});
		expect(content.runbooks.map((runbook) => runbook.slug)).toEqual(['triage']);
	});

	test('reports every problem with file, line, field, expected and received', () => {
		const content = loadContent(fixture('invalid'));
		const lines = content.problems.map((problem) =>
			formatProblem({ ...problem, file: path.relative(fixture('invalid'), path.resolve(problem.file)) }),
		);
		expect(lines).toMatchInlineSnapshot(`
			[
			  "articles/bad-fields.md:2: **title**: expected at most 100 characters, received "This title is far too long for a help article because it ..."",
			  "articles/bad-fields.md:2: **description**: required: expected text",
			  "articles/bad-fields.md:3: **category**: expected one of reliability, success-outreach, received "billing"",
			  "articles/bad-fields.md:5: **updated**: expected a date (YYYY-MM-DD), received "not a date"",
			  "articles/bad-fields.md:6: unknown field "catgory"",
			  "articles/broken-yaml.md:4: invalid YAML in frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]",
			  "articles/no-frontmatter.md:1: expected frontmatter between "---" lines at the top of the file, found none",
			  "articles/windows-1252.md:9: is not UTF-8 text: byte 0xE9 on this line is not valid UTF-8, so the file is most likely Windows-1252 (Latin-1) (save the file as UTF-8, then check its accented letters and quotes)",
			  "runbooks/no-owner.md:2: **owner**: required: expected text",
			  "articles/verify-domain.md: duplicate slug "verify-domain": tests/fixtures/content-model/invalid/articles/nested/verify-domain.md has the same file name (slugs come from file names and must be unique across articles and runbooks; rename one file)",
			]
		`);
	});

	test('publishes internal articles, drafts and runbooks only to the internal audience', () => {
		const content = loadContent(fixture('valid'));
		expect(publishedEntries(content, 'public').map((entry) => entry.slug)).toEqual(['verify-domain']);
		expect(publishedEntries(content, 'internal').map((entry) => entry.slug)).toEqual([
			'verify-domain',
			'rate-limits',
			'triage',
		]);
	});

	test('says once what a build with nothing to publish means, for each kind it has none of', () => {
		const content = loadContent(fixture('valid'));
		const dir = path.relative(process.cwd(), fixture('valid'));
		expect(nothingPublishedNotes(content, 'public')).toEqual([]);
		expect(nothingPublishedNotes(content, 'internal')).toEqual([]);

		const drafts = { ...content, articles: content.articles.filter((entry) => entry.slug === 'rate-limits') };
		expect(nothingPublishedNotes(drafts, 'public')).toEqual([
			`No article in ${dir}/articles/ is published yet (the one written is a draft or internal): the home page says nothing is published here yet. Astro's warning that the collection "articles" is empty means this, not a mistake in the content config.`,
		]);
		expect(nothingPublishedNotes(drafts, 'internal')).toEqual([]);

		const empty = { ...content, articles: [], runbooks: [] };
		expect(nothingPublishedNotes(empty, 'public')).toEqual([
			expect.stringMatching(/^No article in .+\/articles\/ yet: /),
		]);
		expect(nothingPublishedNotes(empty, 'internal')).toEqual([
			expect.stringMatching(/^No article in .+\/articles\/ yet: /),
			`No runbook in ${dir}/runbooks/ yet: the handbook lists none. Astro's warning that the collection "runbooks" is empty means this, not a mistake in the content config.`,
		]);
	});
});
