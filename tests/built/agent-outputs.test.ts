import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { kbDocumentSchema } from '../../src/agent/kb-json.ts';
import { parseLlmsTxt } from '../../src/agent/llms-txt.ts';
import { loadContent } from '../../src/content-model/content.ts';
import type { Audience } from '../../src/content-model/schemas/article.ts';
import { isArticleVisible } from '../../src/content-model/visibility.ts';
import { shownCategory } from '../../src/site/customer-terms.ts';

/**
 * The files agents read (llms.txt, llms-full.txt, /articles/<slug>.md, kb.json) hold
 * exactly the articles each build publishes: in the public build every public,
 * non-draft article and nothing else; in the internal build everything, runbooks too.
 * Read from the built sites, after `npm run build` and `npm run build:internal`.
 */
const content = loadContent();
const categoryOf = (id: string) => content.taxonomy.categories.find((category) => category.id === id);
const { url: origin } = content.config.site;
const builds: { audience: Audience; dir: string; command: string }[] = [
	{ audience: 'public', dir: 'dist', command: 'npm run build' },
	{ audience: 'internal', dir: 'dist-internal', command: 'npm run build:internal' },
];

const sorted = (values: Iterable<string>) => [...values].sort();
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const articleSlug = new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/articles/([a-z0-9-]+)(?:\\.md|/)$`);
const slugOfUrl = (url: string) => articleSlug.exec(url)?.[1] ?? url;

/** Markdown with code blocks and code spans taken out: what is left must not be JSX or MDX. */
function proseOf(markdown: string): string {
	return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

describe.each(builds)('agent files of the $audience build', ({ audience, dir, command }) => {
	const published = content.articles.filter((article) => isArticleVisible(article.data, audience));
	const expected = sorted(published.map((article) => article.slug));
	const hidden = content.articles.filter((article) => !isArticleVisible(article.data, audience));
	const runbooks = audience === 'internal' ? content.runbooks : [];

	test('the build exists', () => {
		expect(existsSync(path.join(dir, 'llms.txt')), `build the site first: ${command}`).toBe(true);
	});

	test('llms.txt follows the convention and links the Markdown of every published article', () => {
		const { parsed, problems } = parseLlmsTxt(read(dir, 'llms.txt'));
		expect(problems).toEqual([]);
		expect(parsed.title).toBe(
			audience === 'internal' ? `${content.config.site.name} (internal)` : content.config.site.name,
		);
		const links = parsed.sections.filter((section) => section.name !== 'Runbooks').flatMap((section) => section.links);
		expect(sorted(links.map((link) => slugOfUrl(link.url)))).toEqual(expected);
		for (const link of links) {
			expect(link.url.endsWith('.md'), link.url).toBe(true);
			expect(existsSync(path.join(dir, new URL(link.url).pathname)), link.url).toBe(true);
		}
		const runbookLinks = parsed.sections.find((section) => section.name === 'Runbooks')?.links ?? [];
		expect(runbookLinks.length).toBe(runbooks.length);
		// Customers browse by product area; the team's handbook keeps its ticket categories.
		const terms = audience === 'public' ? content.taxonomy.productAreas : content.taxonomy.categories;
		const sectionNames = parsed.sections.map((section) => section.name).filter((name) => name !== 'Runbooks');
		expect(sectionNames.length).toBeGreaterThan(1);
		expect(terms.map((term) => term.label)).toEqual(expect.arrayContaining(sectionNames));
	});

	test('every published article has its Markdown file, and no other article has one', () => {
		const files = readdirSync(path.join(dir, 'articles')).filter((file) => file.endsWith('.md'));
		expect(sorted(files.map((file) => file.replace(/\.md$/, '')))).toEqual(expected);
		for (const article of published) {
			const markdown = read(dir, `articles/${article.slug}.md`);
			expect(markdown.startsWith(`# ${article.data.title}\n\n> `), article.slug).toBe(true);
			expect(markdown).toContain(`- URL: ${origin}/articles/${article.slug}/\n`);
			expect(proseOf(markdown), article.slug).not.toMatch(/<\/?[A-Z][A-Za-z]*[\s/>]|^(import|export) |\{\/\*/m);
			if (audience === 'internal' && article.data.draft) expect(markdown).toContain('- Status: Draft: not published\n');
			// The category, only where the site shows it: in the handbook, or opted in with customer words.
			const term = categoryOf(article.data.category);
			const shown = term && shownCategory(term, audience);
			if (shown) expect(markdown, article.slug).toContain(`- Category: ${shown.label}\n`);
			else expect(markdown, article.slug).not.toMatch(/^- Category:/m);
		}
	});

	test('every article page points to its Markdown with <link rel="alternate">', () => {
		for (const article of published) {
			const html = read(dir, `articles/${article.slug}/index.html`);
			expect(html, article.slug).toContain(
				`<link rel="alternate" type="text/markdown" href="/articles/${article.slug}.md">`,
			);
		}
	});

	test('llms-full.txt holds every published article (and runbook) once', () => {
		const text = read(dir, 'llms-full.txt');
		const urls = [...text.matchAll(/^- URL: (\S+)$/gm)].map((match) => match[1] ?? '');
		const articleUrls = urls.filter((url) => url.includes('/articles/'));
		expect(sorted(articleUrls.map(slugOfUrl))).toEqual(expected);
		expect(urls.length - articleUrls.length).toBe(runbooks.length);
		for (const article of published) expect(text).toContain(`\n# ${article.data.title}\n`);
		expect(proseOf(text)).not.toMatch(/<\/?[A-Z][A-Za-z]*[\s/>]|^(import|export) |\{\/\*/m);
	});

	test('kb.json validates and holds every published article with its metadata', () => {
		const kb = kbDocumentSchema.parse(JSON.parse(read(dir, 'kb.json')));
		expect(kb.audience).toBe(audience);
		expect(kb.articles.map((article) => article.slug)).toEqual(expected);
		for (const entry of kb.articles) {
			const article = published.find((candidate) => candidate.slug === entry.slug);
			const term = categoryOf(article?.data.category ?? '');
			const shown = term && shownCategory(term, audience);
			expect(entry.category, entry.slug).toBe(shown?.id);
			expect(entry.categoryLabel, entry.slug).toBe(shown?.label);
			expect(entry).toMatchObject({
				title: article?.data.title,
				productArea: article?.data.productArea,
				aliases: article?.data.aliases,
				tags: article?.data.tags,
				draft: article?.data.draft,
			});
			expect(entry.text.length, entry.slug).toBeGreaterThan(200);
			if (audience === 'public') expect(Object.keys(entry)).not.toEqual(expect.arrayContaining(['owner']));
			if (audience === 'public') expect(Object.keys(entry)).not.toEqual(expect.arrayContaining(['tickets']));
		}
		expect(sorted((kb.runbooks ?? []).map((runbook) => runbook.slug))).toEqual(
			sorted(runbooks.map((runbook) => runbook.slug)),
		);
	});

	test('no unpublished article is named in any agent file', () => {
		const files = [
			'llms.txt',
			'llms-full.txt',
			'kb.json',
			...readdirSync(path.join(dir, 'articles'))
				.filter((file) => file.endsWith('.md'))
				.map((file) => `articles/${file}`),
		];
		for (const file of files) {
			const text = read(dir, file);
			for (const article of hidden) {
				expect(text, `${file} names ${article.slug}`).not.toContain(`/articles/${article.slug}`);
				expect(text, `${file} names "${article.data.title}"`).not.toContain(article.data.title);
			}
		}
	});
});

test('the public agent files name no ticket category the taxonomy keeps for the team', () => {
	const hidden = content.taxonomy.categories.filter((category) => !category.customer);
	// Without one, this test could not fail.
	expect(hidden.length).toBeGreaterThan(0);
	const files = ['dist/llms.txt', 'dist/llms-full.txt', 'dist/kb.json'];
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		for (const category of hidden) {
			expect(text, `${file}: ${category.id}`).not.toMatch(new RegExp(`^## ${category.label}$`, 'm'));
			expect(text, `${file}: ${category.id}`).not.toContain(`Category: ${category.label}\n`);
			expect(text, `${file}: ${category.id}`).not.toContain(`"categoryLabel": "${category.label}"`);
			expect(text, `${file}: ${category.id}`).not.toContain(`"category": "${category.id}"`);
		}
	}
});

test('the public build hides articles the internal build has', () => {
	// Without a hidden article, the public checks above could not fail.
	expect(content.articles.some((article) => !isArticleVisible(article.data, 'public'))).toBe(true);
	expect(content.runbooks.length).toBeGreaterThan(0);
});
