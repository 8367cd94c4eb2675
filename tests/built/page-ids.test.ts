import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, test } from 'vitest';
import { type BuildResult, buildSite } from './helpers/build-site.ts';
import { listFiles } from './helpers/scan-output.ts';

interface PageIds {
	/** Every id on the page, in order, repeats kept. */
	all: string[];
	/** The ids the site puts around an article's own words (outside its `.prose` body). */
	site: string[];
	/** Whether the page shows words written in Markdown (a `.prose` body). */
	hasProse: boolean;
}

function idsOf(html: string): PageIds {
	const tree = unified().use(rehypeParse).parse(html) as Root;
	const all: string[] = [];
	const site: string[] = [];
	let hasProse = false;
	const walk = (node: Root | Element, inBody: boolean) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			const id = child.properties.id;
			if (typeof id === 'string') {
				all.push(id);
				if (!inBody) site.push(id);
			}
			const classes = child.properties.className;
			const prose = Array.isArray(classes) && classes.includes('prose');
			hasProse ||= prose;
			walk(child, inBody || prose);
		}
	};
	walk(tree, false);
	return { all, site, hasProse };
}

function repeated(ids: string[]): string[] {
	return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/**
 * An article whose headings are named like the parts of the page the help center adds
 * around it (the main landmark the skip link jumps to, the table of contents, the search
 * box, the feedback form): each heading keeps the id its words give it, which authors
 * link to, and no id on the page is there twice.
 */
describe('headings named like the parts of the page around them', () => {
	const work = 'tests/.output/page-ids';
	const contentDir = 'tests/fixtures/page-ids/site';
	const builds: Record<string, BuildResult> = {};

	beforeAll(async () => {
		rmSync(work, { recursive: true, force: true });
		// One after the other: builds of one checkout share its .astro/ folder.
		builds.public = await buildSite({ contentDir, outDir: `${work}/public`, audience: 'public' });
		builds.internal = await buildSite({ contentDir, outDir: `${work}/internal`, audience: 'internal' });
	});

	for (const audience of ['public', 'internal']) {
		test(`no page of the ${audience} build has an id twice, and no heading could take the site's own`, () => {
			expect(builds[audience]?.status, builds[audience]?.output).toBe(0);
			const outDir = `${work}/${audience}`;
			const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
			expect(pages.length).toBeGreaterThan(3);
			let pagesWithProse = 0;
			for (const file of pages) {
				const ids = idsOf(readFileSync(path.join(outDir, file), 'utf8'));
				expect(repeated(ids.all), file).toEqual([]);
				pagesWithProse += ids.hasProse ? 1 : 0;
				// A heading's id is github-slugger's slug of its words: one the slug of itself is not,
				// no heading can be given.
				if (ids.hasProse)
					expect(
						ids.site.filter((id) => slug(id) === id),
						file,
					).toEqual([]);
			}
			expect(pagesWithProse).toBeGreaterThanOrEqual(2);
		});
	}

	test("the author's links and the table of contents lead to the heading", () => {
		const html = readFileSync(`${work}/public/articles/page-layout-words/index.html`, 'utf8');
		expect(html).toContain('<h2 id="main">Main</h2>');
		expect(html).toContain('<a href="#main">the main part</a>');
		expect(html).toMatch(/<a href="#main"[^>]*>Main<\/a>/);
		expect(html).toContain('<h2 id="related-title">Related title</h2>');
		// The skip link still jumps to the page's main part.
		const skip = html.match(/<a class="skip-link" href="#([^"]+)"/)?.[1];
		expect(skip).toBeDefined();
		expect(html).toContain(`<main id="${skip}"`);
	});

	// The same small site carries a page pasted from a ticket: the build's own guard, not
	// the import or the check, keeps its addresses that run code off every page.
	test('a link or picture whose address runs code shows as its words, in both builds', () => {
		for (const audience of ['public', 'internal']) {
			const html = readFileSync(`${work}/${audience}/articles/pasted-links/index.html`, 'utf8');
			expect(html).toContain(
				'Open the resend form or the old form, see the flow and <a href="/articles/second-article/">the guide</a>.',
			);
			expect(html).not.toMatch(/script:/i);
		}
	});
});
