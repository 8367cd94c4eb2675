import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pngSize } from '../../src/brand/image-size.ts';
import type { TaxonomyTerm } from '../../src/content-model/schemas/taxonomy.ts';
import { loadTaxonomy } from '../../src/content-model/settings.ts';
import { type BuildResult, buildSite } from './helpers/build-site.ts';
import { listFiles, readDecompressed } from './helpers/scan-output.ts';

/**
 * Customers browse by product area: the public build shows no ticket category, in any
 * page or search filter, unless the taxonomy gives it customer-facing words, and no
 * "Also searched as" list. Checked on the built files, not on the code that writes them.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const htmlText = (text: string) => text.replaceAll("'", '&#39;').replaceAll('"', '&quot;');

/** Pages of a build, by site path, with their HTML. */
function pagesOf(dir: string): Map<string, string> {
	return new Map(
		listFiles(dir)
			.filter((file) => file.endsWith('.html'))
			.map((file) => [
				`/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`,
				readFileSync(path.join(dir, file), 'utf8'),
			]),
	);
}

/**
 * A page without the words of its article: an author may well write "Reliability" in a
 * table of their own. What is left is what the help center itself puts around them.
 */
function chromeOf(html: string): string {
	return html.replace(/<div class="prose">[\s\S]*?(?=<section class="feedback"|<\/article>)/, '');
}

/** Where a category shows in a page: its name as the whole text of an element, its description, a link to its page. */
function categoryTraces(html: string, category: Pick<TaxonomyTerm, 'id' | 'label' | 'description'>): string[] {
	const traces: string[] = [];
	if (new RegExp(`>\\s*${escapeRegExp(category.label)}\\s*<`, 'i').test(chromeOf(html)))
		traces.push(`"${category.label}" as an element's text`);
	if (html.includes(htmlText(category.description)) || html.includes(category.description))
		traces.push('its description');
	if (html.includes(`href="/categories/${category.id}/"`)) traces.push('a link to its page');
	if (new RegExp(`content="${escapeRegExp(category.label)}"`, 'i').test(html))
		traces.push(`"${category.label}" in a meta tag`);
	return traces;
}

/** The names and values of the search filters, from Pagefind's compressed filter files. */
function searchFilters(dir: string): string {
	const filterDir = path.join(dir, 'pagefind/filter');
	return listFiles(filterDir)
		.map((file) => readDecompressed(path.join(filterDir, file)))
		.join('\n');
}

function redirectTarget(html: string): string | undefined {
	return /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(html)?.[1];
}

describe('the public build of the demo', () => {
	let pages: Map<string, string>;
	const taxonomy = loadTaxonomy();
	const hidden = taxonomy.categories.filter((category) => !category.customer);

	beforeAll(() => {
		expect(existsSync('dist/index.html'), 'build the public site first: npm run build').toBe(true);
		pages = pagesOf('dist');
	});

	test('the demo keeps every ticket category for the team', () => {
		expect(hidden).toHaveLength(taxonomy.categories.length);
	});

	test('no page shows "Also searched as"', () => {
		const found = [...pages].filter(([, html]) => /also searched as/i.test(html)).map(([page]) => page);
		expect(found).toEqual([]);
	});

	test('no page shows a ticket category: not as a heading, link, badge or meta tag, nor its description', () => {
		const found = [...pages].flatMap(([page, html]) =>
			hidden.flatMap((category) => categoryTraces(html, category).map((trace) => `${page}: ${category.id}: ${trace}`)),
		);
		expect(found).toEqual([]);
	});

	test('search filters by product area, not by category', () => {
		const filters = searchFilters('dist');
		expect(filters).toContain('product area');
		expect(filters).toContain('Domains');
		expect(filters).not.toContain('category');
		for (const category of hidden) expect(filters).not.toContain(category.label);
	});

	test('every old category URL redirects, to its product area or the home page, with a page and a _redirects line, and leaves the sitemap', () => {
		const lines = readFileSync('dist/_redirects', 'utf8').split('\n');
		for (const category of hidden) {
			const html = pages.get(`/categories/${category.id}/`);
			expect(html, category.id).toBeDefined();
			const target = redirectTarget(html ?? '');
			expect(target, category.id).toMatch(/^\/(areas\/[a-z0-9-]+\/)?$/);
			expect(html).toContain(`<link rel="canonical" href="https://help.acmemail.dev${target}">`);
			expect(lines).toContain(`/categories/${category.id} ${target} 301`);
		}
		expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/categories/');
	});

	test('every page names the favicons, the home-screen icon and the theme colour, and the icons are what they say', () => {
		for (const [page, html] of pages) {
			if (redirectTarget(html)) continue;
			expect(html, page).toContain('<link rel="icon" href="/icons/favicon-32.png" type="image/png" sizes="32x32">');
			expect(html, page).toContain('<link rel="icon" href="/icons/favicon.svg" type="image/svg+xml">');
			expect(html, page).toContain('<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">');
			expect(html, page).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"/);
		}
		expect(pngSize(readFileSync('dist/icons/favicon-32.png'))).toEqual({ width: 32, height: 32 });
		expect(pngSize(readFileSync('dist/icons/apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
		expect(readFileSync('dist/icons/favicon.svg', 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	});

	test('the 404 page is laid out like every other page', () => {
		const notFound = pages.get('/404/') ?? '';
		for (const part of ['class="site-header"', 'class="site-footer"', 'class="skip-link"', 'Browse by product area'])
			expect(notFound).toContain(part);
	});
});

describe('the handbook keeps the team lens', () => {
	test('articles show their category and their aliases', () => {
		expect(existsSync('dist-internal/index.html'), 'build the handbook first: npm run build:internal').toBe(true);
		const html = readFileSync('dist-internal/articles/verify-domain/index.html', 'utf8');
		expect(html).toContain('Also searched as');
		expect(html).toContain('href="/categories/usability/"');
		expect(searchFilters('dist-internal')).toContain('category');
	});
});

describe('a team that gives one category customer-facing words', () => {
	const work = 'tests/.output/customer-categories';
	const outDir = `${work}/dist`;
	const internalDir = `${work}/dist-internal`;
	const contentDir = 'tests/fixtures/customer-categories/site';
	let builds: BuildResult[];
	let pages: Map<string, string>;

	beforeAll(async () => {
		rmSync(work, { recursive: true, force: true });
		// One after the other: builds of one checkout share its .astro/ folder.
		builds = [
			await buildSite({ contentDir, outDir, audience: 'public' }),
			await buildSite({ contentDir, outDir: internalDir, audience: 'internal' }),
		];
		pages = existsSync(outDir) ? pagesOf(outDir) : new Map();
	});

	test('builds', () => {
		for (const build of builds) expect(build.status, build.output).toBe(0);
	});

	test('is built as npm run build builds it, with nothing meant for the dev server', () => {
		expect(pages.get('/search/')).toContain('data-search-form');
		expect(pages.get('/search/')).not.toContain('dev server');
	});

	test('shows that category in its customer words only, on the home page, its own page and its articles', () => {
		const home = pages.get('/') ?? '';
		expect(home).toContain('Browse by topic');
		expect(home).toContain('How-to guides');
		const page = pages.get('/categories/usability/') ?? '';
		expect(page).toMatch(/<h1>How-to guides<\/h1>/);
		expect(page).toContain('Step by step through the tasks you do every week.');
		const article = pages.get('/articles/add-a-domain/') ?? '';
		expect(article).toContain('<a class="badge" href="/categories/usability/">How-to guides</a>');
		expect(article).toContain('data-pagefind-filter="category[content]" content="How-to guides"');
		const traces = [...pages].flatMap(([path, html]) =>
			categoryTraces(html, {
				id: 'none',
				label: 'Usability',
				description: "As a user, I can't see how to do what I need.",
			}).map((trace) => `${path}: ${trace}`),
		);
		expect(traces).toEqual([]);
		expect(searchFilters(outDir)).toContain('How-to guides');
	});

	test('redirects the other categories to their one product area, or home when they span several', () => {
		expect(redirectTarget(pages.get('/categories/abuse/') ?? '')).toBe('/areas/billing/');
		expect(redirectTarget(pages.get('/categories/reliability/') ?? '')).toBe('/');
		expect(readFileSync(`${outDir}/_redirects`, 'utf8')).toBe(
			'# Ticket categories this help center does not show customers (taxonomy: no `customer` words)\n/categories/reliability / 301\n/categories/abuse /areas/billing/ 301\n',
		);
		// The handbook shows every category: no redirects at all.
		expect(existsSync(`${internalDir}/_redirects`)).toBe(false);
		for (const [page, html] of pages) {
			for (const category of [
				{
					id: 'reliability',
					label: 'Reliability',
					description: "As a user, I can't trust the product to solve my problem.",
				},
				{ id: 'abuse', label: 'Abuse', description: 'As a sender, I hit a policy that protects good senders.' },
			])
				expect(categoryTraces(html, category), `${page} ${category.id}`).toEqual([]);
		}
		const sitemap = readFileSync(`${outDir}/sitemap-0.xml`, 'utf8');
		expect(sitemap).toContain('/categories/usability/');
		expect(sitemap).not.toContain('/categories/abuse/');
	});

	test('the files for agents follow the same opt-in: grouped by product area, the opted-in category in its customer words', () => {
		const llms = readFileSync(`${outDir}/llms.txt`, 'utf8');
		expect(llms.match(/^## .*$/gm)).toEqual(['## Domains', '## Billing']);
		const kb = JSON.parse(readFileSync(`${outDir}/kb.json`, 'utf8')) as {
			articles: { slug: string; category?: string; categoryLabel?: string }[];
		};
		const categories = Object.fromEntries(
			kb.articles.map((article) => [article.slug, [article.category, article.categoryLabel]]),
		);
		expect(categories).toEqual({
			'account-paused': [undefined, undefined],
			'add-a-domain': ['usability', 'How-to guides'],
			'card-declined': [undefined, undefined],
			'domain-check-fails': [undefined, undefined],
		});
		expect(readFileSync(`${outDir}/articles/add-a-domain.md`, 'utf8')).toContain('- Category: How-to guides\n');
		expect(readFileSync(`${outDir}/articles/card-declined.md`, 'utf8')).not.toContain('Category');
		const internalKb = readFileSync(`${internalDir}/kb.json`, 'utf8');
		expect(internalKb).toContain('"categoryLabel": "Reliability"');
		expect(readFileSync(`${internalDir}/llms.txt`, 'utf8')).toContain('## Reliability\n');
	});

	test('hands the feedback endpoint and the header links to the pages', () => {
		const article = pages.get('/articles/add-a-domain/') ?? '';
		expect(article).toContain('data-endpoint="https://feedback.optin.example/collect"');
		expect(article).toContain('<a href="https://status.optin.example">Status page</a>');
	});

	test("the handbook's insights count the feedback and show what readers wrote as text, never as markup", () => {
		const insights = readFileSync(`${internalDir}/insights/index.html`, 'utf8');
		const row = /<tr data-feedback-article="add-a-domain">([\s\S]*?)<\/tr>/.exec(insights)?.[1] ?? '';
		const cells = [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((cell) => cell[1]);
		expect(cells).toEqual(['1', '1', '50%', '2']);
		expect(insights).toContain(
			'&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; evil',
		);
		expect(insights).toContain('searched for “&lt;b&gt;dns&lt;/b&gt;”');
		expect(insights).not.toMatch(/<script>alert|<img src=x|\u202e/);
		expect(insights).toMatch(
			/1 line could not be read and is left out: tests\/fixtures\/customer-categories\/site\/feedback\/events\.jsonl:3 helpful:/,
		);
		// The public build never reads the feedback.
		for (const file of listFiles(outDir))
			expect(readDecompressed(path.join(outDir, file)), file).not.toContain('pwned');
	});
});
