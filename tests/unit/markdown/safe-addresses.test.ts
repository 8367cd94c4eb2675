import { unified } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { mdxParser } from '../../../src/markdown/mdx-syntax.ts';
import { rehypeSafeAddresses } from '../../../src/markdown/rehype-safe-addresses.ts';
import { unsafeAddressReason } from '../../../src/text/unsafe-address.ts';

/** A Markdown page rendered as the build renders it: Astro's processor, with the guard among its rehype plugins. */
async function renderMarkdown(body: string): Promise<string> {
	const processor = unified({ gfm: false, smartypants: false, rehypePlugins: [rehypeSafeAddresses] }) as unknown as {
		createRenderer(shared: object): Promise<{ render(body: string): Promise<{ code: string }> }>;
	};
	const renderer = await processor.createRenderer({ syntaxHighlight: false });
	return (await renderer.render(body)).code;
}

describe('addresses that run code', () => {
	test.each([
		['javascript:alert(1)', 'a javascript: address'],
		['  JaVaScRiPt:alert(1)', 'a javascript: address'],
		['java\tscript:alert(1)', 'a javascript: address'],
		['\u0001javascript:alert(1)', 'a javascript: address'],
		['vbscript:msgbox(1)', 'a vbscript: address'],
		['data:text/html;base64,PHNjcmlwdD4=', 'a data: address'],
	])('%j is %s', (address, reason) => {
		expect(unsafeAddressReason(address)).toBe(reason);
	});

	test.each([
		'https://example.com/a?b=c',
		'HTTP://example.com',
		'mailto:help@example.com',
		'tel:+15551234',
		'/articles/verify-domain/',
		'../billing',
		'#heading',
		'?q=domain',
		'//cdn.example.com/x.png',
		'slack://open?team=T123',
		'ms-settings:privacy-webcam',
	])('%j may stay', (address) => {
		expect(unsafeAddressReason(address)).toBeUndefined();
	});

	test('an inline picture may stay in a picture, not in a link', () => {
		expect(unsafeAddressReason('data:image/png;base64,AAAA', { picture: true })).toBeUndefined();
		expect(unsafeAddressReason('data:image/png;base64,AAAA')).toBe('a data: address');
		expect(unsafeAddressReason('data:image/svg+xml;base64,AAAA', { picture: true })).toBe('a data: address');
	});
});

describe('rehypeSafeAddresses in the build', () => {
	test('a Markdown page keeps the words of every link that would run code, and none of their addresses', async () => {
		const html = await renderMarkdown(
			[
				'An [inline](javascript:alert(1)) link, an autolink <javascript:alert(2)>, a [reference][d] one,',
				'raw <a href="javascript:alert(3)">HTML</a>, <a href=" java&#x09;script:alert(4)">an encoded one</a>,',
				'<a href="&#106;avascript:alert(5)">a character reference</a> and ![a picture](javascript:alert(6)).',
				'',
				'<iframe src="javascript:alert(7)"></iframe>',
				'',
				'[d]: vbscript:msgbox(8)',
				'',
				'Kept: [help](https://example.com/help?a=1&b=2), [mail](mailto:help@example.com), [a page](/articles/x/) and ![inline](data:image/png;base64,AAAA).',
			].join('\n'),
		);
		// The autolink's words are its address: they stay as words, in no attribute.
		expect(html).not.toMatch(/(?:href|src)="[^"]*(?:script:|&#106;)/i);
		expect(html).toContain('an autolink javascript:alert(2), a reference one');
		expect(html).toContain('<p>An inline link, an autolink');
		expect(html).toContain('raw HTML, an encoded one,');
		expect(html).toContain('a character reference and a picture.');
		expect(html).not.toContain('<iframe');
		expect(html).toContain('href="https://example.com/help?a=1&#x26;b=2"');
		expect(html).toContain('href="mailto:help@example.com"');
		expect(html).toContain('href="/articles/x/"');
		expect(html).toContain('src="data:image/png;base64,AAAA"');
	});

	test('raw HTML without such an address is left for Astro to parse, as before', async () => {
		const html = await renderMarkdown('Press <kbd>Ctrl</kbd>, see <a href="./billing" title="Billing">billing</a>.\n');
		expect(html).toBe('<p>Press <kbd>Ctrl</kbd>, see <a href="./billing" title="Billing">billing</a>.</p>');
	});

	test('an MDX page loses the same addresses from its HTML elements; expressions are code and stay', () => {
		const tree = toHast(
			mdxParser.runSync(
				mdxParser.parse(
					'A <a href="javascript:alert(1)">link</a>, <img src="vbscript:x" alt="p" />, <a href="/articles/x/">page</a> and <a href={"javascript:" + "y"}>code</a>.',
				),
			) as MdastRoot,
			{ passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression'] },
		) as Root;
		rehypeSafeAddresses()(tree);
		const attributes: Record<string, string[]> = {};
		visit(tree, (node) => {
			if (node.type !== 'mdxJsxTextElement') return;
			const element = node as MdxJsxTextElementHast;
			const words = element.children.map((child) => ('value' in child ? child.value : '')).join('') || element.name;
			attributes[words ?? ''] = element.attributes.map((attribute) =>
				attribute.type === 'mdxJsxAttribute' ? attribute.name : 'spread',
			);
		});
		expect(attributes).toEqual({ page: ['href'], code: ['href'] });
		const paragraph = tree.children[0] as Element;
		const words = paragraph.children.map((child) => (child.type === 'text' ? child.value : `<${child.type}>`)).join('');
		expect(words).toMatch(/^A link, p, <mdxJsxTextElement> and <mdxJsxTextElement>\.$/);
	});

	test('a link without its address becomes its words; a form loses its action; an inline picture stays', () => {
		const element = (tagName: string, properties: Element['properties']): Element => ({
			type: 'element',
			tagName,
			properties,
			children: [],
		});
		const tree: Root = {
			type: 'root',
			children: [
				element('a', { href: 'javascript:x', title: 'T' }),
				element('form', { action: 'javascript:x' }),
				element('img', { src: 'data:image/gif;base64,R0lGOD', alt: 'dot' }),
				element('a', { href: 'data:image/gif;base64,R0lGOD' }),
			],
		};
		rehypeSafeAddresses()(tree);
		// A link without its address is its words (here none); a form keeps its fields.
		expect(tree.children.map((child) => (child as Element).properties)).toEqual([
			{},
			{ src: 'data:image/gif;base64,R0lGOD', alt: 'dot' },
		]);
	});
});
