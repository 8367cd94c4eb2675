import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

describe('folder import: a JetBrains Writerside project (writerside.cfg, a .tree, Markdown topics)', () => {
	test('named by its repository, the topics folder of Writerside/ is read; the README stays out', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(result.stdout.split('\n')[0]).toContain(
			'the topics folder of the Writerside project, by Writerside/writerside.cfg',
		);
		expect(result.stdout).not.toContain('README');
		expect(existsSync(path.join(site.contentDir, 'articles', 'latch-help-center.mdx'))).toBe(false);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('only the topics the instance tree lists come over; a library of snippets is no page', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(result.stdout).toContain('Draft-topic.md: in no <toc-element> of lh.tree, so Writerside never published it');
		expect(result.stdout).toContain(
			'Library.md: a library of snippets (is-library="true"), which Writerside shows only inside the topics that include it',
		);
		expect(existsSync(path.join(site.contentDir, 'articles', 'door-sensor-coming-soon.mdx'))).toBe(false);
		expect(existsSync(path.join(site.contentDir, 'articles', 'library.mdx'))).toBe(false);
	});

	test('each topic keeps its <file name>.html address, and the tree and redirection rules name its old ones', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(oldAddressesOf(site.contentDir, 'folder:Pair-the-lock')).toEqual([
			'/Pair-the-lock',
			'/Pair-the-lock.html',
			'/connect-lock.html',
			'/pairing.html',
		]);
		// The rule's id is the <toc-element>'s id.
		expect(oldAddressesOf(site.contentDir, 'folder:Share-access')).toEqual([
			'/Invite-family.html',
			'/Share-access',
			'/Share-access.html',
		]);
	});

	test('a redirection rule whose id names no topic of the tree is listed, its old address leading nowhere', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(result.stdout).toContain(
			'redirection-rules.xml: rule 7d83b204 (Door-sensor-beta.html) names no topic or <toc-element> of lh.tree; its old address leads nowhere',
		);
	});

	test('the tree nests the navigation: the sections around each topic, a toc-title one too', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(result.stdout).toContain('pair-the-lock.mdx: from Getting started');
		expect(result.stdout).toContain('getting-started.mdx: from Getting started');
		expect(result.stdout).toContain('the-lock-shows-as-offline.mdx: from Troubleshooting');
	});

	test('variables, includes, code blocks, tabs, procedures and styled quotes come over as what they showed', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(articleFrontmatter(site.contentDir, 'welcome-to-latch')).toContain('title: Welcome to Latch');
		const body = articleBody(site.contentDir, 'pair-the-lock');
		// <tldr> is the topic's summary, not code; the include writes the library's snippet in.
		expect(body).toContain('Hold the button for five seconds, then tap **Add lock**.');
		expect(body).toContain('Before you start, charge the lock for an hour.');
		// A procedure's steps are numbered; tabs are sections under their titles.
		expect(body).toContain('1. Open the Latch & Go app.\n2. Hold the lock');
		expect(body).toMatch(/## iOS\n\nAllow Bluetooth in Settings\.\n\n## Android\n\nAllow Nearby devices/);
		// {style="warning"} under a quote made it a warning; {style="note"} a note.
		expect(body).toContain('<Aside type="caution">\n  Keep the phone within two metres of the lock.\n</Aside>');
		expect(body).toContain('<Aside type="note">\n  The app pairs one lock at a time.\n</Aside>');
		// Code from the snippets folder, from CDATA (variables written in), and code that keeps its %words%.
		expect(body).toContain('```bash\nlatch unlock --door front\n```');
		expect(body).toContain('```json\n{ "lock": "Latch", "door": "<front>" }\n```');
		expect(body).toContain('```text\nWrite %product% to keep the word.\n```');
		// A heading's {id} is its anchor; an image named alone is found in the images folder.
		expect(body).toContain('<a id="from-a-computer" />');
		expect(body).toContain('![Pairing screen](./pair-the-lock/pair-screen.png)');
		expect(existsSync(path.join(site.contentDir, 'articles', 'pair-the-lock', 'pair-screen.png'))).toBe(true);
		// <a href="topic.md"/> shows the topic's title; nothing of Writerside's markup is left.
		expect(body).toContain('See [Share access with family](/articles/share-access-with-family/).');
		expect(body).not.toMatch(/<\/?(tabs?|procedure|step|include|code-block|tldr)\b|\{style=|\{width=|%app%|CDATA/);
		const offline = articleBody(site.contentDir, 'the-lock-shows-as-offline');
		expect(offline).toContain('[pair it again](/articles/pair-the-lock/#unlock-from-a-computer)');
		// A <warning> element is the aside a warning quote is, all its lines in it.
		expect(offline).toContain(
			'<Aside type="caution">\n  Never open the lock\'s case:\n  it voids the warranty.\n</Aside>',
		);
	});

	test("a topic's toc-title, the name the navigation gave it, is an alias", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(articleFrontmatter(site.contentDir, 'pair-the-lock')).toMatch(/aliases:\n\s+- Connect your phone/);
	});

	test('a <list> keeps its numbering and its nesting', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(articleBody(site.contentDir, 'getting-started')).toMatch(
			/1\. Charge the lock\.\n2\. Install the app\.\n\s+- On iOS, from the App Store\.\n\s+- On Android, from Google Play\.\n3\. Pair the lock\./,
		);
	});

	test('<seealso> becomes a list of links; an <api-doc> is listed for review', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(articleBody(site.contentDir, 'welcome-to-latch')).toContain(
			'**See also**\n\n- [Pair the lock](/articles/pair-the-lock/)\n- [When the lock is offline](/articles/the-lock-shows-as-offline/)',
		);
		expect(result.stdout).toContain(
			"an API reference Writerside drew from an OpenAPI file (<api-doc>) was left out: link to the API's own reference instead",
		);
		expect(articleBody(site.contentDir, 'share-access-with-family')).not.toContain('api-doc');
	});

	test('an XML topic (.topic) is listed as skipped, not lost without a word', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-writerside/latch')]);
		expect(result.stdout).toContain(
			'Warranty.topic: a Writerside XML topic, which the import does not read (it reads Markdown topics); write it as a Markdown topic and import again, or write the article here',
		);
	});

	test("web-root of the build profiles is the old site; topics were served under it and the instance's web-path", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-writerside/served')]);
		expect(result.stdout.split('\n')[0]).toContain(
			'from https://help.keyring.example (named by web-root in cfg/buildprofiles.xml)',
		);
		expect(oldAddressesOf(site.contentDir, 'folder:Billing')).toEqual([
			'/help/keyring/Billing',
			'/help/keyring/Billing.html',
		]);
		// A link written with the old site's full address leads to the article.
		expect(articleBody(site.contentDir, 'start-here')).toContain('[plans and invoices](/articles/plans-and-invoices/)');
	});

	test('a tree that does not read is one line with its file and line, and the import stops', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-writerside/broken')]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(
			/Writerside\/b\.tree:4: <toc-element> is never closed \(no <\/toc-element> for it\): the instance's table of contents, which says which topics Writerside published, does not read/,
		);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});
