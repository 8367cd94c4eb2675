import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bodyToMarkdown, formatOf } from '../../../src/agent/markdown.ts';
import { attentionOf } from '../markdown/attention.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/agent/${name}`, import.meta.url), 'utf8');
const siteUrl = 'https://help.example.com';

describe('article bodies as plain Markdown', () => {
	test('MDX components become Markdown, imports and comments disappear, links become absolute', () => {
		const markdown = bodyToMarkdown(fixture('mdx-components/body.mdx'), { format: 'mdx', siteUrl, minHeadingDepth: 2 });
		expect(markdown).toMatchInlineSnapshot(`
			"Send up to 100 emails per request.

			Keep bounces \\< 2% every month.

			> **Caution: Only one SPF record per name**
			>
			> Merge \`include:spf.acmemail.dev\` into the record you have.
			>
			> - Never add a second \`v=spf1\` record.

			> **Tip**
			>
			> Use the copy button.

			> **Note**
			>
			> A note without a title.

			A sentence with an inline **Danger:** careful warning.

			1. Open **Domains**.
			2. Click **Verify again**.

			| Status | Meaning |
			| - | - |
			| \`pending\` | Not found yet |

			- [ ] DKIM published
			- [x] SPF merged

			See [Domain stuck on pending](https://help.example.com/articles/domain-stuck-pending/#check-the-records) or [the status page](https://status.acmemail.dev).
			"
		`);
	});

	test('a fold (`<details>`) shows its summary as a bold line, its own bold kept as words, then everything it held', () => {
		const markdown = bodyToMarkdown(fixture('folds/body.mdx'), { format: 'mdx', siteUrl, minHeadingDepth: 2 });
		expect(markdown).toBe(
			[
				'Answers to what customers ask most.',
				'**Can I pay by invoice?**',
				'Yes, on the yearly plan:',
				'- Choose **Invoice**.\n- Enter your VAT number.',
				'```sh\nbilling invoice --on\n```',
				'**Refunds** Within 30 days.',
				'1. Open **Billing**.\n\n   **Where are my `limits`?**\n\n   Under **Plan**.\n',
			].join('\n\n'),
		);
	});

	test('a line break written `<br />` in an MDX table cell (as imported tables hold) keeps its words apart', () => {
		const body = '| Light | Meaning |\n| --- | --- |\n| Red | The kettle is empty.<br />Fill it to the line. |\n';
		const markdown = bodyToMarkdown(body, { format: 'mdx', siteUrl });
		expect(markdown).toContain('| Red | The kettle is empty. Fill it to the line. |');
	});

	test('no JSX, import, export or expression survives', () => {
		const markdown = bodyToMarkdown(fixture('mdx-components/body.mdx'), { format: 'mdx', siteUrl });
		expect(markdown).not.toMatch(/<\/?[A-Z][A-Za-z]*/);
		expect(markdown).not.toMatch(/^(import|export) /m);
		expect(markdown).not.toContain('{');
	});

	test('plain Markdown keeps its HTML, loses author comments, and its headings move below the title', () => {
		const markdown = bodyToMarkdown(fixture('plain-markdown/body.md'), { format: 'md', siteUrl, minHeadingDepth: 2 });
		expect(markdown).toMatchInlineSnapshot(`
			"## Headline written as a title

			Body text with <kbd>Ctrl</kbd> + <kbd>C</kbd> to copy.

			### Section

			Text {with braces} stays as it is.
			"
		`);
	});

	test('headings stay where they are when none is above the minimum depth', () => {
		expect(bodyToMarkdown('Intro.\n\n## Steps\n\n### One\n', { format: 'md', minHeadingDepth: 2 })).toBe(
			'Intro.\n\n## Steps\n\n### One\n',
		);
	});

	test('links stay relative without a site URL, and other sites are left alone', () => {
		expect(bodyToMarkdown('[a](/articles/a/) and [b](https://b.example/x)', { format: 'md' })).toBe(
			'[a](/articles/a/) and [b](https://b.example/x)\n',
		);
	});

	test('a link to a file beside the page leads where the site serves it', () => {
		const page = { kind: 'article' as const, slug: 'verify-your-domain' };
		expect(
			bodyToMarkdown('[checklist](./verify-your-domain/dns-checklist.pdf#page=2) and [terms](files/terms.pdf)', {
				format: 'md',
				siteUrl,
				page,
			}),
		).toBe(
			'[checklist](https://help.example.com/articles/verify-your-domain/dns-checklist.pdf#page=2) and [terms](https://help.example.com/articles/verify-your-domain/files/terms.pdf)\n',
		);
	});

	test('an image beside the page leads where the site serves it; an SVG, which it never serves, becomes its description', () => {
		const page = { kind: 'article' as const, slug: 'verify-your-domain' };
		expect(
			bodyToMarkdown(
				'![DNS panel](./verify-your-domain/dns.png)\n\n![Flow](./verify-your-domain/flow.svg)\n\nSee ![](./verify-your-domain/icon.svg) here.',
				{ format: 'md', siteUrl, page },
			),
		).toBe('![DNS panel](https://help.example.com/articles/verify-your-domain/dns.png)\n\nImage: Flow\n\nSee  here.\n');
	});

	test('emphasis inside a word is written with `*`, which works there, instead of `_` and character references', () => {
		const body =
			'The *FTL*DNS engine, **Pi**hole and un*frigging*believable v*2*beta. <em>FTL</em>DNS stays HTML.\n\n' +
			'Plain *italics*, _these_ and **bold** keep their marks; *FTL*’s ends at punctuation.\n';
		expect(bodyToMarkdown(body, { format: 'md', siteUrl })).toBe(
			'The *FTL*DNS engine, **Pi**hole and un*frigging*believable v*2*beta. <em>FTL</em>DNS stays HTML.\n\n' +
				'Plain _italics_, _these_ and **bold** keep their marks; _FTL_’s ends at punctuation.\n',
		);
		expect(bodyToMarkdown('<Steps>A *Pi*hole.</Steps>\n\nThe *FTL*DNS engine.', { format: 'mdx', siteUrl })).toBe(
			'A *Pi*hole.\n\nThe *FTL*DNS engine.\n',
		);
	});

	test('emphasis and strong read back the same from what is written', () => {
		const bodies = [
			'The *FTL*DNS engine and **Pi**hole.',
			'***Pi***hole and **Pi***hole* and *Pi***hole**.',
			'x*y*z*w*v and [*FTL*DNS](https://example.com) and `*code*x`.',
			'*a **b** c*d and a*b **c** d* and *é*té.',
			'| A | B |\n| - | - |\n| *Auto*Retry | *again* |',
			'- *list*item\n- _plain_ item',
		];
		for (const format of ['md', 'mdx'] as const) {
			for (const body of bodies) {
				const markdown = bodyToMarkdown(body, { format, siteUrl });
				// A run of three before a letter (`***Pi***hole`) has the letter encoded whatever the marker.
				if (!body.startsWith('***')) expect(markdown, body).not.toContain('&#x');
				expect(attentionOf(markdown, format), body).toEqual(attentionOf(body, format));
			}
		}
	});

	test('the format follows the file extension', () => {
		expect(formatOf('content/articles/verify-domain.mdx')).toBe('mdx');
		expect(formatOf('content/articles/verify-domain.md')).toBe('md');
		expect(formatOf(undefined)).toBe('md');
	});
});

describe('addresses that run code never reach the Markdown agents read', () => {
	test('a Markdown body keeps the words of such links and pictures, and raw HTML loses the attribute', () => {
		const body = readFileSync('tests/fixtures/authoring/unsafe-addresses/paste-from-ticket.md', 'utf8').replace(
			/^---[\s\S]*?---\n/,
			'',
		);
		const markdown = bodyToMarkdown(
			`${body}\nSee [the form][resend] and <a href="https://example.com/a?b=1&amp;c=2">this</a>.\n`,
			{
				format: 'md',
				siteUrl,
			},
		);
		expect(markdown).not.toMatch(/script:|data:text/i);
		expect(markdown).toContain('Ask the customer to open the resend form or to check spam.');
		expect(markdown).toContain('<a>Old link</a> and a tracking pixel.');
		expect(markdown).toContain('See the form and <a href="https://example.com/a?b=1&amp;c=2">this</a>.');
		expect(markdown).toContain('![dot](data:image/png;base64,iVBORw0KGgo=)');
		expect(markdown).toContain("[the app's settings](ms-settings:privacy)");
	});

	test('an MDX body loses them from its HTML elements too', () => {
		const markdown = bodyToMarkdown(
			'A <a href="javascript:alert(1)">pasted link</a> and an [inline one](javascript:alert(2)).\n',
			{ format: 'mdx', siteUrl },
		);
		expect(markdown).toBe('A pasted link and an inline one.\n');
	});
});
