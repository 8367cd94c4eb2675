import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Sphinx site whose pages include each other', () => {
	test('a page another page includes is still a page when a toctree lists it', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-shared-pages/docs')]);
		const slugs = readdirSync(path.join(site.contentDir, 'articles')).sort();
		expect(slugs).toContain('mail-accounts.mdx');
		expect(slugs).toContain('chat-accounts.mdx');
		// The parts the pages include are no pages of their own.
		expect(slugs.filter((slug) => slug.includes('note'))).toEqual([]);
		expect(stdout).not.toContain('not imported');
	});

	test('an include inside an included file is read from the folder of the page being built, as Sphinx does', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-shared-pages/docs')]);
		expect(articleBody(site.contentDir, 'mail-accounts')).toContain('Removing a mailbox stops its alerts.');
		const chat = articleBody(site.contentDir, 'chat-accounts');
		expect(chat).toContain('Removing a chat account stops its alerts.');
		expect(chat).not.toContain('Removing a mailbox');
	});

	test('a Markdown file of a site that reads only reStructuredText was never a page', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-shared-pages/docs')]);
		const slugs = readdirSync(path.join(site.contentDir, 'articles'));
		expect(slugs.filter((slug) => slug.startsWith('lamp-admin-docs'))).toEqual([]);
		expect(stdout).toContain('README.md');
	});

	test('a title under an opening note is the title, not a heading again under it', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-shared-pages/docs')]);
		const basics = articleBody(site.contentDir, 'chat-basics');
		expect(basics).toMatch(
			/^<Aside type="note">\n {2}Chat needs the lamp's cloud edition\.\n<\/Aside>\n\nOpen the chat panel/,
		);
		expect(basics).not.toMatch(/^#+ Chat basics$/m);
		expect(basics).toContain('\n## Reply to a chat\n');
	});

	test("a CSV table's cells show their inline markup: links, code and bold", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-shared-pages/docs')]);
		const basics = articleBody(site.contentDir, 'chat-basics');
		expect(basics).toMatch(/\| Free +\| `5` chats, see \[the plans\]\(https:\/\/example\.com\/plans\) +\|/);
		expect(basics).toMatch(/\| Pro +\| \*\*Unlimited\*\* +\|/);
		expect(basics).not.toContain('`_');
	});

	test("a diagram's source (mermaid) is shown as its code, not read as text, and listed for review", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-shared-pages/docs')]);
		expect(articleBody(site.contentDir, 'chat-basics')).toContain(
			'```mermaid\nflowchart LR\n  - Waiting --> Answered\n  * Answered --> Closed\n```',
		);
		expect(stdout).toContain('the {mermaid} diagram is shown as its source, in code');
	});
});
