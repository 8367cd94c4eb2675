import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { docusaurusDocsPath } from '../../../src/import/sources/generators.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** The fixture (a Docusaurus site served under /help/) imported into an empty site. */
async function imported() {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, [
		'--from',
		'folder',
		importFixture('folder-docusaurus/docs'),
		'--old-site-url',
		'https://pinboard.example/help/docs',
	]);
	return { site, stdout };
}

describe('folder import: a Docusaurus docs folder', () => {
	test('every page is written and compiles; partials are no pages of their own, and say so', async () => {
		const { site, stdout } = await imported();
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 2');
		expect(stdout).toContain(
			'_partials/_support.mdx: a partial (its name starts with "_"), which Docusaurus shows only inside the pages that import it',
		);
		for (const slug of ['welcome-to-pinboard', 'share-a-board'])
			expect(mdxProblem(articleBody(site.contentDir, slug))).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a .md page is read as MDX, as Docusaurus reads it: its imports go instead of showing as text', async () => {
		const { site } = await imported();
		for (const slug of ['welcome-to-pinboard', 'share-a-board']) {
			expect(articleBody(site.contentDir, slug)).not.toMatch(/^(import|&#x69;mport) /m);
			expect(articleBody(site.contentDir, slug)).not.toContain('@theme/');
		}
	});

	test('an imported partial is written in with its props; a missing one and an unknown component stay as import notes', async () => {
		const { site, stdout } = await imported();
		const intro = articleBody(site.contentDir, 'welcome-to-pinboard');
		expect(intro).toContain('Write to support from the **Help** menu; we answer within a day.');
		expect(intro).toContain(
			'<Aside type="caution" title="Import note">\n  The original page used a `<Gone>` here; it was not imported.\n</Aside>',
		);
		// At the top of the docs, in no category, it has no pages to list.
		expect(intro).toContain(
			'The original page listed its section’s pages here (`<DocCardList>`); none of them was imported.',
		);
		expect(stdout).toContain('the partial <Support> was written in');
		expect(stdout).toContain(
			'the imported file ./_partials/_gone.mdx is not in the folder, so <Gone> could not be written in',
		);
	});

	test('admonitions with titles and nesting become asides; tabs become sections; a code title a line above its code', async () => {
		const { site, stdout } = await imported();
		const share = articleBody(site.contentDir, 'share-a-board');
		expect(share).toContain(
			'<Aside type="tip" title="Invite a whole team">\n  Paste a list of addresses, one per line.\n</Aside>',
		);
		expect(share).toContain(
			'<Aside type="caution">\n  Guests can see every card on the board.\n\n  <Aside type="danger" title="Public boards">\n    Anyone with the link can read a public board.\n  </Aside>\n</Aside>',
		);
		// A tab's label, or its value when it has none, is its section's title.
		expect(share).toContain(
			'### On the web\n\n1. Open the board.\n2. Select **Share**.\n\n### mobile\n\nTap the share icon.\n',
		);
		// Docusaurus 2's labels in a `values` prop; an HTML comment, which MDX cannot parse, goes.
		expect(share).toContain('## Save a board\n\n### Windows\n\nPress **Ctrl+S**.\n\n### macOS\n\nPress **⌘S**.\n');
		// Labels written as JSON (`{"value":"csv","label":"CSV file"}`) title their tabs too.
		expect(share).toContain('### CSV file\n\nSelect **Export › CSV**.\n\n### PDF\n\nSelect **Export › PDF**.\n');
		expect(share).not.toContain('labelled tabs');
		expect(share).toContain("`invite.js`\n\n```js\nboard.invite('ana@example.com');\n```");
		expect(share).toContain(
			// The partial's heading id ({#Plan-Limits}) stays for links from outside; links here use the new anchor.
			'<details>\n  <summary>Why can\'t I invite more people?</summary>\n\n  See [the limits](#plan-limits).\n</details>\n\n<a id="Plan-Limits" />\n\n### Plan limits\n\nFree boards hold ten people.\n',
		);
		expect(share).not.toContain(':::');
		// The partial's heading keeps its custom id for the link, and loses its icon-only link.
		expect(stdout).toContain('a link that showed only an icon was taken out of a heading');
		expect(stdout).toContain('2 tabs became sections, one after another');
		expect(stdout).toContain('the <Highlight> component was not converted; its content is kept');
	});

	test('id and slug give the old addresses; root-relative links are read under the site’s baseUrl', async () => {
		const { site, stdout } = await imported();
		const intro = articleBody(site.contentDir, 'welcome-to-pinboard');
		expect(intro).toContain('![A board](./welcome-to-pinboard/board.png)');
		// `/docs/guides/share-a-board` on a site whose baseUrl is /help/, by the page's id.
		expect(intro).toContain('[sharing a board](/articles/share-a-board/#invite-people)');
		expect(intro).toContain('[the same page by its file](/articles/share-a-board/)');
		expect(articleBody(site.contentDir, 'share-a-board')).toContain('[welcome page](/articles/welcome-to-pinboard/)');
		expect(stdout).toContain('links left pointing at the old help center 0');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toEqual([
			{ from: '/help/docs/guides/share-a-board', to: 'folder:guides/share' },
			{ from: '/help/docs', to: 'folder:intro' },
		]);
	});

	test('without --base-path, the docs folder is read where Docusaurus served it: under baseUrl and /docs', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-docusaurus/docs')]);
		const intro = articleBody(site.contentDir, 'welcome-to-pinboard');
		expect(intro).toContain('[sharing a board](/articles/share-a-board/#invite-people)');
		expect(stdout).not.toContain('kept only their words');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toEqual([
			{ from: '/help/docs/guides/share-a-board', to: 'folder:guides/share' },
			{ from: '/help/docs', to: 'folder:intro' },
		]);
	});

	test('the docs’ routeBasePath, when the configuration names one, is the path under baseUrl', () => {
		expect(docusaurusDocsPath("presets: [['classic', { docs: { sidebarPath: './sidebars.js' } }]]", '')).toBe('/docs');
		expect(docusaurusDocsPath("docs: { routeBasePath: '/' }", '')).toBe('/');
		expect(docusaurusDocsPath("docs: { routeBasePath: '/' }", '/help')).toBe('/help');
		expect(docusaurusDocsPath('docs: { routeBasePath: "guides" }', '/help')).toBe('/help/guides');
		// Two docs plugins, each served at its own path: the folder's is not known.
		expect(docusaurusDocsPath("routeBasePath: 'docs' … routeBasePath: 'api'", '')).toBeUndefined();
	});

	test("a blog's or pages plugin's path and routeBasePath say nothing about where the docs were served", () => {
		const preset = "presets: [['classic', { docs: {}, blog: { path: 'news', routeBasePath: 'news' } }]]";
		expect(docusaurusDocsPath(preset, '')).toBe('/docs');
		expect(docusaurusDocsPath(preset, '', 'news')).toBeUndefined();
		const plugins =
			"plugins: [['@docusaurus/plugin-content-docs', { routeBasePath: 'guide' }], ['@docusaurus/plugin-content-blog', { path: 'blog', routeBasePath: 'posts' }]]";
		expect(docusaurusDocsPath(plugins, '/help')).toBe('/help/guide');
		expect(docusaurusDocsPath(plugins, '', 'blog')).toBeUndefined();
	});
});

describe('folder import: Docusaurus pictures whose address is code', () => {
	test('useBaseUrl(), require() and <ThemedImage> come over as the pictures they name; other code is listed, not lost', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-docusaurus-code-images/docs')]);
		const body = articleBody(site.contentDir, 'change-your-plan');
		expect(body).toContain('![The plan picker](./change-your-plan/plan-picker.png)');
		expect(body).toContain('![An invoice](./change-your-plan/invoice.png)');
		expect(body).toContain('![The card form](./change-your-plan/card-form.png)');
		// A video is a link to its file, which comes with the article.
		expect(body).toMatch(/\[[^\]]*\]\(\.\/change-your-plan\/plan-tour\.mp4\)/);
		// A picture per colour theme: the light one, the site's default.
		expect(body).toContain('![The dashboard](./change-your-plan/plan-picker.png)');
		expect(stdout).toContain('images copied 3');
		expect(body).toContain('The original article had a picture here; it was not imported.');
		expect(stdout).toContain(
			"a picture whose address is code the import cannot read (src={chartFor('pro')}) was not imported (line 20)",
		);
	});
});

describe('folder import: a Docusaurus link to a file that is not beside the page', () => {
	test('leads to the one page of that name, as Docusaurus resolves it from the docs folder', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-docusaurus-code-images/docs')]);
		expect(articleBody(site.contentDir, 'change-your-plan')).toContain('see [refunds](/articles/refunds/) for a plan');
		expect(stdout).toContain('links rewritten 1, links left pointing at the old help center 0');
	});
});
