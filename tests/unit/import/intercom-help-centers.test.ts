import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type FakeApi, fakeIntercom } from './fake-api.ts';
import { articleFrontmatter, checkErrors, emptySite, importFixture, oldAddressesOf, runImport } from './helpers.ts';

/** A workspace of two help centers (Acme Mail, Acme Chat), each with a "Getting started" collection. */
const dump = ['--from', 'intercom', '--dump', importFixture('intercom-help-centers'), '--offline'];

const read = (site: { contentDir: string }, file: string) => readFileSync(path.join(site.contentDir, file), 'utf8');
const fields = (site: { contentDir: string }, slug: string) =>
	parse(articleFrontmatter(site.contentDir, slug)) as Record<string, unknown>;
const written = (site: { contentDir: string }) =>
	readdirSync(path.join(site.contentDir, 'articles'))
		.filter((name) => name.endsWith('.mdx'))
		.sort();

const mapWith = (entries: string) => `defaults:
  category: usability
  productArea: account
intercom:
${entries}`;

let api: FakeApi | undefined;
afterEach(async () => {
	await api?.close();
	api = undefined;
});

describe('an Intercom workspace with several help centers', () => {
	test('the starter map names each collection with its help center and lists the help centers', async () => {
		const site = emptySite();
		const result = await runImport(site, [...dump, '--dry-run']);
		expect(result.exitCode).toBe(1);
		const map = read(site, 'import-map.yaml');
		const intercom = map.slice(map.indexOf('intercom:'));
		expect(intercom).toBe(`intercom:
  collections:
    # "Acme Mail › Getting started" (2 articles): choose its product area
    "7101": {}
    # "Acme Mail › Sending" (1 article)
    "7102": { productArea: sending }
    # "Acme Chat › Getting started" (3 articles): choose its product area
    "7201": {}
    # "Acme Chat › Getting started › Install the widget" (1 article): choose its product area
    "7202": {}
    # "help center 13 (not among the workspace's help centers) › Old brand" (1 article): choose its product area
    "7301": {}
  help_centers:   # used by collections that have no entry; skip: true leaves a whole help center out
    # "Acme Mail" (3 articles): choose its product area
    "11": {}
    # "Acme Chat" (4 articles): choose its product area
    "12": {}
    # "help center 13 (not among the workspace's help centers)" (1 article): choose its product area
    "13": {}
`);
		// Articles in no collection, or in no help center the list names, are listed, not dropped.
		expect(result.stdout).toContain('Unmapped (given the default product area; add their section to the import map):');
		expect(result.stdout).toContain(
			'content/articles/legacy-pricing.mdx: from no collection, and its address names none of the help centers',
		);
		expect(result.stdout).toMatch(
			/old-brand-faq\.mdx: from help center 13 \(not among the workspace's help centers\) › Old brand/,
		);
	});

	test('a help center the map skips is left out, and an article it shares with another comes once, through the other', async () => {
		const site = emptySite(mapWith('  help_centers:\n    "11": { productArea: billing }\n    "12": { skip: true }\n'));
		const result = await runImport(site, dump);
		expect(written(site)).toEqual([
			'billing-and-invoices.mdx',
			'create-your-account.mdx',
			'legacy-pricing.mdx',
			'old-brand-faq.mdx',
			'send-your-first-email.mdx',
		]);
		for (const id of ['8201', '8202', '8401'])
			expect(result.stdout).toMatch(new RegExp(`intercom:${id}.*the import map skips "Acme Chat"`));
		expect(fields(site, 'billing-and-invoices')).toMatchObject({ productArea: 'billing', source: 'intercom:8301' });

		const other = emptySite(
			mapWith(
				'  collections:\n    "7201": { productArea: api }\n  help_centers:\n    "11": { skip: true }\n    "12": { productArea: webhooks }\n',
			),
		);
		await runImport(other, dump);
		expect(written(other).filter((name) => name.startsWith('billing'))).toEqual(['billing-and-invoices.mdx']);
		expect(fields(other, 'billing-and-invoices')).toMatchObject({ productArea: 'api', source: 'intercom:8301' });
		expect(fields(other, 'release-notes')).toMatchObject({ productArea: 'webhooks', audience: 'internal' });
		expect(written(other)).not.toContain('create-your-account.mdx');
	});

	test("each help center's article addresses and links lead to the imported articles", async () => {
		const site = emptySite(
			mapWith(
				'  collections:\n    "7301": { productArea: api }\n  help_centers:\n    "11": { productArea: sending }\n    "12": { productArea: webhooks }\n',
			),
		);
		const result = await runImport(site, dump);
		expect(result.stdout).toContain('written 8');
		expect(fields(site, 'install-the-chat-widget').productArea).toBe('webhooks');
		expect(oldAddressesOf(site.contentDir, 'intercom:8201')).toEqual([
			'/en/articles/8201',
			'/en/articles/8201-install-the-chat-widget',
		]);
		expect(oldAddressesOf(site.contentDir, 'intercom:8301')).toEqual([
			'/en/articles/8301',
			'/en/articles/8301-billing-and-invoices',
		]);
		// Acme Chat's own domain, which no article's address names, is known from the list of help centers.
		expect(read(site, 'articles/send-your-first-email.mdx')).toContain(
			'[Install the chat widget](/articles/install-the-chat-widget/)',
		);
		// The shared article, linked at the other help center's address.
		expect(read(site, 'articles/invite-your-team.mdx')).toContain(
			'[billing and invoices](/articles/billing-and-invoices/)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('without help_centers.json, collections are still told apart by the help center they name', async () => {
		const site = emptySite();
		await runImport(site, [
			'--from',
			'intercom',
			'--dump',
			importFixture('intercom-help-centers-unlisted'),
			'--offline',
			'--dry-run',
		]);
		const map = read(site, 'import-map.yaml');
		expect(map).toContain(
			'    # "help center 11 › Getting started" (2 articles): choose its product area\n    "7101": {}',
		);
		expect(map).toContain(
			'    # "help center 12 › Getting started" (3 articles): choose its product area\n    "7201": {}',
		);
		expect(map).toContain('    # "help center 13 › Old brand" (1 article): choose its product area\n    "7301": {}');
		expect(map).toContain('  help_centers:');
	});

	test('from the API: the help centers are one more request', async () => {
		api = await fakeIntercom({ token: 'ic-token', fixture: 'intercom-help-centers' });
		const site = emptySite();
		const result = await runImport(site, ['--from', 'intercom', '--dry-run', '--offline'], {
			env: { INTERCOM_TOKEN: 'ic-token', INTERCOM_API_URL: api.origin },
		});
		expect(api.requests.filter((request) => request.startsWith('/help_center/help_centers'))).toEqual([
			'/help_center/help_centers?per_page=100',
		]);
		expect(result.stderr).toBe('');
		const map = read(site, 'import-map.yaml');
		expect(map).toContain('    # "Acme Chat › Getting started" (3 articles): choose its product area\n    "7201": {}');
		expect(map).toContain('    # "Acme Mail" (3 articles): choose its product area\n    "11": {}');
	});

	test('from the API: a workspace whose help-center list is refused still imports, its collections told apart by their ids', async () => {
		api = await fakeIntercom({ token: 'ic-token', fixture: 'intercom-help-centers' });
		api.inject({
			match: (request) => request.url.pathname === '/help_center/help_centers',
			response: { status: 404, body: { type: 'error.list', errors: [{ code: 'not_found', message: 'Not found' }] } },
		});
		const site = emptySite();
		const result = await runImport(site, ['--from', 'intercom', '--dry-run', '--offline'], {
			env: { INTERCOM_TOKEN: 'ic-token', INTERCOM_API_URL: api.origin },
		});
		expect(result.exitCode).toBe(1);
		expect(read(site, 'import-map.yaml')).toContain('    # "help center 11 › Getting started" (2 articles)');
	});
});
