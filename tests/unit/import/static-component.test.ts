import { describe, expect, test } from 'vitest';
import { renderStaticComponent } from '../../../src/import/convert/static-component.ts';

const js = (code: string, props = {}, name = 'default') =>
	renderStaticComponent(code, { typescript: false, name }, props);

describe('reading a site component for what it shows', () => {
	test('a wrapper that shows what the page writes inside it is unreadable: its words are Markdown this reader does not show', () => {
		expect(js('export default function Box({ children }) { return <div>{children}</div>; }')).toEqual({
			unreadable: 'it shows text it computes',
		});
		expect(js('export default (props) => <div>{props.children}</div>;')).toEqual({
			unreadable: 'it shows text it computes',
		});
	});

	test('an attribute the page wrote as code counts as unknown, never as missing', () => {
		const code = 'export default ({ href }) => <span>{href ? <a href={href}>Docs</a> : "No link"}</span>;';
		expect(js(code, { href: null })).toEqual({ unreadable: 'it shows a choice on a value it computes' });
		expect(js(code, {})).toMatchObject({ phrasing: [{ type: 'text', value: 'No link' }] });
	});

	test('another component, a list mapped from data, or a call it would have to run make it unreadable', () => {
		expect(js('import X from "x"; export default () => <div><X /></div>;')).toEqual({
			unreadable: 'it shows another component',
		});
		expect(js('export default ({ items }) => <ul>{items.map((i) => <li>{i}</li>)}</ul>;')).toMatchObject({
			unreadable: expect.any(String),
		});
		expect(js('export default () => { document.title = "x"; return <p>Hi</p>; }')).toEqual({
			unreadable: 'it shows code it would have to run',
		});
	});

	test('a box of blocks has no words for a sentence; a named export is found by its name', () => {
		expect(js('export default () => <div><p>One</p><p>Two</p></div>;')).toEqual({
			blocks: [
				{ type: 'paragraph', children: [{ type: 'text', value: 'One' }] },
				{ type: 'paragraph', children: [{ type: 'text', value: 'Two' }] },
			],
		});
		expect(js('const Tag = () => <b>NEW</b>; export { Tag };', {}, 'Tag')).toMatchObject({
			phrasing: [{ type: 'strong', children: [{ type: 'text', value: 'NEW' }] }],
		});
	});
	test("a docs theme's callout it shows stays that element for the page's converter; the module's constants are read", () => {
		const code = [
			"import { Callout } from 'fumadocs-ui/components/callout';",
			"const GUIDE = '/docs/lamps/upgrade';",
			'export function OldLampNotice() {',
			'  return (',
			'    <Callout type="warn">',
			"      <strong>The first lamps lose support in May.</strong>{' '}",
			'      <a href={GUIDE}>Upgrade your lamp.</a>',
			'    </Callout>',
			'  );',
			'}',
		].join('\n');
		expect(js(code, {}, 'OldLampNotice')).toEqual({
			blocks: [
				{
					type: 'mdxJsxFlowElement',
					name: 'Callout',
					attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: 'warn' }],
					children: [
						{
							type: 'paragraph',
							children: [
								{ type: 'strong', children: [{ type: 'text', value: 'The first lamps lose support in May.' }] },
								{ type: 'text', value: ' ' },
								{ type: 'link', url: '/docs/lamps/upgrade', children: [{ type: 'text', value: 'Upgrade your lamp.' }] },
							],
						},
					],
				},
			],
		});
		// A component of the site's own, or one imported from elsewhere, is still another component.
		expect(js(code.replace('fumadocs-ui/components/callout', '@/components/callout'), {}, 'OldLampNotice')).toEqual({
			unreadable: 'it shows another component',
		});
	});
});
