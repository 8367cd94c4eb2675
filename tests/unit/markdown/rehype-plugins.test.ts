import { readFileSync } from 'node:fs';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { mdxParser } from '../../../src/markdown/mdx-syntax.ts';
import { languageLabel, rehypeCodeBlocks } from '../../../src/markdown/rehype-code-blocks.ts';
import { rehypeInlineCode } from '../../../src/markdown/rehype-inline-code.ts';
import { rehypeLinkListsOutOfSearch } from '../../../src/markdown/rehype-link-lists.ts';
import { rehypeScrollableTables } from '../../../src/markdown/rehype-scrollable-tables.ts';
import { rehypeTaskListLabels } from '../../../src/markdown/rehype-task-list-labels.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
/** An MDX body as the build's rehype plugins see it: components stay MDX nodes, with their children converted. */
const mdxToHast = (body: string) =>
	toHast(mdxParser.runSync(mdxParser.parse(body)) as MdastRoot, {
		passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'],
	}) as Root;
const table = () => el('table', [el('tbody', [el('tr', [el('td', [text('SPF')])])])]);

describe('rehypeScrollableTables', () => {
	test('an all-empty header row (an imported table without one) is dropped: its rows stay data, no empty bar shows', () => {
		const tree = mdxToHast('|   |   |   |\n| --- | --- | --- |\n| Name | Acme | EU |\n| Plan | Pro | US |\n');
		const named = mdxToHast('|   | Free | Pro |\n| --- | --- | --- |\n| Domains | 1 | 10 |\n');
		rehypeScrollableTables()(tree);
		rehypeScrollableTables()(named);
		const html = toHtml(tree);
		expect(html).not.toContain('<thead');
		expect(html).not.toContain('<th');
		expect(html).toContain('<td>Name</td>');
		// Without column names there is nothing to label a stacked card with: the table scrolls instead.
		expect(html).toContain('class="table-scroll"');
		// A header row with one name in it is a header still.
		expect(toHtml(named)).toContain('<thead');
	});

	test('wraps tables at any depth in a labelled, focusable region, once', () => {
		const nested = table();
		const tree: Root = {
			type: 'root',
			children: [table(), el('ul', [el('li', [el('blockquote', [nested])])]), el('p', [text('No table here.')])],
		};
		rehypeScrollableTables()(tree);
		rehypeScrollableTables()(tree);
		const wrapper = tree.children[0] as Element;
		expect(wrapper).toMatchObject({
			tagName: 'div',
			properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table' },
		});
		expect((wrapper.children[0] as Element).tagName).toBe('table');
		const quote = ((tree.children[1] as Element).children[0] as Element).children[0] as Element;
		expect((quote.children[0] as Element).tagName).toBe('div');
		expect((quote.children[0] as Element).children[0]).toBe(nested);
		expect(tree.children[2]).toEqual(el('p', [text('No table here.')]));
	});

	test('names each region by its caption or the heading above it, numbered when two would share a name', () => {
		const captioned = table();
		captioned.children.unshift(el('caption', [text('Sending  limits')]));
		const tree: Root = {
			type: 'root',
			children: [
				table(),
				el('h2', [text('DNS '), el('code', [text('TXT')]), text(' records')]),
				table(),
				el('p', [text('Then check again.')]),
				table(),
				captioned,
				el('h3', [text('Ports')]),
				el('ul', [el('li', [table()])]),
			],
		};
		rehypeScrollableTables()(tree);
		const names: unknown[] = [];
		visit(tree, 'element', (node) => {
			if (node.properties?.role === 'region') names.push(node.properties.ariaLabel);
		});
		expect(names).toEqual([
			'Table',
			'Table: DNS TXT records',
			'Table: DNS TXT records (2)',
			'Table: Sending limits',
			'Table: Ports',
		]);
	});

	const row = (tag: 'th' | 'td', cells: (string | Element)[]) =>
		el(
			'tr',
			cells.map((cell) => (typeof cell === 'string' ? el(tag, [text(cell)]) : cell)),
		);
	const wide = (head: (string | Element)[], body: (string | Element)[][]) =>
		el('table', [
			el('thead', [row('th', head)]),
			el(
				'tbody',
				body.map((cells) => row('td', cells)),
			),
		]);

	test('labels each cell of a table of three or more columns with its column, and spells out the table roles', () => {
		const tree: Root = {
			type: 'root',
			children: [
				wide(
					['Purpose', el('th', [text('Name '), el('code', [text('(host)')])]), 'Value'],
					[['SPF', 'send.example.com', 'v=spf1 ~all']],
				),
			],
		};
		rehypeScrollableTables()(tree);
		expect(toHtml(tree)).toBe(
			'<div class="table-scroll table-stack" tabindex="0" role="region" aria-label="Table"><table role="table"><thead role="rowgroup"><tr role="row"><th role="columnheader">Purpose</th><th role="columnheader">Name <code>(host)</code></th><th role="columnheader">Value</th></tr></thead><tbody role="rowgroup"><tr role="row"><td role="cell" data-label="Purpose">SPF</td><td role="cell" data-label="Name (host)">send.example.com</td><td role="cell" data-label="Value">v=spf1 ~all</td></tr></tbody></table></div>',
		);
	});

	test('a cell spanning columns takes the first one it covers; a row header stays a row header', () => {
		const spanning = el('td', [text('Both')], { colSpan: 2 });
		const table = wide(['A', 'B', 'C', 'D'], [[spanning, 'c', 'd']]);
		const body = (table.children[1] as Element).children[0] as Element;
		body.children.unshift(el('th', [text('Row')], { scope: 'row' }));
		body.children.pop();
		rehypeScrollableTables()({ type: 'root', children: [table] });
		expect(body.children.map((cell) => (cell as Element).properties)).toEqual([
			{ scope: 'row', role: 'rowheader', dataLabel: 'A' },
			{ colSpan: 2, role: 'cell', dataLabel: 'B' },
			{ role: 'cell', dataLabel: 'D' },
		]);
	});

	test('leaves two-column tables, and tables it cannot label reliably, as tables that scroll', () => {
		const narrow = wide(['Status', 'Meaning'], [['pending', 'Not found yet']]);
		const rowSpan = wide(
			['A', 'B', 'C'],
			[
				[el('td', [text('x')], { rowSpan: 2 }), 'b', 'c'],
				['b', 'c'],
			],
		);
		const headless = el('table', [el('tbody', [row('td', ['a', 'b', 'c'])])]);
		const tree: Root = { type: 'root', children: [narrow, rowSpan, headless] };
		rehypeScrollableTables()(tree);
		for (const wrapper of tree.children as Element[]) {
			expect(wrapper.properties?.className).toEqual(['table-scroll']);
			expect(toHtml(wrapper)).not.toMatch(/data-label|role="(table|cell|row)"/);
		}
	});
});

describe('rehypeTaskListLabels', () => {
	const checkbox = () => el('input', [], { type: 'checkbox', disabled: true });

	test('turns task items into a checklist: enabled checkboxes labelled by their own words, nested lists too', () => {
		const inner = el('li', [checkbox(), text(' Publish the '), el('code', [text('DKIM')]), text(' record')], {
			className: ['task-list-item'],
		});
		const outer = el('li', [checkbox(), text(' Add the domain'), el('ul', [inner])], { className: ['task-list-item'] });
		const tree: Root = { type: 'root', children: [el('ul', [outer]), el('ul', [el('li', [text('Plain item')])])] };
		rehypeTaskListLabels()(tree);
		expect(toHtml(tree)).toBe(
			'<ul><li class="task-list-item"><label><input type="checkbox"> Add the domain</label><ul><li class="task-list-item"><label><input type="checkbox"> Publish the <code>DKIM</code> record</label></li></ul></li></ul><ul><li>Plain item</li></ul>',
		);
	});

	test('keeps a ticked item ticked, and names a checkbox in a loose item whose words are not inline', () => {
		const ticked = el(
			'li',
			[el('p', [el('input', [], { type: 'checkbox', checked: true, disabled: true }), text(' Done')])],
			{
				className: ['task-list-item'],
			},
		);
		const loose = el('li', [checkbox(), el('p', [text('Check the records')])], { className: ['task-list-item'] });
		const tree: Root = { type: 'root', children: [el('ul', [ticked, loose])] };
		rehypeTaskListLabels()(tree);
		expect(toHtml(tree)).toBe(
			'<ul><li class="task-list-item"><p><label><input type="checkbox" checked> Done</label></p></li><li class="task-list-item"><input type="checkbox" aria-label="Check the records"><p>Check the records</p></li></ul>',
		);
	});
});

describe('rehypeCodeBlocks', () => {
	const pre = (language?: string) =>
		el('pre', [el('code', [text('dig TXT example.com')])], language ? { dataLanguage: language } : {});

	test('gives each code block a toolbar with its language and a hidden copy button with a status region', () => {
		const tree: Root = { type: 'root', children: [pre('bash'), el('blockquote', [pre('plaintext')])] };
		rehypeCodeBlocks()(tree);
		rehypeCodeBlocks()(tree);
		expect(toHtml(tree)).toBe(
			'<div class="code-block"><div class="code-toolbar" data-pagefind-ignore><span class="code-language">Shell</span><button type="button" class="button-secondary copy-code" data-copy-code hidden>Copy<span class="sr-only"> code</span></button><span class="sr-only" role="status"></span></div><pre data-language="bash"><code>dig TXT example.com</code></pre></div>' +
				'<blockquote><div class="code-block"><div class="code-toolbar" data-pagefind-ignore><button type="button" class="button-secondary copy-code" data-copy-code hidden>Copy<span class="sr-only"> code</span></button><span class="sr-only" role="status"></span></div><pre data-language="plaintext"><code>dig TXT example.com</code></pre></div></blockquote>',
		);
	});

	test('names languages readers know, and leaves plain text unnamed', () => {
		expect(languageLabel('bash')).toBe('Shell');
		expect(languageLabel('ts')).toBe('TypeScript');
		expect(languageLabel('elixir')).toBe('elixir');
		expect(languageLabel('plaintext')).toBeUndefined();
		expect(languageLabel(undefined)).toBeUndefined();
	});
});

describe('rehypeInlineCode', () => {
	const run = (children: ElementContent[]) => {
		const tree: Root = { type: 'root', children: [el('p', children)] };
		rehypeInlineCode()(tree);
		return toHtml(tree);
	};

	test('keeps a short token whole, and lets code with spaces wrap only between its tokens', () => {
		expect(run([el('code', [text('X-RateLimit-Remaining')])])).toBe(
			'<p><code class="nowrap">X-RateLimit-Remaining</code></p>',
		);
		expect(run([el('code', [text('v=spf1 include:spf.acmemail.dev ~all')])])).toBe(
			'<p><code><span class="nowrap">v=spf1</span> <span class="nowrap">include:spf.acmemail.dev</span> <span class="nowrap">~all</span></code></p>',
		);
	});

	test('breaks a token longer than a line only after separators, and a key with none anywhere', () => {
		expect(run([el('code', [text('https://app.acmemail.dev/settings/api-keys/production')])])).toBe(
			'<p><code><span class="nowrap">https://</span><wbr><span class="nowrap">app.</span><wbr><span class="nowrap">acmemail.</span><wbr><span class="nowrap">dev/</span><wbr><span class="nowrap">settings/</span><wbr><span class="nowrap">api-keys/</span><wbr><span class="nowrap">production</span></code></p>',
		);
		const key = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';
		expect(run([el('code', [text(key)])])).toBe(`<p><code>${key}</code></p>`);
	});

	test('in a table cell, wraps long values after separators so the column stays readable', () => {
		const tree: Root = {
			type: 'root',
			children: [
				el('table', [el('tbody', [el('tr', [el('td', [el('code', [text('acme._domainkey.example.com')])])])])]),
			],
		};
		rehypeInlineCode()(tree);
		expect(toHtml(tree)).toBe(
			'<table><tbody><tr><td><code><span class="nowrap">acme.</span><wbr><span class="nowrap">_domainkey.</span><wbr><span class="nowrap">example.</span><wbr><span class="nowrap">com</span></code></td></tr></tbody></table>',
		);
	});

	test('keeps fewer characters whole the deeper the code sits in lists, quotes and callouts (MDX components included)', () => {
		const body = readFileSync(
			new URL('../../fixtures/markdown/inline-code-nesting/steps.mdx', import.meta.url),
			'utf8',
		);
		const tree = mdxToHast(body);
		rehypeInlineCode()(tree);
		const codes: string[] = [];
		visit(tree, 'element', (node) => {
			if (node.tagName === 'code') codes.push(toHtml(node));
		});
		const address = '<code class="nowrap">orders@notifications.example.com</code>';
		const split =
			'<code><span class="nowrap">orders@</span><wbr><span class="nowrap">notifications.</span><wbr><span class="nowrap">example.</span><wbr><span class="nowrap">com</span></code>';
		expect(codes).toEqual([
			'<code class="nowrap">smtp.acmemail.dev</code>',
			// Two lists deep, 32 characters are wider than a 360 px phone's line: they wrap after a separator.
			split,
			'<code class="nowrap">smtp.acmemail.dev</code>',
			// A quote's indent leaves too little room for it as well.
			split,
			// Inside <Aside>, code is kept whole as in a paragraph (it was left to break at each hyphen).
			'<code class="nowrap">X-RateLimit-Remaining</code>',
		]);
		const paragraph: Root = {
			type: 'root',
			children: [el('p', [el('code', [text('orders@notifications.example.com')])])],
		};
		rehypeInlineCode()(paragraph);
		expect(toHtml(paragraph)).toBe(`<p>${address}</p>`);
	});

	test('leaves code blocks and the copied text alone', () => {
		const block = el('pre', [el('code', [text('a-very-long-command --with-flags')])]);
		const tree: Root = { type: 'root', children: [block] };
		rehypeInlineCode()(tree);
		expect(toHtml(tree)).toBe('<pre><code>a-very-long-command --with-flags</code></pre>');
		expect(textOf(el('p', [el('code', [text('v=DMARC1; p=none')])]))).toBe('v=DMARC1; p=none');
		const wrapped: Root = { type: 'root', children: [el('p', [el('code', [text('v=DMARC1; p=none')])])] };
		rehypeInlineCode()(wrapped);
		expect(textOf(wrapped)).toBe('v=DMARC1; p=none');
	});
});

describe('rehypeLinkListsOutOfSearch', () => {
	const link = (href: string, words: string) => el('a', [text(words)], { href });
	const item = (...children: ElementContent[]) => el('li', children);
	const ignored = (node: Element) => node.properties?.dataPagefindIgnore === '';

	test('leaves lists and paragraphs that only point to other pages out of search, and keeps the links', () => {
		const seeAlso = el('ul', [
			item(link('/articles/verify-domain/', 'Verify your domain')),
			item(link('/articles/spf-records/', 'Set up SPF'), text('.')),
			item(link('#dkim', 'DKIM, further down')),
		]);
		const lead = el('p', [
			text('See also: '),
			link('/articles/sending-paused/', 'Why was my sending paused?'),
			text(' and '),
			link('../send-with-smtp/', 'Send email with SMTP'),
			text('.'),
		]);
		rehypeLinkListsOutOfSearch()({ type: 'root', children: [seeAlso, lead] });
		expect(ignored(seeAlso)).toBe(true);
		expect(ignored(lead)).toBe(true);
		expect(toHtml(lead)).toContain('<a href="/articles/sending-paused/">Why was my sending paused?</a>');
	});

	test('keeps prose around a link, links to other sites or files, and one-link lists in search', () => {
		const prose = el('p', [
			text('Read '),
			link('/articles/verify-domain/', 'Verify your domain'),
			text(' before you change the records at your DNS provider.'),
		]);
		const steps = el('ol', [
			item(text('Open '), link('/articles/settings/', 'Settings'), text(' and choose the domain you send from.')),
			item(link('/articles/dns/', 'Add the records')),
		]);
		const elsewhere = el('ul', [
			item(link('https://status.example.com', 'Status page')),
			item(link('//cdn.example.com/guide', 'Guide')),
		]);
		const file = el('p', [text('Download the '), link('/attachments/prices.pdf', 'price list'), text('.')]);
		const single = el('ul', [item(link('/articles/billing/', 'Billing'))]);
		const nested = el('ul', [
			item(
				text('Domains are verified in two steps, one for each kind of record:'),
				el('ul', [item(link('/articles/spf/', 'SPF')), item(link('/articles/dkim/', 'DKIM'))]),
			),
		]);
		const tree: Root = { type: 'root', children: [prose, steps, elsewhere, file, single, nested] };
		rehypeLinkListsOutOfSearch()(tree);
		for (const node of [prose, steps, elsewhere, file, single, nested]) expect(ignored(node)).toBe(false);
		// A list of links inside a list item of prose is itself only links.
		expect(ignored((nested.children[0] as Element).children[1] as Element)).toBe(true);
	});
});
