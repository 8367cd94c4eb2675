import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** One generator's folder of the fixture, imported into an empty site. */
async function imported(generator: string) {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, [
		'--from',
		'folder',
		path.join(importFixture('folder-list-admonitions'), generator, 'docs'),
	]);
	return { site, stdout };
}

/** Lines of nothing but colons, and asides with nothing in them, outside code. */
const strayFences = (body: string) => body.split('\n').filter((line) => /^\s*:{3,}\s*$/.test(line));
const emptyAsides = (body: string) => body.match(/<Aside[^>]*\/>|<Aside[^>]*>\s*<\/Aside>/g) ?? [];

describe('folder import: an admonition opened inside a list item', () => {
	test('Docusaurus: its lines at the margin, or less indented than its opening, stay inside it and the list goes on', async () => {
		const { site, stdout } = await imported('docusaurus');
		const body = articleBody(site.contentDir, 'pay-an-invoice');
		expect(body).toContain(
			'2. Check the amount due.\n\n   <Aside type="caution">\n     Pay the full amount before the due date, or a late fee is added to the next invoice.\n   </Aside>\n\n3. Choose **Pay now**.',
		);
		expect(body).toContain(
			'    <Aside type="tip" title="Fewer seats">\n      Remove the seats nobody uses before you pay:\n\n      - Open **Team**.\n        - Choose a member and **Remove**.\n    </Aside>',
		);
		expect(body).toContain(
			'- A plan without seats has nothing to count.\n\n  <Aside type="note">\n    Receipts arrive by email the day after you pay.\n  </Aside>\n\n- Keep the receipt with your records.',
		);
		// A block written as its list item's content was read right before and stays so.
		expect(body).toContain(
			'  <Aside type="note">\n    A receipt can be downloaded again from **Billing**.\n  </Aside>',
		);
		expect(strayFences(body)).toEqual([]);
		expect(emptyAsides(body)).toEqual([]);
		expect(stdout).toContain(
			'a ":::warning" block in a list ("Pay the full amount before the due date,…") had lines less indented than its opening, which ended it early on the old site; they were kept inside it',
		);
		expect(mdxProblem(body)).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('VitePress: a container opened in a list item keeps its lines at the margin, with its title', async () => {
		const { site } = await imported('vitepress');
		const body = articleBody(site.contentDir, 'export-your-data');
		expect(body).toContain(
			'2. Pick the months to export.\n\n   <Aside type="caution" title="Large exports">\n     A year of entries can take a few minutes to prepare.\n   </Aside>\n\n3. Choose **Download**.',
		);
		expect(strayFences(body)).toEqual([]);
		expect(emptyAsides(body)).toEqual([]);
	});

	test('MyST and MkDocs: the same shape in their own syntax is an aside in the list too', async () => {
		for (const generator of ['myst', 'mkdocs']) {
			const { site } = await imported(generator);
			const body = articleBody(site.contentDir, 'export-your-data');
			expect(body).toContain(
				'2. Pick the months to export.\n\n   <Aside type="caution">\n     A year of entries can take a few minutes to prepare.\n   </Aside>\n\n3. Choose **Download**.',
			);
			expect(strayFences(body)).toEqual([]);
		}
	});

	test('a block that still comes out empty, or a bare ":::" left over, goes and is listed for review', async () => {
		const { site, stdout } = await imported('docusaurus');
		const body = articleBody(site.contentDir, 'close-your-account');
		// Never closed: nothing says where its words end, so they stay where the old site showed them.
		expect(body).toContain(
			'1. Export your entries first.\n\nClosing the account deletes every entry, and nobody can bring them back.\n\n2. Open',
		);
		expect(body).toContain(
			'> <Aside type="tip">\n>   A closed account can be opened again within 30 days.\n> </Aside>',
		);
		expect(body).toContain('The account closes at midnight.');
		expect(strayFences(body)).toEqual([]);
		expect(emptyAsides(body)).toEqual([]);
		expect(stdout).toContain(
			'close-your-account.mdx (folder:close-account)\n    - a ":::danger" block had nothing in it and was left out; the words after it may have been meant inside it: check them (line 7)\n    - a line of nothing but ":::" closed no block and was left out: the block above may have ended early; check it (line 14)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);

		const mkdocs = await imported('mkdocs');
		expect(emptyAsides(articleBody(mkdocs.site.contentDir, 'close-your-account'))).toEqual([]);
		expect(mkdocs.stdout).toContain(
			'    - a danger callout had nothing in it and was left out; the words after it may have been meant inside it: check them (line 5)',
		);
	});
});
