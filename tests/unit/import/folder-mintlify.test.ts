import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	runImport,
} from './helpers.ts';

/** The fixture (Mintlify docs served under /docs) imported into an empty site. */
async function imported() {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, [
		'--from',
		'folder',
		importFixture('folder-mintlify'),
		'--old-site-url',
		'https://relay.example/docs',
	]);
	return { site, stdout };
}

/** The fixture whose docs.json redirects name the path the docs were served under (/help). */
async function importedUnderPath() {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, [
		'--from',
		'folder',
		importFixture('folder-mintlify-subpath'),
		'--old-site-url',
		'https://tally.example/help',
	]);
	return { site, stdout };
}

describe('folder import: a Mintlify docs folder', () => {
	test('docs.json says which pages were listed; snippets are no pages; all compile and pass npm run check', async () => {
		const { site, stdout } = await imported();
		expect(stdout).toContain('written 5, updated 0, unchanged 0, skipped 2');
		// Mintlify served a page its navigation leaves out to anyone with its link: it comes, as a draft.
		expect(stdout).toContain('new     <dir>/content/articles/pricing-ideas.mdx ← folder:drafts/pricing-ideas (draft)');
		expect(stdout).toContain(
			'snippets/support.mdx: a snippet, which Mintlify shows only inside the pages that import it',
		);
		for (const slug of ['quickstart', 'create-a-message', 'webhooks', 'changelog'])
			expect(mdxProblem(articleBody(site.contentDir, slug))).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a description quoted over two lines, its second unindented, is read as Mintlify read it', async () => {
		// js-yaml (what gray-matter, and so Mintlify, uses) takes this; the stricter parser does not.
		const { site, stdout } = await imported();
		expect(stdout).not.toContain('invalid YAML');
		expect(articleFrontmatter(site.contentDir, 'webhooks')).toContain(
			'description: Relay calls your server when a message is delivered or bounces.',
		);
	});

	test('steps become an ordered list, a snippet’s step among them; a frame its picture and caption', async () => {
		const { site } = await imported();
		expect(articleBody(site.contentDir, 'quickstart')).toContain(
			"## Get a key\n\n1. **Create an API key**\n\n   Open **Settings → API keys**.\n\n   ![API keys](./quickstart/keys.png)\n\n   _The API keys page_\n\n2. **Send a test message**\n\n   Select **Send test** on the key's page.\n",
		);
	});

	test('a code group keeps each block under its title; tabs become sections; an accordion a fold', async () => {
		const { site } = await imported();
		const quickstart = articleBody(site.contentDir, 'quickstart');
		expect(quickstart).toContain(
			'**cURL**\n\n```bash\ncurl -X POST https://api.relay.example/messages\n```\n\n`send.js`\n\n```js\n',
		);
		expect(quickstart).toContain('### Node\n\nInstall `relay-node`.\n\n### Python\n\nInstall `relay-py`.\n');
		expect(quickstart).toContain(
			'<details id="is-there-a-free-plan">\n  <summary>Is there a free plan?</summary>\n\n  Yes, 100 messages a month.\n</details>\n',
		);
	});

	test('callouts become asides, cards a list of links, a snippet is written in with its variables', async () => {
		const { site, stdout } = await imported();
		const quickstart = articleBody(site.contentDir, 'quickstart');
		// `{" "}` between the words is a space.
		expect(quickstart).toMatch(/^<Aside type="note">\n {2}You need an account with \*\*Owner\*\* rights.\n<\/Aside>/);
		expect(quickstart).toContain('<Aside type="caution">\n  Keys are shown once.\n</Aside>');
		expect(quickstart).toContain(
			'- [Webhooks](/articles/webhooks/): Hear about deliveries.\n- [Status page](https://status.relay.example/): Is Relay up?\n',
		);
		expect(quickstart).toContain('<Aside type="tip">\n  Stuck? Ask in #help.\n</Aside>');
		// The icon before the heading's words goes without leaving a space in the anchor.
		expect(quickstart).toContain('## Get a key\n');
		expect(stdout).toContain('icons of the old site were left out');
		expect(stdout).toContain('frontmatter dropped: sidebarTitle, icon');
	});

	test('a missing snippet and an unknown component stay as import notes, listed for review', async () => {
		const { site, stdout } = await imported();
		const quickstart = articleBody(site.contentDir, 'quickstart');
		expect(quickstart).toContain('The original page used a `<Missing>` here; it was not imported.');
		expect(quickstart).toContain('The original page used a `<Mermaid>` here; it was not imported.');
		expect(stdout).toContain(
			'the imported file /snippets/missing.mdx is not in the folder, so <Missing> could not be written in',
		);
		expect(stdout).toContain('the <Mermaid> component was not converted');
	});

	test('API fields become a list of names with their type, required or default, and nested properties', async () => {
		const { site } = await imported();
		expect(articleBody(site.contentDir, 'create-a-message')).toContain(
			'- `to` (string, required): The phone number, in E.164 form.\n- `priority` (string, default: `normal`): `normal` or `high`.\n- `message` (object): The message.\n\n  <details>\n    <summary>properties</summary>\n\n    - `id` (string): Its id.\n  </details>\n',
		);
	});

	test('root-relative links lead from the docs’ root, through docs.json’s redirects; a changelog update is a section under its date', async () => {
		const { site, stdout } = await imported();
		expect(articleBody(site.contentDir, 'create-a-message')).toContain(
			'See [Quickstart](/articles/quickstart/#send-a-message) first, or [the start page](/articles/quickstart/).',
		);
		expect(articleBody(site.contentDir, 'changelog')).toBe('## 2025-03-01\n\n_v2.1_\n\nMessages can be scheduled.\n');
		expect(stdout).toContain('links left pointing at the old help center 0');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects.map((entry: { from: string }) => entry.from)).toEqual([
			'/docs/api/create-message',
			'/docs/api/webhooks',
			'/docs/changelog',
			'/docs/drafts/pricing-ideas',
			'/docs/quickstart',
			// docs.json's redirect to it, an old address too; one with a wildcard is no single address, and is listed.
			'/docs/start',
		]);
		expect(stdout).toContain(
			"docs.json: redirect /old/* → /quickstart is a pattern the import cannot follow; add it to your host's redirects if you keep it",
		);
	});

	test('a page with an unclosed tag is read as Markdown, written, and listed', async () => {
		const { site, stdout } = await imported();
		expect(articleBody(site.contentDir, 'webhooks')).toContain('Relay signs every request.');
		expect(stdout).toContain('not valid MDX (Expected a closing tag for `<Info>` (2:1-2:7)); read as Markdown');
	});

	test('docs.json’s redirects written with the path the docs are served under, chained or to a heading, are old addresses of their pages', async () => {
		const { site, stdout } = await importedUnderPath();
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toEqual(
			expect.arrayContaining([
				// `/help/start` → `/help/getting-started/setup` → `/help/guides/setup`.
				{ from: '/help/getting-started/setup', to: 'folder:guides/setup' },
				{ from: '/help/start', to: 'folder:guides/setup' },
				// One to a heading leads to that section.
				{ from: '/help/plans', to: 'folder:billing#plans' },
				// One written from the docs' root, as Mintlify's own example has them.
				{ from: '/help/pricing-faq', to: 'folder:billing' },
			]),
		);
		expect(redirects).toHaveLength(6);
		expect(articleBody(site.contentDir, 'billing')).toContain(
			'[Set up your workspace](/articles/set-up-your-workspace/)',
		);
		expect(articleBody(site.contentDir, 'set-up-your-workspace')).toContain('[our plans](/articles/billing/');
		expect(stdout).toContain('links left pointing at the old help center 0');
	});

	test('a link to a heading written with its punctuation (#is-there-a-free-plan%3F) leads to that heading', async () => {
		const { site, stdout } = await importedUnderPath();
		expect(articleBody(site.contentDir, 'billing')).toContain('[below](#is-there-a-free-plan)');
		expect(articleBody(site.contentDir, 'set-up-your-workspace')).toContain(
			'[the free plan](/articles/billing/#is-there-a-free-plan)',
		);
		expect(stdout).not.toContain('leads to no heading');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: components a Mintlify snippet exports', () => {
	test('a video component a snippet defines around an iframe becomes a link to the video its attributes name', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mintlify-snippet-components')]);
		const body = articleBody(site.contentDir, 'your-board');
		expect(body).toContain('[Loom video](https://www.loom.com/share/0123456789abcdef0123456789abcdef)');
		expect(body).toContain('[Watch the video on YouTube](https://www.youtube.com/watch?v=c7LhC5BRSIA)');
		expect(body).not.toContain('Import note');
		expect(stdout).not.toContain('could not be converted');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
