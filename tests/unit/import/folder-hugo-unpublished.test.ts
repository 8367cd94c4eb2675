import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cascadeValues, hugoDate, hugoPublishing } from '../../../src/import/sources/hugo-publishing.ts';
import { articleBody, articleFrontmatter, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** Words only the pages Hugo did not publish hold (the helpers' import runs on 2026-06-01). */
const unpublished = [
	'OTTER-DESCALE-4471',
	'LYNX-TRAVEL-2208',
	'BADGER-WINTER-9031',
	'HERON-SERVICE-6610',
	'MOLE-LEGACY-3305',
	'STOAT-WARRANTY-7720',
	'EGRET-TERM-5150',
	'VOLE-GALLERY-8842',
];

describe('folder import: pages Hugo did not publish', () => {
	test('future and expired pages and unlisted ones come over as drafts; pages never rendered are skipped and listed', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-hugo-unpublished/content')]);
		const articles = path.join(site.contentDir, 'articles');
		const files = readdirSync(articles)
			.filter((name) => name.endsWith('.mdx'))
			.sort();
		expect(files).toEqual([
			'brewly-help.mdx',
			'descale-with-the-new-cycle.mdx',
			'glossary.mdx',
			'pair-the-kettle-with-the-app.mdx',
			'service-centres.mdx',
			'the-travel-kettle.mdx',
			'winter-trade-in-offer.mdx',
		]);
		for (const slug of ['descale-with-the-new-cycle', 'the-travel-kettle', 'winter-trade-in-offer', 'service-centres'])
			expect(articleFrontmatter(site.contentDir, slug), slug).toMatch(/^draft: true$/m);
		for (const slug of ['brewly-help', 'glossary', 'pair-the-kettle-with-the-app'])
			expect(articleFrontmatter(site.contentDir, slug), slug).not.toContain('draft');
		expect(result.stdout).toContain(
			'scheduled on the old site for 2031-03-01 (publishDate), which Hugo publishes only once that date has passed (or with --buildFuture), so it comes over as a draft: publish it (draft: false) when it is due',
		);
		// Without a publishDate, Hugo's last fallback is the page's date.
		expect(result.stdout).toContain('scheduled on the old site for 2030-05-01T09:00:00+02:00 (date)');
		expect(result.stdout).toContain(
			'expired on the old site on 2025-12-31 (expiryDate), after which Hugo leaves a page out of the site (unless built with --buildExpired), so it comes over as a draft',
		);
		expect(result.stdout).toContain(
			'unlisted on the old site (build.list: never: served only to those with its link, listed in no navigation, search or sitemap)',
		);
		for (const line of [
			'guides/legacy-firmware.md: left out of the old site by its build options (_build.render: false), so Hugo never built it as a page',
			'snippets/_index.md: left out of the old site by its build options (build.render: never, cascaded by snippets/_index.md), so Hugo never built it as a page',
			'snippets/warranty.md: left out of the old site by its build options (build.render: never, cascaded by snippets/_index.md), so Hugo never built it as a page',
			'glossary/limescale.md: left out of the old site by its build options (build.render: never, cascaded by glossary/_index.md), so Hugo never built it as a page',
			'gallery/index.md: left out of the old site as a headless bundle (headless: true), so Hugo never built it as a page (its files still come over where other pages show them)',
		])
			expect(result.stdout).toContain(line);
		// A headless bundle's picture still comes over with the page that shows it.
		expect(articleBody(site.contentDir, 'pair-the-kettle-with-the-app')).toContain(
			'./pair-the-kettle-with-the-app/base.png',
		);
		// The fields that said so are read, not dropped with a note.
		expect(result.stdout).not.toMatch(/frontmatter dropped: .*(publishDate|expiryDate)/);
		expect(result.stdout).not.toContain('service-centres.mdx: frontmatter dropped');
		for (const file of files) {
			const text = readFileSync(path.join(articles, file), 'utf8');
			if (/^draft: true$/m.test(text)) continue;
			for (const word of unpublished) expect(text, `${file}: ${word}`).not.toContain(word);
		}
	});
});

describe('hugoPublishing', () => {
	const site = { buildFuture: false, buildExpired: false };
	const now = new Date('2026-06-01T12:00:00Z');

	test('reads the publish date from publishDate, pubdate, published, then date, in any letter case', () => {
		expect(hugoPublishing({ date: '2020-01-01', PubDate: '2026-07-01' }, [], site, now)).toEqual({
			kind: 'scheduled',
			date: '2026-07-01',
			field: 'PubDate',
		});
		// A page's own publishDate wins over a future date.
		expect(hugoPublishing({ date: '2027-01-01', publishdate: '2026-01-01' }, [], site, now)).toBeUndefined();
		// Jekyll's `published: false` is no date: the next key decides.
		expect(hugoPublishing({ published: false, date: '2026-06-02' }, [], site, now)?.kind).toBe('scheduled');
		expect(hugoPublishing({ published: new Date('2026-06-01T13:00:00Z') }, [], site, now)?.kind).toBe('scheduled');
	});

	test('takes the clock it is given: the same page is scheduled before its date and published after it', () => {
		const page = { publishDate: '2026-06-01T14:00:00+02:00' };
		expect(hugoPublishing(page, [], site, new Date('2026-06-01T11:59:00Z'))?.kind).toBe('scheduled');
		expect(hugoPublishing(page, [], site, new Date('2026-06-01T12:01:00Z'))).toBeUndefined();
		expect(hugoPublishing({ unpublishdate: '2026-06-01' }, [], site, now)?.kind).toBe('expired');
		expect(hugoPublishing({ expiryDate: '2026-06-02' }, [], site, now)).toBeUndefined();
	});

	test('a site built with buildFuture or buildExpired published those pages', () => {
		expect(hugoPublishing({ date: '2031-01-01' }, [], { ...site, buildFuture: true }, now)).toBeUndefined();
		expect(hugoPublishing({ expirydate: '2020-01-01' }, [], { ...site, buildExpired: true }, now)).toBeUndefined();
	});

	test('build options: a page’s own win over the nearest cascade; a cascade with a target is not read', () => {
		const never = { from: 'a/_index.md', values: { build: { render: 'never' } } };
		const always = { from: 'a/b/_index.md', values: { build: { render: 'always' } } };
		expect(hugoPublishing({}, [always, never], site, now)).toBeUndefined();
		expect(hugoPublishing({}, [never, always], site, now)).toEqual({
			kind: 'unrendered',
			setting: 'build.render: never, cascaded by a/_index.md',
		});
		expect(hugoPublishing({ build: { render: 'always' } }, [never], site, now)).toBeUndefined();
		expect(hugoPublishing({ build: { render: 'link' } }, [], site, now)?.kind).toBe('unrendered');
		expect(cascadeValues({ cascade: [{ build: { render: 'never' }, target: { path: '/blog/**' } }] })).toBeUndefined();
		expect(cascadeValues({ cascade: [{ draft: true }, { params: { a: 1 } }] })).toEqual({
			draft: true,
			params: { a: 1 },
		});
	});

	test('dates as Hugo writes them', () => {
		expect(hugoDate('2031-03-01')?.toISOString()).toBe('2031-03-01T00:00:00.000Z');
		expect(hugoDate('2031-03-01 09:30')?.toISOString()).toBe('2031-03-01T09:30:00.000Z');
		expect(hugoDate('2031-03-01T09:30:00-0700')?.toISOString()).toBe('2031-03-01T16:30:00.000Z');
		expect(hugoDate('soon')).toBeUndefined();
		expect(hugoDate(true)).toBeUndefined();
	});
});
