import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: billing\n';

/** The fixture imported into an empty site (each test gets its own: temporary folders go after each test). */
async function imported() {
	const site = emptySite(map);
	const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook')]);
	return { site, stdout };
}

describe('folder import: a Git-synced GitBook space', () => {
	test('imports the pages SUMMARY.md lists, each compiling as MDX, and reports the one it does not list', async () => {
		const { site, stdout } = await imported();
		expect(stdout).toContain('written 4, updated 0, unchanged 0, skipped 1');
		expect(stdout).toContain('billing/old-draft.md: not in SUMMARY.md, so the old site did not publish it');
		const files = readdirSync(path.join(site.contentDir, 'articles')).filter((name) => name.endsWith('.mdx'));
		// SUMMARY.md is the table of contents, not a page.
		expect(files.sort()).toEqual([
			'billing.mdx',
			'change-your-plan-yearly-or-monthly.mdx',
			'pay-an-invoice.mdx',
			'welcome.mdx',
		]);
		for (const file of files)
			expect(mdxProblem(articleBody(site.contentDir, file.replace(/\.mdx$/, '')))).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a README.md is its folder’s page: its old address is the folder’s, and it sits in that folder’s page group', async () => {
		const { site, stdout } = await imported();
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toContainEqual({ from: '/billing', to: 'folder:billing/README' });
		// The SUMMARY.md's `## Billing` group holds both pages of the folder, README.md included.
		expect(stdout).toContain('# "Billing" (2 articles)');
	});

	test('a title is the heading as readers saw it, without Markdown escapes', async () => {
		const { site } = await imported();
		expect(
			readFileSync(path.join(site.contentDir, 'articles', 'change-your-plan-yearly-or-monthly.mdx'), 'utf8'),
		).toContain('title: Change your plan (yearly or monthly)\n');
	});

	test('a backslash the editor left at the end of a paragraph is not shown; a drive’s and code’s stay', async () => {
		const { site } = await imported();
		const body = articleBody(site.contentDir, 'change-your-plan-yearly-or-monthly');
		expect(body).toContain('1. Open **Billing** in the sidebar:\n\n   Choose the plan you want.\n');
		expect(body).toContain('2. Confirm the change.\n');
		// Written escaped, as MDX shows one backslash.
		expect(body).toContain('3. Save your key under C:\\\\\n');
		expect(body).toContain('./switch-plan --yearly \\\n');
	});

	test('hints become asides of the matching kind', async () => {
		const { site } = await imported();
		const pay = articleBody(site.contentDir, 'pay-an-invoice');
		expect(pay).toContain('<Aside type="note">\n  Invoices stay open for **30 days**.\n</Aside>');
		expect(pay).toContain('<Aside type="caution">\n  A failed card payment is retried once.\n</Aside>');
		expect(pay).toContain('<Aside type="danger">\n  Never send card numbers by email.\n</Aside>');
		expect(pay).toContain('<Aside type="tip">\n  Paid invoices show a green tick.\n</Aside>');
		expect(pay).not.toMatch(/^\{% *(end)?hint/m);
		// A tag written about in inline code is text.
		expect(pay).toContain('Our editor writes a note as `{% hint style="info" %}`.');
	});

	test('tabs become sections under the heading they sat under, every tab’s content kept', async () => {
		const { site, stdout } = await imported();
		expect(articleBody(site.contentDir, 'pay-an-invoice')).toContain(
			'## Choose how to pay\n\n### Card\n\n1. Open **Billing**.\n2. Click **Pay now**.\n\n<Aside type="note">\n  Cards are charged at once.\n</Aside>\n\n### Bank transfer\n\nSend the amount to the account on the invoice.\n',
		);
		expect(stdout).toContain('2 content tabs became sections, one after another');
	});

	test('a figure is its image, copied, with its caption under it', async () => {
		const { site } = await imported();
		expect(articleBody(site.contentDir, 'pay-an-invoice')).toContain(
			'![An open invoice](./pay-an-invoice/invoice-screen.png)\n\n_An open invoice, ready to pay_\n',
		);
	});

	test('embeds become links, with their caption as the words', async () => {
		const { site, stdout } = await imported();
		const pay = articleBody(site.contentDir, 'pay-an-invoice');
		expect(pay).toContain('[Watch someone pay an invoice](https://video.example.com/watch/pay-invoice)');
		expect(pay).toContain('[https://status.example.com](https://status.example.com/)');
		expect(stdout).toContain('{% embed url="https://status.example.com" %} became a link');
	});

	test('mentions, content references and page references lead to the new article and read as its title', async () => {
		const { site } = await imported();
		const pay = articleBody(site.contentDir, 'pay-an-invoice');
		expect(pay).toContain(
			'To switch plans first, see [Change your plan (yearly or monthly)](/articles/change-your-plan-yearly-or-monthly/).',
		);
		expect(pay).toContain(
			'\n\n[Change your plan (yearly or monthly)](/articles/change-your-plan-yearly-or-monthly/)\n\n',
		);
		expect(articleBody(site.contentDir, 'billing')).toBe(
			'Everything about what you pay.\n\n[Change your plan (yearly or monthly)](/articles/change-your-plan-yearly-or-monthly/)\n',
		);
	});

	test('a heading’s own anchor (<a href="#x" id="x">) is the heading’s id, so links to it keep their place', async () => {
		const { site } = await imported();
		// GitBook served the heading at #before-paying: bookmarks and old replies from outside still land on it.
		expect(articleBody(site.contentDir, 'pay-an-invoice')).toContain('<a id="before-paying" />\n\n## Before you pay\n');
		expect(articleBody(site.contentDir, 'change-your-plan-yearly-or-monthly')).toContain(
			'[before you pay](/articles/pay-an-invoice/#before-you-pay)',
		);
	});

	test('cards become a list of their titles, linked where they led; a link GitBook had lost keeps its words', async () => {
		const { site, stdout } = await imported();
		expect(articleBody(site.contentDir, 'welcome')).toBe(
			'Find answers about invoices and plans.\n\n- [Billing](/articles/billing/): Plans, prices and receipts.\n- Lost pages: A card whose page had gone.\n',
		);
		expect(stdout).toContain(
			'a link the old site had already lost (GitBook\'s "broken-reference") was removed; its text stays',
		);
	});

	test('a block nothing here renders stays visible as an import note, its content kept, and is listed for review', async () => {
		const { site, stdout } = await imported();
		expect(articleBody(site.contentDir, 'pay-an-invoice')).toContain(
			'<Aside type="caution" title="Import note">\n  The original page used a `{% updates format="full" %}` here; its content follows without it.\n</Aside>\n\nLists open invoices.\n',
		);
		expect(stdout).toContain('{% updates format="full" %} was not converted; its content is kept (line 58)');
	});
});

describe('folder import: GitBook reusable content', () => {
	test('{% include %} writes the block in where the page shows it; a missing one stays an import note', async () => {
		const { site, stdout } = await imported();
		const body = articleBody(site.contentDir, 'change-your-plan-yearly-or-monthly');
		expect(body).toContain('<Aside type="caution">\n  A downgrade keeps your data for 30 days.\n</Aside>');
		expect(body).not.toContain('Plan change notice');
		expect(stdout).toContain('{% include "../.gitbook/includes/gone.md" %} was not converted');
	});
});
