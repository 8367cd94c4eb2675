import path from 'node:path';
import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { servedImagesOf } from '../../../src/attachments/collect.ts';
import { attachmentTarget, isAttachmentLink } from '../../../src/attachments/links.ts';
import { scanBody } from '../../../src/authoring/check/scan.ts';
import { runCheck } from '../../../src/authoring/check-command.ts';
import { rehypeAttachmentLinks } from '../../../src/markdown/rehype-attachment-links.ts';
import { fixture, runCommand } from '../authoring/helpers.ts';

const owner = { kind: 'article' as const, slug: 'verify-your-domain', file: 'content/articles/verify-your-domain.mdx' };

describe('attachment links', () => {
	test('a relative link to a file is an attachment; pages, anchors and addresses with a scheme are not', () => {
		for (const href of ['./verify-your-domain/checklist.pdf', 'files/terms.PDF#page=2', 'data.csv?v=2'])
			expect(isAttachmentLink(href), href).toBe(true);
		for (const href of [
			'https://example.com/x.pdf',
			'/downloads/x.pdf',
			'#step-2',
			'../other-article/',
			'./verify-domain.md',
			'../verify/index.html',
			'mailto:help@acme.test',
			'./folder',
		])
			expect(isAttachmentLink(href), href).toBe(false);
	});

	test('a file in the page’s own folder is served under the page, the folder name left out; other folders keep theirs', () => {
		const served = (href: string) => {
			const target = attachmentTarget(owner, href);
			return target.ok
				? { url: target.url, file: path.relative(process.cwd(), target.file), folder: target.folder }
				: target;
		};
		expect(served('./verify-your-domain/DNS%20checklist.pdf#page=2')).toEqual({
			url: '/articles/verify-your-domain/DNS%20checklist.pdf#page=2',
			file: 'content/articles/verify-your-domain/DNS checklist.pdf',
			folder: undefined,
		});
		expect(served('files/terms.pdf')).toEqual({
			url: '/articles/verify-your-domain/files/terms.pdf',
			file: 'content/articles/files/terms.pdf',
			folder: 'files',
		});
		expect(
			attachmentTarget({ ...owner, kind: 'runbook', file: 'content/runbooks/verify-your-domain.md' }, 'x.csv'),
		).toMatchObject({
			ok: true,
			url: '/runbooks/verify-your-domain/x.csv',
		});
		expect(served('../x.pdf')).toEqual({
			ok: false,
			reason: "leads outside the page's folder",
			hint: 'put the file in ./verify-your-domain/, beside the page, and link ./verify-your-domain/x.pdf',
		});
		expect(served('./verify-your-domain/drawing.svg')).toMatchObject({ ok: false });
		expect(served('./verify-your-domain/%E0%A4%A.pdf')).toMatchObject({ ok: false, reason: 'is not a valid address' });
	});

	test('the rehype plugin points Markdown and JSX links at the served address, for pages of the content folder only', () => {
		const contentDir = path.resolve('content');
		const hrefs = (file: string) => {
			const tree = unified()
				.use(rehypeParse, { fragment: true })
				.parse('<p><a href="./verify-your-domain/checklist.pdf">checklist</a> <a href="/articles/x/">page</a></p>');
			rehypeAttachmentLinks({ contentDir })(tree, { path: file });
			const found: unknown[] = [];
			visit(tree, 'element', (node: Element) => {
				if (node.tagName === 'a') found.push(node.properties.href);
			});
			return found;
		};
		expect(hrefs(path.join(contentDir, 'articles/domains/verify-your-domain.mdx'))).toEqual([
			'/articles/verify-your-domain/checklist.pdf',
			'/articles/x/',
		]);
		expect(hrefs(path.resolve('src/pages/index.md'))).toEqual(['./verify-your-domain/checklist.pdf', '/articles/x/']);
	});

	test('images beside a page are served under it too, for the Markdown agents read; a missing one or an SVG is not', () => {
		const dir = fixture('attachments');
		const page = { ...owner, slug: 'guide', file: path.join(dir, 'articles/guide.mdx') };
		const body = [
			'![The settings page](./guide/screenshot.png)',
			'![Gone](./guide/gone.png)',
			'![A drawing](./guide/notes.svg)',
			'![Elsewhere](https://cdn.example/x.png)',
			'[A checklist](./guide/checklist.pdf)',
		].join('\n\n');
		const images = servedImagesOf(page, scanBody(body, { firstLine: 1, mdx: true }).references);
		expect(images.map((image) => ({ path: image.path, file: path.relative(dir, image.file) }))).toEqual([
			{ path: '/articles/guide/screenshot.png', file: 'articles/guide/screenshot.png' },
		]);
	});

	test('npm run check: a missing file, one outside the folder, an SVG, two files at one address, and an internal article’s file', async () => {
		const dir = fixture('attachments');
		const result = await runCommand((io) =>
			runCheck([], { contentDir: dir, root: dir, today: new Date(2026, 10, 23), env: {}, io }),
		);
		expect(result.exitCode).toBe(1);
		expect(result.stdout.replace(/in \d+\.\d\d s/, 'in <time>').replaceAll(`${dir}/`, '')).toMatchInlineSnapshot(`
			"articles/guide.mdx:13:30 error ./guide/gone.pdf: no file at articles/guide/gone.pdf (attachments are read from the folder of the page, as relative images are)
			articles/guide.mdx:14:31 error ../outside.pdf leads outside the page's folder (put the file in ./guide/, beside the page, and link ./guide/outside.pdf)
			articles/guide.mdx:15:15 error ./guide/notes.svg is a file browsers run as a page (HTML, SVG, XML or a script), which the help center never serves (show an SVG as an image (![...](...)), or link a PDF or a text file instead)
			articles/guide.mdx:16:23 error ./checklist.pdf would be served at /articles/guide/checklist.pdf, like articles/guide/checklist.pdf (rename one of the two files)
			articles/guide.mdx:17:29 error public article links ./escalations/playbook.pdf, a file of an internal article "escalations", which customers cannot open (move the file into ./guide/ if customers may have it)

			5 errors, 0 warnings in 2 pages in <time>:
			  4 attachment problems
			  1 public link to pages customers cannot open"
		`);
	});
});
