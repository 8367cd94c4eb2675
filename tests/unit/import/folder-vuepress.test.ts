import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

async function importSite(folder: string, extra: string[] = []) {
	const site = emptySite(defaultsMap);
	const result = await runImport(site, ['--from', 'folder', importFixture(`folder-vuepress/${folder}`), ...extra]);
	const articles = readdirSync(path.join(site.contentDir, 'articles'))
		.filter((name) => name.endsWith('.mdx'))
		.sort();
	return { site, result, articles };
}

describe('folder import: a VuePress site', () => {
	test('named by its repository, it is read from the folder holding .vuepress/, without the README or changelog', async () => {
		const { site, result, articles } = await importSite('site-v1');
		expect(result.stdout).toContain(
			'folder tests/fixtures/import/folder-vuepress/site-v1/docs, the pages of the site in tests/fixtures/import/folder-vuepress/site-v1 (a VuePress site, by docs/.vuepress)',
		);
		expect(articles).toEqual([
			'billing.mdx',
			'lantern-help.mdx',
			'pair-a-lantern.mdx',
			'refunds.mdx',
			'reset-a-lantern.mdx',
			'welcome-to-lantern.mdx',
		]);
		const written = articles.map((file) => readFileSync(path.join(site.contentDir, 'articles', file), 'utf8')).join('');
		for (const canary of ['HERON-README-3310', 'KESTREL-CHANGES-7142']) expect(written).not.toContain(canary);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('pages keep the .html addresses VuePress served under its base, and root-relative links and images are read under it', async () => {
		const { site } = await importSite('site-v1');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects as {
			from: string;
			to: string;
		}[];
		expect(redirects.filter((entry) => entry.to === 'folder:guide/pair').map((entry) => entry.from)).toEqual([
			'/help/guide/pair.html',
			'/help/guide/pair',
		]);
		expect(redirects.find((entry) => entry.to === 'folder:guide/README')?.from).toBe('/help/guide');
		const pair = articleBody(site.contentDir, 'pair-a-lantern');
		// `.vuepress/public/` is served at the site's root.
		expect(pair).toContain('![The pairing screen](./pair-a-lantern/pairing.png)');
		expect(pair).toContain('[reset the lantern](/articles/reset-a-lantern/)');
		expect(articleBody(site.contentDir, 'billing')).toContain(
			'[how refunds work](/articles/refunds/#how-long-it-takes)',
		);
	});

	test('a home page (home: true) keeps its hero’s words, its button and its features', async () => {
		const { site } = await importSite('site-v1');
		const home = articleBody(site.contentDir, 'lantern-help');
		expect(home).toContain('Answers for every lantern owner');
		expect(home).toContain('- [Pair your first lantern →](/articles/pair-a-lantern/)');
		expect(home).toContain('* **Quick pairing**: A lantern joins your phone in under a minute.');
	});

	test('the sidebar’s groups and the navbar’s parts are the sections the starter map offers (v1)', async () => {
		const site = emptySite();
		await runImport(site, ['--from', 'folder', importFixture('folder-vuepress/site-v1'), '--dry-run']);
		const starter = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(starter).toContain('    # "Guide › Getting started" (2 articles): choose its product area');
		expect(starter).toContain('    # "Guide › When it goes wrong" (1 article): choose its product area');
		expect(starter).toContain('    # "Billing" (2 articles)');
		expect(starter).toContain('    # "Guide" (3 articles): choose its product area');
		expect(starter).not.toContain('"guide"');
	});

	test('v2: a sidebar kept in modules the configuration imports, built by a function of its own, names the sections', async () => {
		const site = emptySite();
		await runImport(site, ['--from', 'folder', importFixture('folder-vuepress/site-v2'), '--dry-run']);
		const starter = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(starter).toContain('    # "First steps" (2 articles): choose its product area');
		expect(starter).toContain('    # "Teams › Members" (1 article): choose its product area');
		expect(starter).toContain('    # "Teams" (2 articles): choose its product area');
	});

	test('a section page showing only its catalog lists the articles of its folder; a page drawn only by Vue components is no article and is listed', async () => {
		const { site, result, articles } = await importSite('site-v2');
		expect(articles).toEqual([
			'install-the-sketchbook-app.mdx',
			'invite-a-teammate.mdx',
			'sign-up.mdx',
			'start-here.mdx',
			'teams.mdx',
			'turn-on-autosave.mdx',
		]);
		expect(articleBody(site.contentDir, 'teams')).toBe(
			'## Pick a topic from the list\n\n- [Invite a teammate](/articles/invite-a-teammate/)\n',
		);
		expect(result.stdout).toContain(
			'tools/token.md: a page the old site drew with its own Vue components (<ClientOnly>, <TokenRequest>), with no words to bring over; it works only on the old site',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('tabs (`::: tabs`, `::: code-tabs`, each opened by `@tab`) keep every tab under its title, a badge is its words, and an alignment container its content', async () => {
		const { site, result } = await importSite('site-v2');
		const body = articleBody(site.contentDir, 'install-the-sketchbook-app');
		expect(body).toContain('Sign in with your Work account first.');
		expect(body).toContain('## Offline drawing beta');
		expect(body).toContain('write `<Badge text="new" />` in a page');
		for (const tab of ['npm', 'brew', 'macOS', 'Windows']) expect(body).toMatch(new RegExp(`^(#+ |\\*\\*)${tab}`, 'm'));
		expect(body).toContain('brew install sketchbook');
		expect(body).toContain('Drag the app into **Applications**.');
		expect(body).not.toMatch(/@tab|code-tabs|#mac|center/);
		expect(body).toContain('\n\nSketch anywhere.\n\n');
		expect(result.stdout).not.toContain('block was not converted');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a monorepo keeping the site three folders down (packages/docs/docs/.vuepress) is read from there', async () => {
		const { site, result, articles } = await importSite('monorepo');
		expect(result.stdout).toContain(
			'folder tests/fixtures/import/folder-vuepress/monorepo/packages/docs/docs, the pages of the site in tests/fixtures/import/folder-vuepress/monorepo (a VuePress site, by packages/docs/docs/.vuepress)',
		);
		expect(articles).toEqual(['refill-the-feeder.mdx']);
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toEqual([
			{ from: '/refill.html', to: 'folder:refill' },
			{ from: '/refill', to: 'folder:refill' },
		]);
	});

	test('a code import (`@[code{2-4} js title="settings.js"](./snippets/settings.js)`) is those lines of the file as a code block', async () => {
		const { site } = await importSite('site-v2');
		expect(articleBody(site.contentDir, 'turn-on-autosave')).toContain(
			'`settings.js`\n\n```js\nexport const settings = {\n\tautosave: true,\n};\n```',
		);
	});
});
