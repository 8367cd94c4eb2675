import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderSource } from '../../../src/import/sources/folder.ts';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	runImport,
} from './helpers.ts';

describe('folder import: a ReadMe project exported as Markdown', () => {
	test('blocks, links by slug, callouts, hidden pages and old addresses come over as ReadMe showed them', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-readme')]);
		expect(stdout).toContain('written 5, updated 0, unchanged 0, skipped 0');
		const body = articleBody(site.contentDir, 'set-up-your-workspace');
		// A callout block is an aside of its kind, with its title and its Markdown.
		expect(body).toContain(
			'<Aside type="caution" title="Before you start">\n  Charge the hub for an hour first.\n  A hub below **20%** cannot pair.\n</Aside>',
		);
		expect(body).toContain('## Pair the hub');
		// Several codes were tabs: each comes under its name (else its language), one after another.
		expect(body).toContain('### Terminal\n\n```shell\nhub pair --name kitchen\n```');
		expect(body).toContain("### javascript\n\n```javascript\nhub.pair({ name: 'kitchen' })\n```");
		expect(body).toContain(
			'![The light blinks blue while pairing](https://files.example-docs.io/9a1b2c3-hub-light.png)\n\nThe light blinks blue while pairing',
		);
		expect(body).toMatch(/\| Light \| Meaning +\|/);
		expect(body).toContain('| Red   | Battery below 20% \\| charge it |');
		// Links by slug lead to the imported article, the section kept; in HTML too.
		expect(body).toContain('[Invite teammates](/articles/invite-teammates/#roles)');
		expect(body).toContain('[Ask a teammate](/articles/invite-teammates/)');
		// A block nothing here shows, and one whose JSON is cut short, stay visible for review.
		expect(body).toContain('`[block:tutorial-tile]` here; it was not imported');
		expect(body).toContain('```json\n{ "type": "info", "body": "This block was cut short\n```');
		expect(body).toContain('`[x](doc:not-a-link)`');
		expect(body).not.toMatch(/\[\/block\]|"codes"|"images"/);
		// The API reference was not imported: its link keeps its words, unlinked, and is listed.
		expect(body).toContain('The API call that creates a sensor is Create a sensor.');
		expect(stdout).toContain('the link to /reference/create-sensor leads to no imported page');

		const invite = articleBody(site.contentDir, 'invite-teammates');
		// ReadMe's callouts are quotes opened by an icon: the first line is the title when more follows.
		expect(invite).toContain(
			'<Aside type="note" title="Seats">\n  Every plan includes five seats. Readers do not take a seat.\n</Aside>',
		);
		expect(invite).toContain(
			'<Aside type="caution">\n  An owner can remove every other person, owners included.\n</Aside>',
		);
		expect(invite).toContain(
			'<Aside type="danger" title="Removed">\n  People you remove lose their dashboards at once.\n</Aside>',
		);
		expect(invite).toContain('> A quote that is only a quote stays one.');
		expect(invite).toContain('[the workspace guide](/articles/set-up-your-workspace/)');

		// The newer editor's MDX callout names its kind as a theme.
		expect(articleBody(site.contentDir, 'download-invoices')).toContain(
			'<Aside type="caution">\n  Invoices older than seven years are deleted.\n</Aside>',
		);

		// ReadMe's current editor writes MDX in `.md` pages: its components read as the page showed them.
		const install = articleBody(site.contentDir, 'install-the-app');
		expect(install).toContain('```\nnpm install --global hub-cli\n```');
		expect(install).toContain('<Aside type="caution">\n  The app needs Bluetooth turned on.\n</Aside>');
		expect(install).toContain(
			'![The home screen after the first start](https://files.example-docs.io/4d5e6f7-home.png)',
		);
		expect(install).toContain('Questions? Write to **help\\@example.com**.');
		expect(install).not.toContain('HTMLBlock');

		const frontmatter = articleFrontmatter(site.contentDir, 'set-up-your-workspace');
		expect(frontmatter).toContain('description: Create a workspace and connect your first sensor.');
		expect(frontmatter).toContain('updated: 2024-05-14');
		// A page ReadMe hides is shown to its admins only: it comes over as a draft.
		expect(articleFrontmatter(site.contentDir, 'refund-window')).toContain('draft: true');
		expect(articleFrontmatter(site.contentDir, 'invite-teammates')).not.toContain('draft: true');

		// ReadMe served every guide flat by its slug under /docs, whatever folder held it.
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('from: /docs/workspace-setup\n');
		expect(redirects).toContain('from: /docs/invite-teammates\n');
		expect(redirects).not.toContain('from: /docs/Getting');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe("folder import: files on ReadMe's file host", () => {
	const png = Buffer.from('89504e470d0a1a0a', 'hex');

	test('are downloaded, since they go when the team leaves ReadMe; other hosts are not asked', async () => {
		const asked: string[] = [];
		const source = folderSource(importFixture('folder-readme'), {
			http: {
				download: async (url) => {
					asked.push(url);
					return { ok: true, bytes: png, contentType: 'image/png' };
				},
			},
		});
		expect(await source.fetchAsset('https://files.readme.io/9a1b2c3-hub-light.png', 1_000_000)).toMatchObject({
			ok: true,
		});
		expect(await source.fetchAsset('https://cdn.example.com/badge.png', 1_000_000)).toMatchObject({ ok: false });
		expect(asked).toEqual(['https://files.readme.io/9a1b2c3-hub-light.png']);
	});

	test('a host the network cannot reach is asked once, not once per picture; --offline asks none', async () => {
		const asked: string[] = [];
		const source = folderSource(importFixture('folder-readme'), {
			http: {
				download: async (url) => {
					asked.push(url);
					return { ok: false, reason: `GET ${url}: the network failed after 4 tries (ENOTFOUND)` };
				},
			},
		});
		await source.fetchAsset('https://files.readme.io/a.png', 1_000_000);
		const second = await source.fetchAsset('https://files.readme.io/b.png', 1_000_000);
		expect(asked).toEqual(['https://files.readme.io/a.png']);
		expect(second).toEqual({
			ok: false,
			reason: 'files.readme.io could not be reached: the network failed after 4 tries (ENOTFOUND)',
		});
		const offline = folderSource(importFixture('folder-readme'), {});
		expect(await offline.fetchAsset('https://files.readme.io/a.png', 1_000_000)).toEqual({
			ok: false,
			reason: 'kept on files.readme.io, and --offline',
		});
	});
});
