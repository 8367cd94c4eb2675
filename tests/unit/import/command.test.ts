import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { importUsage, runImportCommand } from '../../../src/import/command.ts';
import { runCommand, temporaryDir } from '../authoring/helpers.ts';
import { checkErrors, emptySite, importFixture, intercomMap, runImport, zendeskMap } from './helpers.ts';

const zendesk = ['--from', 'zendesk', '--dump', importFixture('zendesk'), '--offline'];
const intercom = ['--from', 'intercom', '--dump', importFixture('intercom'), '--offline'];

function read(site: { contentDir: string }, file: string): string {
	return readFileSync(path.join(site.contentDir, file), 'utf8');
}

function frontmatter(text: string): Record<string, unknown> {
	return parse(text.split('---')[1] ?? '') as Record<string, unknown>;
}

describe('npm run import: words it does not take', () => {
	test('a folder given without --dump is refused with the flag to pass, never ignored', async () => {
		const result = await runImport(emptySite(), ['--from', 'zendesk', 'exports/zendesk']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n').slice(0, 2)).toEqual([
			'unexpected "exports/zendesk"',
			'pass saved lists with --dump exports/zendesk',
		]);
	});

	test('Freshdesk takes the folder alone, and refuses a second word', async () => {
		const result = await runImport(emptySite(), ['--from', 'freshdesk', 'exports/freshdesk', 'extra']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n').slice(0, 2)).toEqual([
			'unexpected "extra"',
			'npm run import -- --from freshdesk [--dump <folder>]',
		]);
		const both = await runImport(emptySite(), ['--from', 'zohodesk', '--dump', 'a', 'b']);
		expect(both.stderr.split('\n')[0]).toBe('unexpected "b"');
	});

	test('a word with control characters is shown as plain text', async () => {
		const result = await runImport(emptySite(), ['--from', 'intercom', 'x\u001b[2Jy']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr).not.toContain('\u001b');
	});
});

describe('npm run import -- --from zendesk --dump', () => {
	test('the first dry run writes a starter map from the sections, and no article', async () => {
		const site = emptySite();
		const result = await runImport(site, [...zendesk, '--dry-run']);
		expect(result.exitCode).toBe(1);
		expect(result.stdout).toContain('would be written 4');
		expect(result.stdout).toContain('new     <dir>/content/articles/verify-your-domain.mdx ← zendesk:360001001');
		expect(result.stdout).toContain('wrote the starter import map');
		expect(existsSync(path.join(site.contentDir, 'articles'))).toBe(false);
		const map = read(site, 'import-map.yaml');
		expect(map).toContain('# "Getting started › Domains" (2 articles)\n    "360000201": { productArea: domains }');
		expect(map).toContain(
			'# "Getting started › Troubleshooting" (1 article): choose its product area\n    "360000202": {}',
		);
		expect(map).toContain('# "Getting started" (4 articles): choose its product area\n    "360000100": {}');
	});

	test('without a map a real import stops and says to dry-run first', async () => {
		const site = emptySite();
		const result = await runImport(site, zendesk);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('<dir>/content/import-map.yaml does not exist yet');
	});

	test.each([
		['zendesk', '{ "articles": [], "sections": [], "categories": [] }'],
		['intercom', '{ "type": "list", "data": [] }'],
	])(
		'an empty %s dump (no article listed) is refused, and no starter map of nothing is written',
		async (from, list) => {
			const site = emptySite();
			const dump = path.join(temporaryDir('empty-dump'), 'articles.json');
			writeFileSync(dump, list);
			const result = await runCommand(
				(io) =>
					runImportCommand(['--from', from, '--dump', dump, '--dry-run'], {
						contentDir: site.contentDir,
						root: site.root,
						env: {},
						today: new Date(),
						io,
					}),
				{ usage: importUsage, replace: dump },
			);
			expect([result.exitCode, result.stderr.split('\n')]).toEqual([
				2,
				[
					`${from === 'zendesk' ? 'Zendesk' : 'Intercom'} dump <dir>: holds no articles, so there is nothing to import`,
					'check that it is the help center you meant, and that its export (or the API token) includes its articles',
				],
			]);
			expect(existsSync(path.join(site.contentDir, 'import-map.yaml'))).toBe(false);
		},
	);

	test('an invalid map fails with the file, line and field', async () => {
		const site = emptySite('defaults:\n  category: usability\n  productArea: domain\n');
		const result = await runImport(site, zendesk);
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toContain('import-map.yaml:3: defaults.productArea: expected one of domains, sending');
	});

	test('imports articles through the article schema, and npm run check passes on them', async () => {
		const site = emptySite(zendeskMap);
		const result = await runImport(site, zendesk);
		expect(result.stdout).toContain('written 4, updated 0, unchanged 0, skipped 0');
		expect(result.stdout).toContain('internal 1 (restricted in the source), drafts 1, unmapped 0');
		expect(result.stdout).toContain(
			'images copied 3, files copied 5, links rewritten 5, links left pointing at the old help center 1',
		);
		// A file that cannot be had and a link to an article that was not imported need a person.
		expect(result.exitCode).toBe(1);
		// A YouTube player is a link to the video, which needs nobody.
		expect(result.stdout).toContain('an embedded frame became a link to it');
		expect(result.stdout).not.toContain('an embedded frame could not be converted');
		expect(result.stdout).toContain(
			'link left pointing outside: https://acme.zendesk.com/hc/en-us/articles/360009999-Retired-article',
		);
		expect(result.stdout).toContain(
			'file not copied, the link still leads to its old address: https://acme.zendesk.com/hc/article_attachments/360090009/old-price-list.pdf (not saved beside the dump, and --offline)',
		);

		const verify = read(site, 'articles/verify-your-domain.mdx');
		expect(verify).toContain('[Watch the video on YouTube](https://www.youtube.com/watch?v=acmeverify)');
		expect(frontmatter(verify)).toEqual({
			title: 'Verify your domain',
			description: 'To send from your own domain, add its DNS records and verify it.',
			category: 'usability',
			productArea: 'domains',
			updated: '2024-03-01',
			tickets: [],
			tags: ['dns', 'domains'],
			aliases: [],
			related: [],
			source: 'zendesk:360001001',
		});
		expect(verify).toContain('![The DNS settings page](./verify-your-domain/dns-settings.png)');
		expect(verify).toContain('[why a domain stays pending](/articles/domain-stuck-on-pending/#cause)');
		// Zendesk's heading id stays as an anchor: a macro or an old reply linking `#h_01HRECORDS` still lands there.
		expect(verify).toContain('<a id="h_01HRECORDS" />\n\n## Add the DNS records');
		// Files the body links and those Zendesk lists under the article come over beside it.
		expect(verify).toContain(
			'Print the [DNS checklist (PDF)](./verify-your-domain/dns-checklist.pdf) before you start',
		);
		expect(verify).toContain(
			'## Attachments\n\n- [SPF record examples.txt](./verify-your-domain/spf-record-examples.txt)\n',
		);
		expect(read(site, 'articles/verify-your-domain/dns-checklist.pdf')).toBe(
			readFileSync(path.join(importFixture('zendesk'), 'hc/article_attachments/360090002/dns-checklist.pdf'), 'utf8'),
		);
		// One that cannot be had keeps its old address and a note readers and authors see.
		expect(verify).toContain(
			'[old price list](https://acme.zendesk.com/hc/article_attachments/360090009/old-price-list.pdf) at hand.\n\n<Aside type="caution" title="Import note">\n  The file linked here (old price list) could not be copied from the old help center: not saved beside the dump, and --offline.',
		);
		const pending = read(site, 'articles/domain-stuck-on-pending.mdx');
		expect(pending).toContain('[the records to add](/articles/verify-your-domain/#add-the-dns-records)');
		expect(pending).toContain('[Domains section](/areas/domains/)');
		expect(frontmatter(pending).category).toBe('reliability');
		expect(frontmatter(read(site, 'articles/dedicated-ip-addresses.mdx')).draft).toBe(true);
		const restricted = frontmatter(read(site, 'articles/escalating-stuck-verifications.mdx'));
		expect(restricted.audience).toBe('internal');
		expect(restricted.productArea).toBe('account');

		const redirects = parse(read(site, 'redirects.yaml')).redirects as { from: string; to: string }[];
		expect(redirects).toContainEqual({
			from: '/hc/en-us/articles/360001001-Verify-your-domain',
			to: 'zendesk:360001001',
		});
		expect(redirects).toContainEqual({ from: '/hc/en-us/articles/360001001', to: 'zendesk:360001001' });
		expect(redirects).toHaveLength(8);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a placeholder article with nothing in it is skipped and listed, not published as an empty page', async () => {
		const dump = temporaryDir('zendesk-placeholder');
		cpSync(importFixture('zendesk'), dump, { recursive: true });
		const file = path.join(dump, 'articles.json');
		const list = JSON.parse(readFileSync(file, 'utf8')) as { articles: Record<string, unknown>[] };
		const placeholder = {
			...list.articles[0],
			id: 360001099,
			html_url: 'https://acme.zendesk.com/hc/en-us/articles/360001099-Coming-soon',
			title: 'Coming soon',
			name: 'Coming soon',
			body: '<h2>Coming soon</h2><p>&nbsp;</p><p><br></p>',
		};
		list.articles.push(placeholder);
		writeFileSync(file, JSON.stringify(list));
		const site = emptySite(zendeskMap);
		const result = await runImport(site, ['--from', 'zendesk', '--dump', dump, '--offline']);
		expect(result.stdout).toContain('written 4, updated 0, unchanged 0, skipped 1');
		expect(result.stdout).toMatch(/zendesk:360001099 .*Coming soon.*: the article holds no text/);
		expect(existsSync(path.join(site.contentDir, 'articles', 'coming-soon.mdx'))).toBe(false);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a second import updates what it wrote instead of adding duplicates', async () => {
		const site = emptySite(zendeskMap);
		await runImport(site, zendesk);
		const again = await runImport(site, zendesk);
		expect(again.stdout).toContain('written 0, updated 0, unchanged 4, skipped 0');
		expect(again.stdout).toContain('redirects added 0');
		expect(readdirSync(path.join(site.contentDir, 'articles')).filter((file) => file.endsWith('.mdx'))).toHaveLength(4);
	});

	test('an update takes the source’s changes and keeps what a person changed here', async () => {
		const site = emptySite(zendeskMap);
		await runImport(site, zendesk);
		// A person links a ticket and rewrites a sentence of one article, and tags another.
		const pendingFile = path.join(site.contentDir, 'articles/domain-stuck-on-pending.mdx');
		const edited = readFileSync(pendingFile, 'utf8')
			.replace('tickets: []', 'tickets: [ACME-1]')
			.replace('A domain stays _pending_', 'Your domain stays _pending_');
		writeFileSync(pendingFile, edited);
		const verifyFile = path.join(site.contentDir, 'articles/verify-your-domain.mdx');
		writeFileSync(verifyFile, readFileSync(verifyFile, 'utf8').replace('aliases: []', 'aliases: [dkim missing]'));
		// Meanwhile both articles change in Zendesk.
		const dump = temporaryDir('dump');
		cpSync(importFixture('zendesk'), dump, { recursive: true });
		const articles = path.join(dump, 'articles.json');
		writeFileSync(
			articles,
			readFileSync(articles, 'utf8')
				.replace('Copy the value with the copy button', 'Copy the value with the copy icon')
				.replace('"title": "Verify your domain"', '"title": "Verify your sending domain"')
				.replace('Before you start', 'Before you begin'),
		);
		const result = await runImport(site, ['--from', 'zendesk', '--dump', dump, '--offline']);
		expect(result.stdout).toContain('written 0, updated 1, unchanged 3');
		// Untouched here: the source's new title and body arrive; the person's alias stays.
		const verify = readFileSync(verifyFile, 'utf8');
		expect(frontmatter(verify)).toMatchObject({ title: 'Verify your sending domain', aliases: ['dkim missing'] });
		expect(verify).toContain('## Before you begin');
		// Edited here and changed there: this file stays exactly as the person left it.
		expect(readFileSync(pendingFile, 'utf8')).toBe(edited);
		const incoming = path.join(site.root, '.tryblock/import/incoming/domain-stuck-on-pending.mdx');
		expect(result.stdout).toContain(
			"the body was edited here and changed in the source: kept yours; the source's version is in <dir>/.tryblock/import/incoming/domain-stuck-on-pending.mdx",
		);
		expect(readFileSync(incoming, 'utf8')).toContain('Copy the value with the copy icon');
		expect(readFileSync(incoming, 'utf8')).toContain('tickets: [ACME-1]');
	});

	test('a file a person wrote under the same slug is never overwritten', async () => {
		const site = emptySite(zendeskMap);
		const mine = path.join(site.contentDir, 'articles/verify-your-domain.md');
		mkdirSync(path.dirname(mine), { recursive: true });
		cpSync('content/articles/domain-stuck-pending.md', mine);
		const before = readFileSync(mine, 'utf8');
		const result = await runImport(site, zendesk);
		expect(readFileSync(mine, 'utf8')).toBe(before);
		expect(result.stdout).toContain(
			'zendesk:360001001 "Verify your domain": <dir>/content/articles/verify-your-domain.md already has the slug "verify-your-domain" and was not imported; add `source: zendesk:360001001` to its frontmatter to let the import update it, or rename it',
		);
		// The article that linked to it keeps the old address, and says so.
		expect(result.stdout).toContain('link left pointing outside: https://acme.zendesk.com/hc/en-us/articles/360001001');
	});

	test('existing redirects, comments and hand-written entries stay', async () => {
		const site = emptySite(zendeskMap);
		const file = path.join(site.contentDir, 'redirects.yaml');
		writeFileSync(
			file,
			'# ours\nredirects:\n  - from: /old-pricing   # renamed in 2025\n    to: zendesk:360001002\n  - from: /hc/en-us/articles/360001001\n    to: zendesk:360001002\n',
		);
		const result = await runImport(site, zendesk);
		const text = readFileSync(file, 'utf8');
		expect(
			text.startsWith('# ours\nredirects:\n  - from: /old-pricing # renamed in 2025\n    to: zendesk:360001002\n'),
		).toBe(true);
		expect(result.stdout).toContain('redirects added 7');
		expect(result.stdout).toContain(
			'/hc/en-us/articles/360001001 → zendesk:360001002 (the import would send it to zendesk:360001001)',
		);
	});

	test('--md writes Markdown, with callouts as quotes', async () => {
		const site = emptySite(zendeskMap);
		await runImport(site, [...zendesk, '--md']);
		const verify = read(site, 'articles/verify-your-domain.md');
		expect(verify).toContain('> **Caution:** DNS changes can take up to 48 hours');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test.each([
		[['--dump', 'tests/fixtures/import/nowhere'], 'tests/fixtures/import/nowhere: no such file or folder'],
		[
			['--dump', 'tests/fixtures/import/malformed.json'],
			'tests/fixtures/import/malformed.json:2:1: malformed JSON: the file ends before its JSON does (cut short?)',
		],
		[
			['--dump', 'tests/fixtures/import/stray-character.json'],
			"tests/fixtures/import/stray-character.json:3:78: malformed JSON: expected ','",
		],
	])('an unreadable source exits 2 with one line naming it: %s', async (args, message) => {
		const site = emptySite(zendeskMap);
		const result = await runImport(site, ['--from', 'zendesk', ...args, '--offline']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toContain(message);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	test.each([
		['tests/fixtures/import/nowhere', 'tests/fixtures/import/nowhere: no such folder'],
		[
			'tests/fixtures/import/malformed.json',
			'tests/fixtures/import/malformed.json: a file, not a folder: pass the folder that holds the Markdown or HTML pages',
		],
		[
			'tests/fixtures/import/notion-export.zip',
			'tests/fixtures/import/notion-export.zip: an archive, not a folder: unzip it (a Notion or Confluence export, a saved site) and pass the folder it holds',
		],
	])('a folder import of what is not a folder exits 2 with one line naming it: %s', async (folder, message) => {
		const result = await runImport(emptySite(), ['--from', 'folder', folder]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(message);
	});

	test('an unknown source suggests the nearest one', async () => {
		const result = await runImport(emptySite(), ['--from', 'zendek']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toContain(
			'--from must be zendesk, intercom, freshdesk, helpscout-docs, zohodesk, document360, folder, received "zendek"',
		);
		expect(result.stderr).toContain('did you mean --from zendesk?');
	});

	test('no source at all: one line, the choices, and the usage once, in its own lines', async () => {
		const site = emptySite();
		const result = await runCommand(
			(io) =>
				runImportCommand(['--dump', 'x'], {
					contentDir: site.contentDir,
					root: site.root,
					env: {},
					today: new Date(),
					io,
				}),
			{ usage: importUsage },
		);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n').slice(0, 4)).toEqual([
			'missing --from: say which help center to import',
			'--from zendesk, --from intercom, --from freshdesk, --from helpscout-docs, --from zohodesk, --from document360, --from folder',
			'',
			'Usage:',
		]);
		expect(result.stderr.match(/Usage:/g)).toHaveLength(1);
	});
});

describe('npm run import -- --from intercom --dump', () => {
	test('internal articles and articles outside every collection are internal; drafts stay drafts', async () => {
		const site = emptySite(intercomMap);
		const result = await runImport(site, intercom);
		expect(result.stdout).toContain('written 5');
		expect(frontmatter(read(site, 'articles/re-enabling-switched-off-webhooks.mdx')).audience).toBe('internal');
		expect(frontmatter(read(site, 'articles/webhook-delivery-report.mdx')).audience).toBe('internal');
		expect(frontmatter(read(site, 'articles/filter-webhook-events.mdx')).draft).toBe(true);
		const webhooks = read(site, 'articles/set-up-webhooks.mdx');
		expect(frontmatter(webhooks)).toMatchObject({
			description: 'Create an endpoint and check the signature of each delivery.',
			productArea: 'webhooks',
			updated: '2024-04-01',
			source: 'intercom:8801',
		});
		expect(webhooks).toContain('<Aside type="caution">\n  Endpoints that fail for three days are switched off.');
		expect(webhooks).toContain('![Webhook settings](./set-up-webhooks/webhook-settings.png)');
		expect(webhooks).toContain('[how retries work](/articles/webhook-retries/#how-retries-work)');
		// A file on Intercom's CDN whose address names none is named by the link's words.
		expect(webhooks).toContain('[Webhook event reference.pdf](./set-up-webhooks/webhook-event-reference.pdf)');
		// An internal article's files, on a workspace's signed attachment host, come over beside it too.
		expect(read(site, 'articles/re-enabling-switched-off-webhooks.mdx')).toContain(
			'[re-enable checklist](./re-enabling-switched-off-webhooks/reenable-checklist.pdf)',
		);
		// Intercom's bold first row is the header, without the bold a header cell has already.
		expect(webhooks).toContain('| Header         | Meaning          |\n| -------------- | ---------------- |');
		const redirects = parse(read(site, 'redirects.yaml')).redirects as { from: string }[];
		expect(redirects.map((entry) => entry.from)).toEqual([
			'/en/articles/8801-set-up-webhooks',
			'/en/articles/8801',
			'/en/articles/8802-webhook-retries',
			'/en/articles/8802',
			'/en/articles/8803-filter-webhook-events',
			'/en/articles/8803',
			'/en/articles/8804-webhook-delivery-report',
			'/en/articles/8804',
		]);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
