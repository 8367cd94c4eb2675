import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { keepsAddress, removeUnsafeAddresses } from '../../../src/import/convert/unsafe-addresses.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** The part of the output after the front matter, where links and pictures are. */
const linksIn = (body: string) =>
	[...body.matchAll(/\]\(([^)]*)\)|<(?:a|img)\b[^>]*>|^\[[^\]]+\]:.*$/gm)].map((m) => m[0]);

describe('import: an address that runs code never reaches an article', () => {
	test.each([
		['javascript:alert(1)', false],
		['JaVaScRiPt:alert(1)', false],
		[' \u0000javascript:alert(1)', false],
		['java\tscript:alert(1)', false],
		['java\nscript:alert(1)', false],
		['&#106;avascript:alert(1)', false],
		['&#x6A;avascript&colon;alert(1)', false],
		['%6Aavascript:alert(1)', false],
		['vbscript:msgbox(1)', false],
		['data:text/html;base64,PHNjcmlwdD4=', false],
		// Deep links into apps, and any other scheme that runs no code, stay.
		['file:///etc/passwd', true],
		['slack://open?team=T1', true],
		['https://example.com/a:b', true],
		['HTTP://example.com', true],
		['mailto:help@example.com', true],
		['tel:+15550100', true],
		['//cdn.example.com/x', true],
		['#plans', true],
		['?tab=2', true],
		['../billing.md#plans', true],
		['guides/a:b', true],
	])('a link to %j is kept: %s', (address, kept) => {
		expect(keepsAddress(address, 'link')).toBe(kept);
	});

	test('a picture may be an inline PNG, GIF, JPEG, WebP or AVIF, never inline SVG or HTML; a link never', () => {
		expect(keepsAddress('data:image/png;base64,iVBORw0KGgo=', 'picture')).toBe(true);
		expect(keepsAddress('DATA:image/webp;base64,UklGRg==', 'picture')).toBe(true);
		expect(keepsAddress('data:image/svg+xml;base64,PHN2Zz4=', 'picture')).toBe(false);
		expect(keepsAddress('data:text/html,<script>', 'picture')).toBe(false);
		expect(keepsAddress('javascript:alert(1)', 'picture')).toBe(false);
		expect(keepsAddress('data:image/png;base64,iVBORw0KGgo=', 'link')).toBe(false);
	});

	test('raw HTML and JSX left in an article lose an address attribute that runs code, and say so', () => {
		const tree = {
			type: 'root',
			children: [
				{ type: 'html', value: '<a id="x" href="java&#x09;script:alert(1)"></a><a href="/ok">ok</a>' },
				{
					type: 'mdxJsxFlowElement',
					name: 'LinkCard',
					attributes: [
						{ type: 'mdxJsxAttribute', name: 'title', value: 'Keys' },
						{ type: 'mdxJsxAttribute', name: 'href', value: ' vbscript:msgbox(1)' },
					],
					children: [],
				},
			],
		} as Root;
		const review = removeUnsafeAddresses(tree, 'mdx');
		expect(tree.children[0]).toEqual({ type: 'html', value: '<a id="x"></a><a href="/ok">ok</a>' });
		expect(tree.children[1]).toMatchObject({ attributes: [{ name: 'title', value: 'Keys' }] });
		expect(review).toEqual([
			'an HTML href to a javascript: address was removed ("java&#x09;script:alert(1)")',
			'the href of <LinkCard> to a vbscript: address was removed ("vbscript:msgbox(1)")',
		]);
	});

	test('folder Markdown and MDX: links keep their words, pictures become import notes, definitions go, each listed', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-unsafe-addresses/docs')]);
		const page = articleBody(site.contentDir, 'rotate-your-api-key');
		const other = articleBody(site.contentDir, 'key-rotation-details');
		// The words of an autolink stay as text; no address, link, picture or definition keeps the scheme.
		for (const body of [page, other]) {
			expect(body).not.toMatch(/\]\(\s*(?:javascript|vbscript|data)|\]:|href=|src=|vbscript:|&#106;/i);
		}
		expect(page).toContain('Open the key settings and press **Rotate**. Ask your admin first.');
		expect(page).toContain('Mixed case runs too, and so does a padded one, one with a tab, an encoded one,');
		expect(linksIn(page)).toEqual([
			'](https://status.example.com/)',
			'](mailto:help@example.com)',
			'](tel:+15550100)',
			'](/articles/key-rotation-details/#details)',
		]);
		expect(page).toContain('The original article had a picture here; it was not imported.');
		expect(other).toContain('Rotated keys stop working after one hour, and old tokens with them.');
		expect(other).toContain('The original article had a picture here; it was not imported.');
		expect(linksIn(other)).toEqual(['](https://example.com/keys)']);
		expect(result.stdout).toContain(
			'    - a link to a javascript: address was removed: "the key settings" ("javascript:alert(1)"); its text stays\n',
		);
		expect(result.stdout).toContain(
			'    - a link definition to a javascript: address was removed: "admin" ("javascript:alert(2)")\n',
		);
		expect(result.stdout).toContain(
			'    - a link to a removed definition lost its address: "your admin"; its text stays\n',
		);
		expect(result.stdout).toContain('a link to a javascript: address was removed: "javascript:alert(3)"');
		expect(result.stdout).toContain(
			'    - a picture at a javascript: address was removed: "Key settings" ("javascript:alert(4)")\n',
		);
		expect(result.stdout).toContain('a link to a javascript: address was removed: "one with a tab"');
		expect(result.stdout).toContain('a link to a javascript: address was removed: "an encoded one"');
		expect(result.stdout).toContain('a link to a vbscript: address was removed: "a VBScript one"');
		expect(result.stdout).toContain('a link to a data: address was removed: "a page of data"');
		expect(result.stdout).toContain('a link to a javascript: address was removed: "one hour" ("javascript:alert(6)")');
		expect(result.stdout).toContain(
			'a link to a javascript: address was removed: "old tokens" ("javascript:alert(11)")',
		);
		expect(result.stdout).toContain(
			'a picture at a javascript: address was removed: "Timeline" ("javascript:alert(12)")',
		);
		expect(result.stdout).not.toContain('image not copied');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a Zendesk dump: HTML links, entity-encoded or not, lose their address; a picture or frame that runs code goes', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, [
			'--from',
			'zendesk',
			'--dump',
			importFixture('zendesk-unsafe-addresses'),
			'--offline',
		]);
		const body = articleBody(site.contentDir, 'rotate-your-api-key');
		expect(body).not.toMatch(/javascript|&#106;|alert/i);
		expect(body).toContain('Open the key settings and press **Rotate**.');
		expect(body).toContain(
			'Ask your admin or the owner first, then see the log and [the status page](https://status.example.com).',
		);
		expect(body).toContain('The original article had a picture here; it was not imported.');
		expect(body).toContain('The original article had an embedded frame here; it was not imported.');
		expect(result.stdout).toContain(
			'a link to a javascript: address was removed: "the key settings" ("javascript:alert(1)")',
		);
		expect(result.stdout).toContain(
			'a link to a javascript: address was removed: "your admin" ("javascript:alert(2)")',
		);
		expect(result.stdout).toContain('a link to a javascript: address was removed: "the owner" ("javascript:alert(3)")');
		expect(result.stdout).toContain('a link to a javascript: address was removed: "the log" ("JAVASCRIPT:alert(4)")');
		expect(result.stdout).toContain(
			'a picture at a javascript: address was removed: "Key settings" ("javascript:alert(5)")',
		);
		expect(result.stdout).not.toContain('image not copied');
		// A file the dump lists beside the article, at such an address, is neither fetched nor listed in it.
		expect(body).not.toContain('rotation-checklist.pdf');
		expect(result.stdout).toContain(
			'a listed file whose address is no web address was left out: "rotation-checklist.pdf" ("javascript:alert(13)")',
		);
		expect(result.stdout).not.toContain('file not copied');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
