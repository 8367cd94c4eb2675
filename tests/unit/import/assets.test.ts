import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { bringAssets } from '../../../src/import/article-assets.ts';
import { attachmentFileName, copyAssets, expiredOn } from '../../../src/import/assets.ts';
import { convertArticle } from '../../../src/import/convert/article.ts';
import { createLinkResolver } from '../../../src/import/links.ts';
import type { AssetFetch, ImportSource, SourceArticle } from '../../../src/import/sources/types.ts';
import { classifyZendesk } from '../../../src/import/sources/zendesk.ts';
import { temporaryDir } from '../authoring/helpers.ts';

/** A source whose files are the given answers, by address. */
function sourceOf(answers: Record<string, AssetFetch>): ImportSource {
	return {
		system: 'zendesk',
		label: 'test',
		groups: async () => [],
		articles: async function* () {},
		classify: () => ({ kind: 'file' }),
		fetchAsset: async (url) => answers[url] ?? { ok: false, reason: '404 Not Found' },
	};
}

const bytes = (text: string) => ({ ok: true as const, bytes: Buffer.from(text) });

describe('copying attachments beside an article', () => {
	test('a file is named by its address, else by the words linking it, else by its type', () => {
		expect(
			attachmentFileName(
				'https://acme.zendesk.com/hc/article_attachments/1/Setup%20Guide%20(v2).PDF',
				undefined,
				undefined,
				0,
			),
		).toBe('setup-guide-v2.pdf');
		expect(
			attachmentFileName(
				'https://downloads.intercomcdn.com/i/o/502/d4e5f6/9876543',
				'Event reference.pdf',
				undefined,
				0,
			),
		).toBe('event-reference.pdf');
		expect(
			attachmentFileName(
				'https://downloads.intercomcdn.com/i/o/502/d4e5f6/9876543',
				'the reference',
				'application/pdf; charset=binary',
				1,
			),
		).toBe('attachment-2.pdf');
		expect(attachmentFileName('https://x.test/files/9876543', undefined, 'application/x-unknown', 2)).toBe(
			'attachment-3.bin',
		);
	});

	test('copies into the article’s folder; refuses pages, scripts and sign-in pages; says why for each', async () => {
		const dir = temporaryDir('assets');
		const source = sourceOf({
			'https://acme.test/files/terms.pdf': bytes('%PDF-1.4 terms'),
			'https://acme.test/files/report.html': bytes('<p>report</p>'),
			'https://acme.test/files/diagram.svg': bytes('<svg></svg>'),
			'https://acme.test/files/restricted.pdf': bytes('<!DOCTYPE html><html><title>Sign in</title></html>'),
		});
		const result = await copyAssets(
			'attachment',
			[
				{ url: 'https://acme.test/files/terms.pdf' },
				{ url: 'https://acme.test/files/report.html' },
				{ url: 'https://acme.test/files/diagram.svg' },
				{ url: 'https://acme.test/files/restricted.pdf' },
				{ url: 'https://acme.test/files/gone.pdf' },
			],
			{ source, articleFile: path.join(dir, 'guide.mdx'), slug: 'guide', dryRun: false },
		);
		expect(Object.fromEntries(result.outcomes)).toEqual({
			'https://acme.test/files/terms.pdf': { kind: 'copied', src: './guide/terms.pdf' },
			'https://acme.test/files/report.html': {
				kind: 'missing',
				src: 'https://acme.test/files/report.html',
				reason: 'an HTML, SVG, XML or script file would run as a page of the help center',
			},
			'https://acme.test/files/diagram.svg': {
				kind: 'missing',
				src: 'https://acme.test/files/diagram.svg',
				reason: 'an HTML, SVG, XML or script file would run as a page of the help center',
			},
			'https://acme.test/files/restricted.pdf': {
				kind: 'missing',
				src: 'https://acme.test/files/restricted.pdf',
				reason: 'the old help center answered with a web page, not the file (a sign-in page?)',
			},
			'https://acme.test/files/gone.pdf': {
				kind: 'missing',
				src: 'https://acme.test/files/gone.pdf',
				reason: '404 Not Found',
			},
		});
		expect(readFileSync(path.join(dir, 'guide/terms.pdf'), 'utf8')).toBe('%PDF-1.4 terms');
		expect(existsSync(path.join(dir, 'guide/report.html'))).toBe(false);
	});

	test('a file already there with other bytes is never replaced: the new one gets another name', async () => {
		const dir = temporaryDir('assets');
		const options = { articleFile: path.join(dir, 'guide.mdx'), slug: 'guide', dryRun: false };
		await copyAssets('attachment', [{ url: 'https://acme.test/a/terms.pdf' }], {
			...options,
			source: sourceOf({ 'https://acme.test/a/terms.pdf': bytes('first') }),
		});
		const second = await copyAssets('attachment', [{ url: 'https://acme.test/b/terms.pdf' }], {
			...options,
			source: sourceOf({ 'https://acme.test/b/terms.pdf': bytes('second') }),
		});
		expect(second.outcomes.get('https://acme.test/b/terms.pdf')).toEqual({
			kind: 'copied',
			src: './guide/terms-2.pdf',
		});
		expect(readFileSync(path.join(dir, 'guide/terms.pdf'), 'utf8')).toBe('first');
	});

	test('a listed file the body links under another address form comes over once, not again under "Attachments"', async () => {
		const dir = temporaryDir('assets');
		const old = 'https://acme.zendesk.com';
		const source: ImportSource = {
			...sourceOf({
				[`${old}/hc/en-us/article_attachments/7/guide.pdf`]: bytes('%PDF guide'),
				[`${old}/hc/article_attachments/8/terms.pdf`]: bytes('%PDF terms'),
			}),
			classify: (url) => classifyZendesk(url, new Set(['acme.zendesk.com'])),
			listedAttachments: async () => [
				{ url: `${old}/hc/article_attachments/7/guide.pdf`, name: 'guide.pdf', inline: false },
				{ url: `${old}/hc/article_attachments/8/terms.pdf`, name: 'terms.pdf', inline: false },
			],
		};
		const article: SourceArticle = {
			id: '1',
			title: 'Set up',
			body: { kind: 'html', html: '<p>Read the <a href="/hc/en-us/article_attachments/7/guide.pdf">guide</a>.</p>' },
			labels: [],
			draft: false,
			oldPaths: [],
			base: `${old}/hc/en-us/articles/1`,
			notes: [],
		};
		const link = createLinkResolver({
			source,
			index: { articles: new Map(), areaOf: () => undefined, sectionPages: new Map() },
			self: { id: '1', visible: true },
			tally: { rewritten: 0, outside: [], review: [], unlinkedOnOldSite: [], likeOldSite: [] },
		});
		const converted = convertArticle(article, { format: 'md', link });
		const brought = await bringAssets(article, converted, {
			source,
			articleFile: path.join(dir, 'set-up.md'),
			slug: 'set-up',
			dryRun: false,
			format: 'md',
		});
		const links: string[] = [];
		visit(converted.tree, 'link', (node: Link) => {
			links.push(node.url);
		});
		expect(links).toEqual(['./set-up/guide.pdf', './set-up/terms.pdf']);
		expect(brought).toMatchObject({ attachmentsCopied: 2, review: [] });
	});
});

describe('expiredOn: when a signed address stopped working', () => {
	const now = new Date('2026-06-01T12:00:00Z');
	test("Intercom's and CloudFront's expires, S3's X-Amz-Date and X-Amz-Expires; an address still valid, or unsigned, is none", () => {
		expect(expiredOn('https://downloads.intercomcdn.com/i/o/1/a/x.png?expires=1700000000&signature=ab', now)).toBe(
			'2023-11-14',
		);
		expect(expiredOn('https://d1.cloudfront.net/x.png?Expires=1700000000&Signature=ab&Key-Pair-Id=K', now)).toBe(
			'2023-11-14',
		);
		expect(
			expiredOn(
				'https://s3.amazonaws.com/cdn.freshdesk.com/x.png?X-Amz-Date=20260101T000000Z&X-Amz-Expires=300&X-Amz-Signature=ab',
				now,
			),
		).toBe('2026-01-01');
		expect(expiredOn('https://downloads.intercomcdn.com/i/o/1/a/x.png?expires=1900000000', now)).toBeUndefined();
		expect(expiredOn('https://cdn.test/x.png?expires=soon', now)).toBeUndefined();
		expect(expiredOn('https://cdn.test/x.png', now)).toBeUndefined();
		expect(expiredOn('./x.png', now)).toBeUndefined();
	});
});
