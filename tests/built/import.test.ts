import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/authoring/check-command.ts';
import type { CommandIo } from '../../src/authoring/command-io.ts';
import { loadContent } from '../../src/content-model/content.ts';
import { runImportCommand } from '../../src/import/command.ts';
import { redirectFilePath, redirectPagePath } from '../../src/redirects/old-path.ts';
import { type BinaryCanary, findBinaryCanaries } from './helpers/binary-canaries.ts';
import { type BuildResult, buildSite } from './helpers/build-site.ts';
import { findInOutput, listFiles } from './helpers/scan-output.ts';
import { serveSite } from './helpers/serve-site.ts';

/**
 * A team moves in: a Zendesk dump, an Intercom dump and a docs folder are imported
 * into an empty content folder, checked, and built for both audiences. Every old
 * address must redirect, every link between articles must lead to a page and its
 * heading, and nothing restricted in the source may reach the public build.
 */
const out = 'tests/.output/import';
const contentDir = `${out}/content`;
const publicDir = `${out}/dist`;
const internalDir = `${out}/dist-internal`;
const fixtures = path.resolve('tests/fixtures/import');

const map = `defaults:
  category: usability
  productArea: domains
zendesk:
  sections:
    "360000201": { productArea: domains }
    "360000202": { productArea: domains, category: reliability }
    "360000203": { productArea: account }
intercom:
  collections:
    "7001": { productArea: webhooks }
folder:
  folders:
    guides: { productArea: sending }
`;

/** Words only the restricted articles and the draft hold. */
const restricted = [
	'Escalating stuck verifications',
	'escalation-flow',
	'oncall-escalation-sheet',
	'deliverability-contacts',
	'reenable-checklist',
	'dedicated-ip-pricing',
	'event-filter-spec',
	'escalating-stuck-verifications',
	'deliv-oncall',
	'360001004',
	'Re-enabling switched-off webhooks',
	're-enabling-switched-off-webhooks',
	'Webhook delivery report',
	'8804',
	'Dedicated IP addresses',
	'360001003',
	'Filter webhook events',
	'escalating.html',
	// A docs page its old site did not publish (`published: false`): imported as a draft.
	'Regional pricing preview',
	'regional-pricing-preview',
	'KESTREL-PRICE-2207',
];

/** The images and files of the restricted articles and the drafts, as the source holds them. */
const hiddenFiles: BinaryCanary[] = [
	'zendesk/hc/article_attachments/360090011/dedicated-ip-pool.png',
	'zendesk/hc/article_attachments/360090012/dedicated-ip-pricing.pdf',
	'zendesk/hc/article_attachments/360090021/escalation-flow.png',
	'zendesk/hc/article_attachments/360090022/oncall-escalation-sheet.pdf',
	'zendesk/hc/article_attachments/360090023/deliverability-contacts.csv',
	'intercom/downloads.intercomcdn.com/i/o/601/aa11bb/admin-webhook-panel.png',
	'intercom/acme-123.intercom-attachments-7.com/i/o/602/cc22dd/reenable-checklist.pdf',
	'intercom/downloads.intercomcdn.com/i/o/701/ee33ff/event-filter-editor.png',
	'intercom/downloads.intercomcdn.com/i/o/702/ff44aa/event-filter-spec.pdf',
].map((file) => ({ name: path.basename(file), bytes: readFileSync(path.join(fixtures, file)) }));

async function importInto(argv: string[]): Promise<number> {
	const io: CommandIo = { log: () => {}, error: () => {} };
	return runImportCommand([...argv, '--offline'], {
		contentDir: path.resolve(contentDir),
		root: path.resolve(out),
		env: {},
		today: new Date('2026-06-01T00:00:00Z'),
		io,
	});
}

function pageFile(dir: string, pathname: string): string {
	const clean = decodeURI(pathname.split('#')[0] ?? '');
	return clean.endsWith('/') ? path.join(dir, clean, 'index.html') : path.join(dir, clean);
}

describe('an imported help center, built', () => {
	let builds: { public: BuildResult; internal: BuildResult };
	let redirects: { from: string; to: string }[];

	beforeAll(async () => {
		rmSync(out, { recursive: true, force: true });
		mkdirSync(contentDir, { recursive: true });
		for (const name of ['taxonomy.yaml', 'tryblock.yaml'])
			copyFileSync(path.join('content', name), path.join(contentDir, name));
		writeFileSync(path.join(contentDir, 'import-map.yaml'), map);
		await importInto(['--from', 'zendesk', '--dump', path.join(fixtures, 'zendesk')]);
		await importInto(['--from', 'intercom', '--dump', path.join(fixtures, 'intercom')]);
		await importInto(['--from', 'folder', path.join(fixtures, 'docs-site/docs'), '--base-path', '/docs']);
		// A notes app's folders: old addresses with spaces, accents and punctuation.
		await importInto(['--from', 'folder', path.join(fixtures, 'folder-names'), '--base-path', '/notes']);
		// Callout titles with quotes, and brackets in code, from MkDocs and Docusaurus.
		await importInto([
			'--from',
			'folder',
			path.join(fixtures, 'folder-callout-quotes/mkdocs/docs'),
			'--base-path',
			'/kettle',
		]);
		await importInto([
			'--from',
			'folder',
			path.join(fixtures, 'folder-callout-quotes/docusaurus/docs'),
			'--base-path',
			'/refill',
		]);
		// Addresses a team adds by hand, as an old static site served them: a file's `.html`
		// address and a versioned folder, and one for the internal article (never public).
		appendFileSync(
			path.join(contentDir, 'redirects.yaml'),
			[
				'  - from: /docs/guides/send-mail.html',
				'    to: folder:guides/send-mail',
				'  - from: /docs/v1.0/send-mail',
				'    to: folder:guides/send-mail',
				'  - from: /hc/en-us/articles/escalating.html',
				'    to: zendesk:360001004',
				// An old help center that served its articles under /articles/, as this one does.
				'  - from: /articles/sending-mail',
				'    to: folder:guides/send-mail',
				'',
			].join('\n'),
		);
		redirects = parse(readFileSync(path.join(contentDir, 'redirects.yaml'), 'utf8')).redirects;
		// One after the other: both builds share the project's .astro/ folder (see buildSite).
		const publicBuild = await buildSite({ contentDir, outDir: publicDir, audience: 'public' });
		// The handbook is built as Netlify builds it: `redirects.host: auto` reads NETLIFY=true.
		process.env.NETLIFY = 'true';
		const internalBuild = await buildSite({ contentDir, outDir: internalDir, audience: 'internal' }).finally(() => {
			delete process.env.NETLIFY;
		});
		builds = { public: publicBuild, internal: internalBuild };
	});

	test('callout and fold titles with quotes and brackets show on the page as the old site showed them', () => {
		const titles = (slug: string) =>
			[
				...readFileSync(path.join(publicDir, 'articles', slug, 'index.html'), 'utf8').matchAll(
					/class="aside-title"[^>]*>([^<]*)</g,
				),
			].map((match) =>
				(match[1] ?? '')
					.replace(/&quot;|&#34;/g, '"')
					.replace(/&#39;|&#x27;/g, "'")
					.replace(/&amp;/g, '&'),
			);
		expect(titles('descale-the-kettle')).toEqual(['The words "scale" and "limescale"', `Don't use "strong" vinegar`]);
		// MkDocs' collapsible `???` is a fold: its title is the summary, its code still code.
		const page = readFileSync(path.join(publicDir, 'articles', 'descale-the-kettle', 'index.html'), 'utf8');
		const prose = page.slice(page.indexOf('class="prose'));
		const summary = /<summary[^>]*>(.*?)<\/summary>/s.exec(prose)?.[1] ?? '';
		expect(summary.replace(/<[^>]+>/g, '').replace(/&quot;|&#34;/g, '"')).toBe('Error field ("reason": [text|null])');
		expect(summary).toContain('<code');
		expect(titles('refill-the-kettle')).toEqual(['The "max" line', 'The "min" line']);
	});

	test('npm run check finds no error in the imported content, and both builds succeed', () => {
		const issues = checkContent(loadContent(path.resolve(contentDir)), { root: process.cwd(), today: new Date() });
		expect(issues.filter((issue) => issue.kind.severity === 'error').map((issue) => issue.message)).toEqual([]);
		expect(builds.public.status, builds.public.output).toBe(0);
		expect(builds.internal.status, builds.internal.output).toBe(0);
	});

	test('every old address of a published article redirects to it, with a page and a _redirects line', () => {
		const content = loadContent(path.resolve(contentDir));
		const bySource = new Map(content.articles.map((article) => [article.data.source, article]));
		const lines = readFileSync(path.join(publicDir, '_redirects'), 'utf8').split('\n');
		let published = 0;
		const byTheBuild: string[] = [];
		for (const { from, to } of redirects) {
			const article = bySource.get(to);
			expect(article, `${from} → ${to}`).toBeDefined();
			if (!article) continue;
			const target = `/articles/${article.slug}/`;
			// Named as the host looks it up: the request's path decoded. Astro writes the page
			// where it can name it, the build itself where it cannot (a `.`, a decoded `#`).
			const file = redirectFilePath(from) as string;
			expect(file, from).toBeDefined();
			const page = path.join(publicDir, file);
			if (article.data.audience === 'internal' || article.data.draft) {
				expect(existsSync(page), `${from} leads to an unpublished article`).toBe(false);
				expect(lines).not.toContain(`${from} ${target} 301`);
				expect(existsSync(path.join(internalDir, file)), from).toBe(true);
				continue;
			}
			published++;
			expect(lines).toContain(`${from} ${target} 301`);
			expect(existsSync(pageFile(publicDir, target)), target).toBe(true);
			if (redirectPagePath(from) === undefined) byTheBuild.push(from);
			const html = readFileSync(page, 'utf8');
			expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${target}">`);
			expect(html).toContain(`<link rel="canonical" href="https://help.acmemail.dev${target}">`);
		}
		// Zendesk 2 articles × 2 forms, Intercom 2 × 2, the docs folder 3 and 3 by hand, the notes folder 4, the callout folders 2.
		expect(published).toBe(20);
		expect(byTheBuild).toEqual([
			"/notes/Bases/Don't%20%231%20tip",
			'/docs/guides/send-mail.html',
			'/docs/v1.0/send-mail',
		]);
	});

	test('the project’s server answers an old address with spaces and accents, as a browser requests it, with its redirect page', async () => {
		const site = await serveSite({ contentDir, outDir: publicDir, audience: 'public' });
		try {
			for (const [oldPath, slug] of [
				['/notes/Bases/Create a base', 'create-a-base'],
				["/notes/Getting started/Réglages de l'éditeur/", 'reglages-de-lediteur'],
				['/notes/Bases/Rename views & filters (beta)', 'rename-views-filters-beta'],
				["/notes/Bases/Don't #1 tip".replace('#', '%23'), 'dont-1-tip'],
				['/docs/guides/send-mail.html', 'send-mail'],
				['/docs/v1.0/send-mail', 'send-mail'],
			]) {
				// The URL encodes the path as a browser does: `/notes/Bases/Create%20a%20base`.
				const url = new URL(`${oldPath}`, site.origin);
				const response = await fetch(url, { redirect: 'manual' });
				expect(response.status, url.pathname).toBe(200);
				expect(await response.text(), url.pathname).toContain(
					`<meta http-equiv="refresh" content="0;url=/articles/${slug}/">`,
				);
			}
		} finally {
			site.stop();
		}
		const sitemap = listFiles(publicDir)
			.filter((file) => /^sitemap.*\.xml$/.test(file))
			.map((file) => readFileSync(path.join(publicDir, file), 'utf8'))
			.join('\n');
		expect(sitemap).toContain('/articles/create-a-base/');
		expect(sitemap).not.toContain('/notes/');
	});

	test('every link between pages in the built articles leads to a page and its heading', () => {
		// An old /articles/ address has a redirect page among them, which is no article.
		const pages = listFiles(publicDir).filter(
			(file) =>
				/^articles\/[^/]+\/index\.html$/.test(file) &&
				!readFileSync(path.join(publicDir, file), 'utf8').includes('http-equiv="refresh"'),
		);
		expect(pages.length).toBe(13);
		const checked: string[] = [];
		for (const page of pages) {
			const html = readFileSync(path.join(publicDir, page), 'utf8');
			const main = html.slice(html.indexOf('data-pagefind-body'));
			for (const [, href] of main.matchAll(/<a [^>]*href="(\/(?:articles|areas)\/[^"]*)"/g)) {
				if (!href) continue;
				const target = pageFile(publicDir, href);
				expect(existsSync(target), `${page} links ${href}`).toBe(true);
				const anchor = href.split('#')[1];
				if (anchor) expect(readFileSync(target, 'utf8'), `${page} links ${href}`).toContain(`id="${anchor}"`);
				checked.push(href);
			}
		}
		expect(checked).toEqual(
			expect.arrayContaining([
				'/articles/domain-stuck-on-pending/#cause',
				'/articles/verify-your-domain/#add-the-dns-records',
				'/articles/webhook-retries/#how-retries-work',
				'/articles/verify-a-sending-domain/#set-up-dns',
				'/areas/domains/',
			]),
		);
	});

	test('imported images are served from the build', () => {
		const html = readFileSync(path.join(publicDir, 'articles/verify-your-domain/index.html'), 'utf8');
		const src = /<img[^>]+src="(\/_astro\/dns-settings[^"]+)"/.exec(html)?.[1];
		expect(src).toBeDefined();
		expect(existsSync(path.join(publicDir, src ?? ''))).toBe(true);
	});

	test('a screen recording stays a GIF, byte for byte, where its WebP would be heavier, and becomes WebP where that is lighter', () => {
		const pictureOf = (slug: string, alt: string) => {
			const html = readFileSync(path.join(publicDir, 'articles', slug, 'index.html'), 'utf8');
			const img = html.match(/<img[^>]*>/g)?.find((tag) => tag.includes(`alt="${alt}"`));
			const src = /src="([^"]+)"/.exec(img ?? '')?.[1] ?? '';
			return { src, bytes: readFileSync(path.join(publicDir, src)) };
		};
		const fixture = (name: string) => readFileSync(path.join(fixtures, 'docs-site/docs/guides', name));
		// An MDX page: few colours moving, which GIF stores in a fifteenth of the WebP's bytes.
		const recording = pictureOf('verify-a-sending-domain', 'Adding the TXT record, step by step');
		expect(recording.src).toMatch(/^\/_astro\/add-txt-record\.[^/]+\.gif$/);
		expect(recording.bytes).toEqual(fixture('add-txt-record.gif'));
		// A Markdown page: a gradient, which WebP stores in a sixth of the GIF's bytes.
		const preview = pictureOf('send-mail', 'The preview before sending');
		expect(preview.src).toMatch(/^\/_astro\/send-preview\.[^/]+\.webp$/);
		expect(preview.bytes.byteLength).toBeLessThan(fixture('send-preview.gif').byteLength);
	});

	test('imported files are served where the articles link them, byte for byte; one that could not be had keeps a note', () => {
		const served = [
			[
				'verify-your-domain',
				'/articles/verify-your-domain/dns-checklist.pdf',
				'zendesk/hc/article_attachments/360090002/dns-checklist.pdf',
			],
			[
				'verify-your-domain',
				'/articles/verify-your-domain/spf-record-examples.txt',
				'zendesk/hc/article_attachments/360090003/spf-record-examples.txt',
			],
			[
				'set-up-webhooks',
				'/articles/set-up-webhooks/webhook-event-reference.pdf',
				'intercom/downloads.intercomcdn.com/i/o/502/d4e5f6/9876543',
			],
			['send-mail', '/articles/send-mail/sending-limits.csv', 'docs-site/docs/guides/sending-limits.csv'],
		];
		for (const [slug, href, original] of served) {
			const html = readFileSync(path.join(publicDir, 'articles', slug as string, 'index.html'), 'utf8');
			expect(html, slug).toContain(`href="${href}"`);
			expect(readFileSync(pageFile(publicDir, href as string)), href).toEqual(
				readFileSync(path.join(fixtures, original as string)),
			);
		}
		const verify = readFileSync(path.join(publicDir, 'articles/verify-your-domain/index.html'), 'utf8');
		expect(verify).toContain('href="https://acme.zendesk.com/hc/article_attachments/360090009/old-price-list.pdf"');
		expect(verify).toContain('The file linked here (old price list) could not be copied from the old help center');
		// The agent files link them where the site serves them.
		expect(readFileSync(path.join(publicDir, 'articles/verify-your-domain.md'), 'utf8')).toContain(
			'(https://help.acmemail.dev/articles/verify-your-domain/dns-checklist.pdf)',
		);
	});

	test('the files for agents show each imported image from where the site serves it, byte for byte', () => {
		const site = 'https://help.acmemail.dev';
		const llms = readFileSync(path.join(publicDir, 'llms-full.txt'), 'utf8');
		const images = [...llms.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);
		expect(images).toContain(`${site}/articles/verify-your-domain/dns-settings.png`);
		for (const url of images) {
			expect(url.startsWith(`${site}/articles/`), url).toBe(true);
			const served = url.slice(site.length);
			const [, slug, ...rest] = served.split('/').filter(Boolean);
			expect(readFileSync(pageFile(publicDir, served)), url).toEqual(
				readFileSync(path.join(contentDir, 'articles', slug as string, ...rest.map(decodeURIComponent))),
			);
		}
	});

	test('no file of the public build is, by content hash or by name, an image or file of a restricted article or a draft', () => {
		const leaks = [...findBinaryCanaries(publicDir, hiddenFiles)]
			.filter(([, files]) => files.length > 0)
			.map(([name, files]) => `${name}: ${files.join(', ')}`);
		expect(leaks).toEqual([]);
		// The handbook, which publishes them, has every one: the comparison finds what it looks for.
		const missing = [...findBinaryCanaries(internalDir, hiddenFiles)].filter(([, files]) => files.length === 0);
		expect(missing.map(([name]) => name)).toEqual([]);
	});

	test('_redirects says plain 301 where no host is known, and 301! when built on Netlify', () => {
		expect(readFileSync(path.join(publicDir, '_redirects'), 'utf8')).toMatchInlineSnapshot(`
			"# Ticket categories this help center does not show customers (taxonomy: no \`customer\` words)
			/categories/reliability /areas/domains/ 301
			/categories/usability / 301
			/categories/functional / 301
			/categories/deliverability / 301
			/categories/abuse / 301
			/categories/success-outreach / 301

			# Old help-center addresses (content/redirects.yaml)
			/hc/en-us/articles/360001001-Verify-your-domain /articles/verify-your-domain/ 301
			/hc/en-us/articles/360001002-Domain-stuck-on-pending /articles/domain-stuck-on-pending/ 301
			/en/articles/8801-set-up-webhooks /articles/set-up-webhooks/ 301
			/en/articles/8802-webhook-retries /articles/webhook-retries/ 301
			/docs/guides/send-mail /articles/send-mail/ 301
			/docs/guides/verify /articles/verify-a-sending-domain/ 301
			/docs /articles/getting-started-with-acme-mail/ 301
			/notes/Bases/Create%20a%20base /articles/create-a-base/ 301
			/notes/Bases/Don't%20%231%20tip /articles/dont-1-tip/ 301
			/notes/Bases/Rename%20views%20&%20filters%20(beta) /articles/rename-views-filters-beta/ 301
			/notes/Getting%20started/R%C3%A9glages%20de%20l'%C3%A9diteur /articles/reglages-de-lediteur/ 301
			/kettle/descale /articles/descale-the-kettle/ 301
			/refill/refill /articles/refill-the-kettle/ 301
			/hc/en-us/articles/360001001 /articles/verify-your-domain/ 301
			/hc/en-us/articles/360001002 /articles/domain-stuck-on-pending/ 301
			/en/articles/8801 /articles/set-up-webhooks/ 301
			/en/articles/8802 /articles/webhook-retries/ 301
			/docs/guides/send-mail.html /articles/send-mail/ 301
			/docs/v1.0/send-mail /articles/send-mail/ 301
			/articles/sending-mail /articles/send-mail/ 301
			"
		`);
		const internal = readFileSync(path.join(internalDir, '_redirects'), 'utf8');
		expect(internal).toMatchInlineSnapshot(`
			"# Old help-center addresses (content/redirects.yaml)
			/hc/en-us/articles/360001001-Verify-your-domain /articles/verify-your-domain/ 301!
			/hc/en-us/articles/360001002-Domain-stuck-on-pending /articles/domain-stuck-on-pending/ 301!
			/hc/en-us/articles/360001003-Dedicated-IP-addresses /articles/dedicated-ip-addresses/ 301!
			/hc/en-us/articles/360001004-Escalating-stuck-verifications /articles/escalating-stuck-verifications/ 301!
			/en/articles/8801-set-up-webhooks /articles/set-up-webhooks/ 301!
			/en/articles/8802-webhook-retries /articles/webhook-retries/ 301!
			/en/articles/8803-filter-webhook-events /articles/filter-webhook-events/ 301!
			/en/articles/8804-webhook-delivery-report /articles/webhook-delivery-report/ 301!
			/docs/guides/regional-pricing /articles/regional-pricing-preview/ 301!
			/docs/guides/send-mail /articles/send-mail/ 301!
			/docs/guides/verify /articles/verify-a-sending-domain/ 301!
			/docs /articles/getting-started-with-acme-mail/ 301!
			/notes/Bases/Create%20a%20base /articles/create-a-base/ 301!
			/notes/Bases/Don't%20%231%20tip /articles/dont-1-tip/ 301!
			/notes/Bases/Rename%20views%20&%20filters%20(beta) /articles/rename-views-filters-beta/ 301!
			/notes/Getting%20started/R%C3%A9glages%20de%20l'%C3%A9diteur /articles/reglages-de-lediteur/ 301!
			/kettle/descale /articles/descale-the-kettle/ 301!
			/refill/refill /articles/refill-the-kettle/ 301!
			/hc/en-us/articles/360001001 /articles/verify-your-domain/ 301!
			/hc/en-us/articles/360001002 /articles/domain-stuck-on-pending/ 301!
			/hc/en-us/articles/360001003 /articles/dedicated-ip-addresses/ 301!
			/hc/en-us/articles/360001004 /articles/escalating-stuck-verifications/ 301!
			/en/articles/8801 /articles/set-up-webhooks/ 301!
			/en/articles/8802 /articles/webhook-retries/ 301!
			/en/articles/8803 /articles/filter-webhook-events/ 301!
			/en/articles/8804 /articles/webhook-delivery-report/ 301!
			/docs/guides/send-mail.html /articles/send-mail/ 301!
			/docs/v1.0/send-mail /articles/send-mail/ 301!
			/hc/en-us/articles/escalating.html /articles/escalating-stuck-verifications/ 301!
			/articles/sending-mail /articles/send-mail/ 301!
			"
		`);
	});

	test('nothing restricted in the source, nor a draft, reaches any file of the public build', () => {
		const leaks = [...findInOutput(publicDir, restricted)]
			.filter(([, files]) => files.length > 0)
			.map(([word, files]) => `${word}: ${files.join(', ')}`);
		expect(leaks).toEqual([]);
		// The same scan finds them in the handbook, so the scan itself works.
		const found = findInOutput(internalDir, [
			'Escalating stuck verifications',
			'Re-enabling switched-off webhooks',
			'deliv-oncall',
			'KESTREL-PRICE-2207',
		]);
		expect([...found].filter(([, files]) => files.length === 0)).toEqual([]);
	});
});
