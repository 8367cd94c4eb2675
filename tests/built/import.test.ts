import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/authoring/check-command.ts';
import type { CommandIo } from '../../src/authoring/command-io.ts';
import { loadContent } from '../../src/content-model/content.ts';
import { runImportCommand } from '../../src/import/command.ts';
import { type BuildResult, buildSite } from './helpers/build-site.ts';
import { findInOutput, listFiles } from './helpers/scan-output.ts';

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
];

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
		redirects = parse(readFileSync(path.join(contentDir, 'redirects.yaml'), 'utf8')).redirects;
		// One after the other: both builds share the project's .astro/ folder (see buildSite).
		const publicBuild = await buildSite({ contentDir, outDir: publicDir, audience: 'public' });
		const internalBuild = await buildSite({ contentDir, outDir: internalDir, audience: 'internal' });
		builds = { public: publicBuild, internal: internalBuild };
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
		for (const { from, to } of redirects) {
			const article = bySource.get(to);
			expect(article, `${from} → ${to}`).toBeDefined();
			if (!article) continue;
			const target = `/articles/${article.slug}/`;
			const page = path.join(publicDir, from, 'index.html');
			if (article.data.audience === 'internal' || article.data.draft) {
				expect(existsSync(page), `${from} leads to an unpublished article`).toBe(false);
				expect(lines).not.toContain(`${from} ${target} 301`);
				expect(existsSync(path.join(internalDir, from, 'index.html'))).toBe(true);
				continue;
			}
			published++;
			const html = readFileSync(page, 'utf8');
			expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${target}">`);
			expect(html).toContain(`<link rel="canonical" href="https://help.acmemail.dev${target}">`);
			expect(lines).toContain(`${from} ${target} 301`);
			expect(existsSync(pageFile(publicDir, target)), target).toBe(true);
		}
		// Zendesk 2 articles × 2 forms, Intercom 2 × 2, the docs folder 3.
		expect(published).toBe(11);
	});

	test('every link between pages in the built articles leads to a page and its heading', () => {
		const pages = listFiles(publicDir).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
		expect(pages.length).toBe(7);
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
		]);
		expect([...found].filter(([, files]) => files.length === 0)).toEqual([]);
	});
});
