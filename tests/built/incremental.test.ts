import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Audience } from '../../src/content-model/schemas/article.ts';
import { buildSite } from './helpers/build-site.ts';
import { listFiles, readDecompressed } from './helpers/scan-output.ts';

// Builds one fixture site again and again with the same Astro cache, as an author's
// machine does, and checks that a page copied from the last build is never stale.
const work = 'tests/.output/incremental';
const contentDir = `${work}/content`;
const outDir = `${work}/dist`;
const cacheDir = `${work}/cache`;

async function build(audience: Audience = 'public') {
	const result = await buildSite({ contentDir, outDir, cacheDir, audience });
	expect(result.output.slice(-3000)).toMatch(/Complete!/);
	expect(result.status).toBe(0);
	return result.output;
}

const page = (slug: string, section = 'articles') =>
	readFileSync(path.join(outDir, section, slug, 'index.html'), 'utf8');
const markdown = (slug: string) => readFileSync(path.join(outDir, 'articles', `${slug}.md`), 'utf8');
/** Whether the build log says a file was copied from the last build rather than rendered. */
const copied = (log: string, file: string) =>
	new RegExp(`${file.replace(/\./g, '\\.')} \\((restored|cached)\\)`).test(log);

function edit(file: string, change: (text: string) => string) {
	const full = path.join(contentDir, file);
	writeFileSync(full, change(readFileSync(full, 'utf8')));
}

describe('incremental builds', () => {
	beforeAll(() => {
		rmSync(work, { recursive: true, force: true });
		cpSync('tests/fixtures/incremental/site', contentDir, { recursive: true });
	});

	test('a rebuild with nothing changed copies every article, category and area page', async () => {
		await build();
		const before = page('emails-in-spam');
		const log = await build();
		for (const slug of ['add-a-domain', 'check-dns-records', 'emails-in-spam'])
			expect(copied(log, `/articles/${slug}/index.html`)).toBe(true);
		expect(copied(log, '/categories/usability/index.html')).toBe(true);
		expect(copied(log, '/areas/domains/index.html')).toBe(true);
		expect(page('emails-in-spam')).toBe(before);
	});

	test('an edited article is rendered again, and so is every page that shows its title', async () => {
		edit('articles/check-dns-records.md', (text) =>
			text
				.replace('title: Check your DNS records', 'title: Look up your DNS records')
				.replace('compare the answer', 'compare the answer, record by record,'),
		);
		const log = await build();
		expect(page('check-dns-records')).toContain('record by record');
		expect(markdown('check-dns-records')).toContain('record by record');
		// add-a-domain lists it under "Related articles".
		expect(copied(log, '/articles/add-a-domain/index.html')).toBe(false);
		expect(page('add-a-domain')).toContain('Look up your DNS records');
		expect(page('add-a-domain')).not.toContain('Check your DNS records');
		expect(copied(log, '/articles/emails-in-spam/index.html')).toBe(true);
		// Category and area pages list titles: the usability one changes, the other stays.
		expect(page('usability', 'categories')).toContain('Look up your DNS records');
		expect(copied(log, '/categories/deliverability/index.html')).toBe(true);
		// The search index is built from every page, copied or not.
		const fragments = listFiles(path.join(outDir, 'pagefind/fragment')).map((file) =>
			readDecompressed(path.join(outDir, 'pagefind/fragment', file)),
		);
		expect(fragments).toHaveLength(3);
		expect(fragments.join('\n')).toContain('record by record');
	});

	test('a link another article adds gives the linked page its words on the next build', async () => {
		edit('articles/emails-in-spam.md', (text) =>
			text.replace(
				/\n*$/,
				'\n\nIf mail still bounces, [confirm the records at your registrar](/articles/check-dns-records/).\n',
			),
		);
		const log = await build();
		// Search reads the words other pages link it by from the page itself, so the page is rendered again.
		expect(copied(log, '/articles/check-dns-records/index.html')).toBe(false);
		expect(page('check-dns-records')).toContain(
			'data-pagefind-meta="linked[content]" content="confirm the records at your registrar"',
		);
		expect(copied(log, '/articles/add-a-domain/index.html')).toBe(true);
	});

	test('a picture replaced under its old name is shown by the next build', async () => {
		const pictureOf = (slug: string) => /src="(\/_astro\/spam-folder\.[^"]+)"/.exec(page(slug))?.[1];
		const before = pictureOf('emails-in-spam');
		expect(before).toBeDefined();
		// A screenshot taken again: the same file name, other pixels.
		cpSync(
			'tests/fixtures/incremental/spam-folder-retaken.png',
			path.join(contentDir, 'articles/emails-in-spam/spam-folder.png'),
		);
		const log = await build();
		expect(copied(log, '/articles/emails-in-spam/index.html')).toBe(false);
		const after = pictureOf('emails-in-spam');
		expect(after).toBeDefined();
		expect(after).not.toBe(before);
		const { dominant } = await sharp(path.join(outDir, after as string)).stats();
		expect(dominant.r).toBeGreaterThan(dominant.g);
		expect(copied(log, '/articles/add-a-domain/index.html')).toBe(true);
	});

	test('a changed taxonomy label or setting reaches every page', async () => {
		// The public site shows the category in its customer words.
		edit('taxonomy.yaml', (text) => text.replace('label: Getting to the inbox', 'label: Email delivery'));
		edit('tryblock.yaml', (text) =>
			text.replace('https://fixture.example/support', 'https://fixture.example/help-desk'),
		);
		const log = await build();
		expect(copied(log, '/articles/emails-in-spam/index.html')).toBe(false);
		expect(page('emails-in-spam')).toContain('Email delivery');
		expect(page('add-a-domain')).toContain('https://fixture.example/help-desk?article=add-a-domain');
		expect(page('add-a-domain')).not.toContain('https://fixture.example/support');
	});

	test('a public build never reuses a page rendered for the internal handbook', async () => {
		await build('internal');
		expect(page('add-a-domain')).toContain('helpdesk.fixture.example/tickets/FIX-101');
		const log = await build('public');
		expect(copied(log, '/articles/add-a-domain/index.html')).toBe(false);
		for (const file of listFiles(outDir)) {
			expect(readDecompressed(path.join(outDir, file)), file).not.toContain('helpdesk.fixture.example');
		}
	});
});
