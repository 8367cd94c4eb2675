import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { convertArticle } from '../../../src/import/convert/article.ts';
import { stringifyBody } from '../../../src/import/convert/body.ts';
import { hugoShortcodes } from '../../../src/import/convert/hugo.ts';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { retypeMarkup } from '../../../src/import/convert/retype.ts';
import { rstToMyst } from '../../../src/import/convert/rst.ts';
import type { OutputFormat } from '../../../src/import/convert/types.ts';
import { hugoSiteShortcodes } from '../../../src/import/sources/hugo-site.ts';
import { htmlArticle, importFixture } from './helpers.ts';

/** A page of tests/fixtures/import/folds converted as the import converts a help center's HTML or a docs page. */
function convertFold(file: string, format: OutputFormat = 'mdx', read?: string): string {
	const text = read ?? readFileSync(importFixture(`folds/${file}`), 'utf8');
	const article = file.endsWith('.html')
		? htmlArticle(text)
		: {
				id: file.replace(/\.mdx?$/, ''),
				title: 'Billing questions',
				body: { kind: 'markdown' as const, text, mdx: file.endsWith('.mdx'), firstLine: 1 },
				labels: [],
				draft: false,
				oldPaths: [],
				base: 'https://help.example.com/billing',
				notes: [],
			};
	const result = convertArticle(article, { format, link: (href) => ({ kind: 'kept', href }) });
	return stringifyBody(result.tree, format);
}

describe('folds (<details>) survive the import', () => {
	test("a help center's HTML (Zendesk, Intercom, a crawled page): the summary keeps its bold and code, the fold its list, picture and code; one with no summary stays open; one in a list stays in its item; one in a table cell is its bold summary over its words, as a cell holds no fold", () => {
		const markdown = convertFold('helpdesk.html');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by **invoice**?</summary>',
				'',
				'  Yes, on the yearly plan. Open **Billing**, then:',
				'',
				'  1. Choose _Invoice_.',
				'  2. Enter your VAT number.',
				'',
				'  ![The invoice form](https://help.example.com/invoice.png)',
				'</details>',
				'',
				'<details open>',
				'  <summary>Where is my `API key`?</summary>',
				'',
				'  ```',
				'  curl -H "Authorization: Bearer $KEY" https://api.example.com',
				'  ```',
				'</details>',
				'',
				'Nothing names this one.',
				'',
				'- Plans',
				'',
				'  <details>',
				'    <summary>What about refunds?</summary>',
				'',
				'    Within 30 days.',
				'  </details>',
				'',
				'| Plan | Notes                                |',
				'| ---- | ------------------------------------ |',
				'| Pro  | **Limits**<br />10,000 emails a day. |',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("an MDX page's `<details>` (Docusaurus, Nextra): the summary keeps its Markdown, `open` stays, one written on one line is a fold too", () => {
		const markdown = convertFold('docusaurus.mdx');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by **invoice**?</summary>',
				'',
				'  Yes, on the yearly plan:',
				'',
				'  1. Choose _Invoice_.',
				'  2. Enter your VAT number.',
				'',
				'  ![The invoice form](https://help.example.com/invoice.png)',
				'</details>',
				'',
				'<details open>',
				'  <summary>Where is my `API key`?</summary>',
				'',
				'  ```sh',
				'  curl https://api.example.com',
				'  ```',
				'</details>',
				'',
				'<details>',
				'  <summary>Refunds</summary>',
				'',
				'  Within 30 days.',
				'</details>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("a Markdown page's `<details>` around Markdown (Docusaurus, GitBook, Jekyll): the summary is read as HTML, the Markdown under it as Markdown", () => {
		const markdown = convertFold('raw-html.md');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by **invoice**?</summary>',
				'',
				'  Yes, on the yearly plan:',
				'',
				'  - Choose **Invoice**.',
				'  - Enter your VAT number.',
				'</details>',
				'',
				'<details>',
				'  <summary>Refunds</summary>',
				'',
				'  Within 30 days.',
				'</details>',
				'',
				'<details>',
				'  <summary>Limits</summary>',
				'',
				'  10,000 emails a day.',
				'</details>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("Mintlify's and Fumadocs' `<Accordion>` and `<Expandable>`: folds titled by their title, `defaultOpen` open, an accordion keeping the anchor links opened it by", () => {
		const markdown = convertFold('mintlify.mdx');
		expect(markdown).toBe(
			[
				'<details open id="can-i-pay-by-invoice">',
				'  <summary>Can I pay by `invoice`?</summary>',
				'',
				'  Yes, on the yearly plan.',
				'',
				'  - Choose **Invoice**.',
				'</details>',
				'',
				'<details id="refunds">',
				'  <summary>Refunds</summary>',
				'',
				'  Within 30 days.',
				'</details>',
				'',
				'- `user` (object): The user.',
				'',
				'  <details>',
				'    <summary>properties</summary>',
				'',
				'    - `id` (string): Their id.',
				'  </details>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("MkDocs' `???` and `???+` (pymdownx.details) and `/// details`: folds titled by their title or their type's name; `!!!` stays a callout", () => {
		const markdown = convertFold('mkdocs.md');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by **invoice**?</summary>',
				'',
				'  Yes, on the yearly plan:',
				'',
				'  1. Choose _Invoice_.',
				'  2. Enter your VAT number.',
				'</details>',
				'',
				'<details open>',
				'  <summary>Warning</summary>',
				'',
				'  Refunds take up to 30 days.',
				'</details>',
				'',
				'<details>',
				'  <summary>Where is my API key?</summary>',
				'',
				'  In **Settings**, under _API_.',
				'</details>',
				'',
				'<Aside type="note" title="Still a callout">',
				'  Not folded.',
				'</Aside>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test('VitePress\' and Rspress\' `::: details`: a fold, titled "Details" when it has no title, as VitePress shows it', () => {
		const markdown = convertFold('vitepress.md');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by invoice?</summary>',
				'',
				'  Yes, on the yearly plan.',
				'',
				'  ```sh',
				'  billing invoice --on',
				'  ```',
				'</details>',
				'',
				'<details>',
				'  <summary>Details</summary>',
				'',
				'  Within 30 days.',
				'</details>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("Hugo's `details` and `expand` shortcodes: folds, `open=true` open", () => {
		const markdown = convertFold('hugo.md');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by invoice?</summary>',
				'',
				'  Yes, on the **yearly** plan.',
				'</details>',
				'',
				'<details open>',
				'  <summary>Refunds</summary>',
				'',
				'  Within 30 days.',
				'</details>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test('Hextra\'s `details` shortcode, open unless `closed="true"`: open where the site\'s configuration names Hextra, as a module import or as its `theme`', () => {
		const text = readFileSync(importFixture('folds/hextra.md'), 'utf8');
		for (const site of ['hextra-module', 'hextra-theme']) {
			const shortcodes = hugoShortcodes(text, hugoSiteShortcodes(importFixture(`folds/${site}`)));
			const markdown = convertFold('hextra.md', 'mdx', shortcodes.text);
			expect(markdown, site).toBe(
				[
					'Answers to what customers ask most.',
					'',
					'<details open>',
					'  <summary>Can I pay by invoice?</summary>',
					'',
					'  Yes, on the **yearly** plan.',
					'</details>',
					'',
					'<details>',
					'  <summary>Refunds</summary>',
					'',
					'  Within 30 days.',
					'</details>',
					'',
				].join('\n'),
			);
			expect(mdxProblem(markdown)).toBeUndefined();
		}
	});

	test("Markdoc's `{% details %}`: a fold", () => {
		const markdown = convertFold('markdoc.md');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by invoice?</summary>',
				'',
				'  Yes, on the **yearly** plan.',
				'</details>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("mdbook-admonish's `collapsible=true`: a fold titled as the box was", () => {
		const markdown = convertFold('mdbook.md');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Battery life</summary>',
				'',
				'  A full battery lights the lantern for **two evenings**.',
				'</details>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("MyST's and sphinx-design's `dropdown`: a fold, `:open:` open", () => {
		const markdown = convertFold('myst.md');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details open>',
				'  <summary>Can I pay by invoice?</summary>',
				'',
				'  Yes, on the yearly plan.',
				'</details>',
				'',
				'<details>',
				'  <summary>Details</summary>',
				'',
				'  Within 30 days.',
				'</details>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("Retype's collapsed panels, `==- Title` … `===`: folds, each of a set its own; an open panel, `=== Title`, stays its title over its content", () => {
		const text = readFileSync(importFixture('folds/retype.md'), 'utf8');
		const markdown = convertFold('retype.md', 'mdx', retypeMarkup(text, []));
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by `invoice`?</summary>',
				'',
				'  Yes, on the **yearly** plan.',
				'</details>',
				'',
				'<details>',
				'  <summary>Refunds</summary>',
				'',
				'  Within 30 days.',
				'</details>',
				'',
				'**Plans**',
				'',
				'Three plans, billed monthly.',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test('sphinx-design\'s `.. dropdown::` in reStructuredText: a fold, its title\'s markup kept, `:open:` open, an untitled one "Details"; what it holds comes over inside it', () => {
		const text = readFileSync(importFixture('folds/sphinx.rst'), 'utf8');
		const markdown = convertFold('sphinx.rst', 'mdx', rstToMyst(text, {}, []).markdown);
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by `invoice`?</summary>',
				'',
				'  Yes, on the **yearly** plan.',
				'',
				'  <Aside type="note">',
				'    Invoices are sent in euros.',
				'  </Aside>',
				'</details>',
				'',
				'<details open>',
				'  <summary>Refunds</summary>',
				'',
				'  Within 30 days.',
				'</details>',
				'',
				'<details>',
				'  <summary>Details</summary>',
				'',
				'  Plans renew each month.',
				'</details>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("sphinx-togglebutton's folds: an admonition of class `dropdown`, titled by its title or its kind (a note's words on its first line its first paragraph), open with `toggle-shown`, and `{toggle}`, named as its button was", () => {
		const markdown = convertFold('togglebutton.md');
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'  <summary>Can I pay by invoice?</summary>',
				'',
				'  Yes, on the yearly plan.',
				'</details>',
				'',
				'<details open>',
				'  <summary>Warning</summary>',
				'',
				'  Refunds take 30 days.',
				'',
				'  Ask within a week.',
				'</details>',
				'',
				'<details>',
				'  <summary>Click to show</summary>',
				'',
				'  Plans renew each month.',
				'</details>',
				'',
				'<Aside type="tip" title="Taxes">',
				'  VAT is added at checkout.',
				'</Aside>',
				'',
			].join('\n'),
		);
		expect(mdxProblem(markdown)).toBeUndefined();
	});

	test("in a Markdown article a fold is HTML around Markdown: the summary's bold and code as HTML, since Markdown on its line is not read", () => {
		expect(convertFold('helpdesk.html', 'md')).toBe(
			[
				'Answers to what customers ask most.',
				'',
				'<details>',
				'<summary>Can I pay by <strong>invoice</strong>?</summary>',
				'',
				'Yes, on the yearly plan. Open **Billing**, then:',
				'',
				'1. Choose _Invoice_.',
				'2. Enter your VAT number.',
				'',
				'![The invoice form](https://help.example.com/invoice.png)',
				'',
				'</details>',
				'',
				'<details open>',
				'<summary>Where is my <code>API key</code>?</summary>',
				'',
				'```',
				'curl -H "Authorization: Bearer $KEY" https://api.example.com',
				'```',
				'',
				'</details>',
				'',
				'Nothing names this one.',
				'',
				'- Plans',
				'',
				'  <details>',
				'  <summary>What about refunds?</summary>',
				'',
				'  Within 30 days.',
				'',
				'  </details>',
				'',
				'| Plan | Notes                                |',
				'| ---- | ------------------------------------ |',
				'| Pro  | **Limits**<br />10,000 emails a day. |',
				'',
			].join('\n'),
		);
		expect(convertFold('mintlify.mdx', 'md')).toBe(
			[
				'<details open id="can-i-pay-by-invoice">',
				'<summary>Can I pay by <code>invoice</code>?</summary>',
				'',
				'Yes, on the yearly plan.',
				'',
				'- Choose **Invoice**.',
				'',
				'</details>',
				'',
				'<details id="refunds">',
				'<summary>Refunds</summary>',
				'',
				'Within 30 days.',
				'',
				'</details>',
				'',
				'- `user` (object): The user.',
				'',
				'  <details>',
				'  <summary>properties</summary>',
				'',
				'  - `id` (string): Their id.',
				'',
				'  </details>',
				'',
			].join('\n'),
		);
	});
});
