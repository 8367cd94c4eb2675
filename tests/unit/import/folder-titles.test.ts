import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { disambiguateTitles, pageFolderNames, pageName, type TitledArticle } from '../../../src/import/titles.ts';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const docs = ['--from', 'folder', importFixture('folder-titles')];
const map = 'defaults:\n  category: usability\n  productArea: domains\n';

function title(contentDir: string, slug: string): string | undefined {
	return /\ntitle: (.*)\n/.exec(readFileSync(path.join(contentDir, 'articles', `${slug}.mdx`), 'utf8'))?.[1];
}

/** Each article's title by its slug, for the articles whose slug starts with `prefix`. */
function titlesOf(contentDir: string, prefix: string): Record<string, string | undefined> {
	const slugs = readdirSync(path.join(contentDir, 'articles'))
		.filter((file) => file.startsWith(prefix) && file.endsWith('.mdx'))
		.map((file) => file.slice(0, -4));
	return Object.fromEntries(slugs.sort().map((slug) => [slug, title(contentDir, slug)]));
}

describe('folder import: articles that share a title', () => {
	test('take their folder name after it, and those still alike are listed for review', async () => {
		const site = emptySite(map);
		mkdirSync(path.join(site.contentDir, 'articles'));
		writeFileSync(
			path.join(site.contentDir, 'articles', 'plans.md'),
			'---\ntitle: Pricing\ndescription: What each plan costs.\ncategory: usability\nproductArea: billing\nupdated: 2026-05-01\n---\n\nThree plans.\n',
		);
		const result = await runImport(site, docs);
		expect(result.stdout).toContain('written 8, updated 0, unchanged 0, skipped 0');
		expect(result.stdout).toContain(
			'title: "Security and privacy" is also another page\'s, so it became "Security and privacy (Publish)"',
		);
		expect(title(site.contentDir, 'security-and-privacy')).toBe('Security and privacy (Publish)');
		expect(title(site.contentDir, 'security-and-privacy-sync')).toBe('Security and privacy (Sync)');
		// A title an article here already has counts too.
		expect(title(site.contentDir, 'pricing')).toBe('Pricing (Billing)');
		// A folder named like a slug is named as readers say it.
		expect(title(site.contentDir, 'quick-start-getting-started')).toBe('Quick Start (Getting started)');
		// A folder's own page titled by the folder (changelog/, enterprise/changelog/) takes the folder around it.
		expect(title(site.contentDir, 'changelog')).toBe('Changelog');
		expect(title(site.contentDir, 'changelog-enterprise')).toBe('Changelog (enterprise)');
		// Same title, same folder: the file's name tells them apart; the page named like its title keeps the folder alone.
		expect(title(site.contentDir, 'quick-start')).toBe('Quick Start (api › Portal)');
		expect(title(site.contentDir, 'quick-start-api')).toBe('Quick Start (api)');
		expect(checkErrors(site.contentDir)).toEqual([]);

		const again = await runImport(site, docs);
		expect(again.stdout).toContain('written 0, updated 0, unchanged 8, skipped 0');
	});
});

describe('folder import: a page alone in a folder named like its title, one word singular', () => {
	test('keeps its title and address, while the page it shares the title with takes its folder’s name', async () => {
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-titles-singular-folder')]);
		// The page that keeps the title keeps its address too; the other's says its folder.
		expect(titlesOf(site.contentDir, 'payment-methods')).toEqual({
			'payment-methods': 'Payment Methods',
			'payment-methods-configure': 'Payment Methods (configure)',
		});
		expect(result.stdout).not.toContain('(Payment method)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: pages of one folder under the same heading', () => {
	test('take their file’s name after the folder’s, say so in the report, and check passes', async () => {
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-same-heading')]);
		expect(result.stdout).toContain('written 3, updated 0, unchanged 0, skipped 0');
		// The overview page, named like its heading, keeps the folder alone; each system's page says which it
		// is, in its title and in its address.
		expect(titlesOf(site.contentDir, 'install-the-agent')).toEqual({
			'install-the-agent': 'Install the agent (agent)',
			'install-the-agent-agent-linux': 'Install the agent (agent › Linux)',
			'install-the-agent-agent-windows': 'Install the agent (agent › Windows)',
		});
		expect(result.stdout).toContain(
			'title: "Install the agent" is also another page\'s, so it became "Install the agent (agent › Windows)"',
		);
		expect(result.stdout).not.toContain('npm run check reports it');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('disambiguateTitles', () => {
	test('pages whose names tell nothing apart keep their title and say why', () => {
		const articles: TitledArticle[] = [
			{ title: 'Setup', group: 'API', name: 'Setup', file: 'a.mdx' },
			{ title: 'Setup', group: 'API', name: 'setup', file: 'b.mdx' },
		];
		disambiguateTitles(articles, new Map());
		expect(articles.map((article) => article.title)).toEqual(['Setup (API)', 'Setup (API)']);
		expect(articles[0]?.clash).toBe(
			'the title "Setup (API)" is also the title of b.mdx: npm run check reports it until one of them is renamed',
		);
	});

	test('the docs’ own index page is named Home, not by its file', () => {
		// A home page titled like the folder page it links to (Starlight's splash page and welcome/index.mdx).
		const articles: TitledArticle[] = [
			{ title: 'Welcome to Kettleworks', name: pageName('folder', 'index'), file: 'a.mdx' },
			{
				title: 'Welcome to Kettleworks',
				group: 'Welcome to Kettleworks',
				name: pageName('folder', 'welcome'),
				file: 'b.mdx',
			},
		];
		disambiguateTitles(articles, new Map());
		expect(articles.map((article) => article.title)).toEqual([
			'Welcome to Kettleworks (Home)',
			'Welcome to Kettleworks (Welcome)',
		]);
		expect(pageName('folder', 'README')).toBe('Home');
		expect(pageName('folder', 'guides/index-of-terms')).toBe('Index of terms');
	});

	test('a helpdesk article’s id names nothing a reader knows', () => {
		expect(pageName('zendesk', '360001234')).toBeUndefined();
		expect(pageName('folder', 'guides/02-setup-on-linux')).toBe('Setup on linux');
	});

	test('pages of one section alike in title and file name take the folder each sits in', () => {
		const articles: TitledArticle[] = [
			{
				title: 'Events & Notifications',
				group: 'Events',
				name: 'Events notifications',
				folders: ['User'],
				file: 'a.mdx',
			},
			{
				title: 'Events & Notifications',
				group: 'Events',
				name: 'Events notifications',
				folders: ['Folder'],
				file: 'b.mdx',
			},
		];
		disambiguateTitles(articles, new Map());
		expect(articles.map((article) => article.title)).toEqual([
			'Events & Notifications (Events › User)',
			'Events & Notifications (Events › Folder)',
		]);
		expect(articles[0]?.clash).toBeUndefined();
		expect(pageFolderNames('folder', 'documentation/events/user/events-notifications')).toEqual([
			'User',
			'Events',
			'Documentation',
		]);
		expect(pageFolderNames('folder', 'events-notifications')).toEqual([]);
		expect(pageFolderNames('zendesk', '360001234')).toEqual([]);
		// A folder's own page sits in the folder above, and a folder is named by its own page's title where that names it.
		expect(
			pageFolderNames('folder', 'api-v2/emergency/configuration/README', new Map([['api-v2/README', 'v2 API']])),
		).toEqual(['Emergency', 'v2 API']);
		expect(pageName('folder', 'api-v2/emergency/configuration/README')).toBe('Configuration');
		// An acronym the title writes with punctuation (CI/CD, Q&A) names the folder written without it.
		expect(pageFolderNames('folder', 'guides/cicd/setup', new Map([['guides/cicd/README', 'CI/CD']]))).toEqual([
			'CI/CD',
			'Guides',
		]);
		expect(pageFolderNames('folder', 'help/qa/ask', new Map([['help/qa/index', 'Q&A']]))).toEqual(['Q&A', 'Help']);
	});

	test('pages still alike under their folder’s name take the names of the folders around it', () => {
		const articles = [
			{ title: 'Limits', group: 'API', outerGroups: ['Cloud'], file: 'a.mdx' },
			{ title: 'Limits', group: 'API', outerGroups: ['Self-hosted'], file: 'b.mdx' },
		];
		disambiguateTitles(articles, new Map());
		expect(articles.map((article) => article.title)).toEqual(['Limits (Cloud › API)', 'Limits (Self-hosted › API)']);
	});

	test('a section name that recurs across the site (Features under each product) gives way to the product around it', () => {
		const articles = [
			{ title: 'Ad blocking', group: 'Protection', outerGroups: ['Blocker for Phones', 'Features'], file: 'a.mdx' },
			{ title: 'Ad blocking', group: 'Protection', outerGroups: ['Blocker for Desktops'], file: 'b.mdx' },
			{ title: 'Filters', group: 'Features', outerGroups: ['Archive', 'Blocker for Tablets'], file: 'c.mdx' },
			{ title: 'Filters', group: 'Features', outerGroups: ['Blocker for Phones'], file: 'd.mdx' },
		];
		disambiguateTitles(articles, new Map());
		expect(articles.map((article) => article.title)).toEqual([
			'Ad blocking (Blocker for Phones › Protection)',
			'Ad blocking (Blocker for Desktops › Protection)',
			// A product's own name is kept; the archive around it is not what readers need.
			'Filters (Blocker for Tablets › Features)',
			'Filters (Blocker for Phones › Features)',
		]);
	});

	test('under one product, or when the products alone would not tell them apart, the inner sections do', () => {
		const oneProduct = [
			{ title: 'Setup', group: 'Install', outerGroups: ['Docs', 'Guides'], file: 'a.mdx' },
			{ title: 'Setup', group: 'Install', outerGroups: ['Docs', 'API'], file: 'b.mdx' },
		];
		const twoProducts = [
			{ title: 'Limits', group: 'Quotas', outerGroups: ['Cloud', 'Sending'], file: 'c.mdx' },
			{ title: 'Limits', group: 'Quotas', outerGroups: ['Cloud', 'Receiving'], file: 'd.mdx' },
			{ title: 'Limits', group: 'Quotas', outerGroups: ['On premises', 'Sending'], file: 'e.mdx' },
		];
		// Products under each kind of page, as Diátaxis sites have them: the product is what tells them apart.
		const productsUnderKinds = [
			{ title: 'Upgrade', group: 'Server', outerGroups: ['How-to guides', 'Budget app'], file: 'f.mdx' },
			{ title: 'Upgrade', group: 'Server', outerGroups: ['How-to guides', 'Importer'], file: 'g.mdx' },
			{ title: 'Concepts', group: 'Server', outerGroups: ['Explanation', 'Budget app'], file: 'h.mdx' },
		];
		disambiguateTitles(productsUnderKinds, new Map());
		expect(productsUnderKinds.map((article) => article.title).slice(0, 2)).toEqual([
			'Upgrade (Budget app › Server)',
			'Upgrade (Importer › Server)',
		]);
		disambiguateTitles(oneProduct, new Map());
		disambiguateTitles(twoProducts, new Map());
		expect(oneProduct.map((article) => article.title)).toEqual(['Setup (Guides › Install)', 'Setup (API › Install)']);
		expect(twoProducts.map((article) => article.title)).toEqual([
			'Limits (Cloud › Sending › Quotas)',
			'Limits (Receiving › Quotas)',
			'Limits (On premises › Sending › Quotas)',
		]);
	});
	test('a section the title already names gives way to the sections around it', () => {
		const articles = [
			{ title: 'System Filters', group: 'Filters', outerGroups: ['Channels', 'Email'], file: 'a.mdx' },
			{ title: 'System Filters', group: 'Google Email', outerGroups: ['Channels'], file: 'b.mdx' },
			{ title: 'System Filters', group: 'Microsoft 365 Email', outerGroups: ['Channels'], file: 'c.mdx' },
		];
		// A page whose only section is named in its title still takes it: it is all that tells the two apart.
		const onlyNamed = [
			{ title: 'Email Settings', group: 'Email', file: 'd.mdx' },
			{ title: 'Email Settings', group: 'Settings', file: 'e.mdx' },
		];
		disambiguateTitles(articles, new Map());
		disambiguateTitles(onlyNamed, new Map());
		expect(articles.map((article) => article.title)).toEqual([
			'System Filters (Email)',
			'System Filters (Google Email)',
			'System Filters (Microsoft 365 Email)',
		]);
		expect(onlyNamed.map((article) => article.title)).toEqual(['Email Settings (Email)', 'Email Settings (Settings)']);
	});
});

describe('folder import: pages of one flat folder that share a title', () => {
	test('take the name of the navigation section they sat in, as readers of the old site knew them', async () => {
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-nav-section-titles/docs')]);
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 0');
		// Inside a section of its own (Calendar sync › Outlook), its innermost section's name is enough.
		expect(titlesOf(site.contentDir, 'troubleshooting')).toEqual({
			troubleshooting: 'Troubleshooting (Billing)',
			'troubleshooting-calendar-sync': 'Troubleshooting (Calendar sync)',
			'troubleshooting-outlook': 'Troubleshooting (Outlook)',
		});
		expect(result.stdout).toContain(
			'title: "Troubleshooting" is also another page\'s, so it became "Troubleshooting (Calendar sync)"',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
