import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const docs = ['--from', 'folder', importFixture('docs-site/docs'), '--base-path', '/docs'];
const map =
	'defaults:\n  category: usability\n  productArea: domains\nfolder:\n  folders:\n    guides: { productArea: sending }\n';

function read(contentDir: string, file: string) {
	return readFileSync(path.join(contentDir, 'articles', file), 'utf8');
}

describe('npm run import -- --from folder', () => {
	test('keeps title and description, drops sidebar fields with a note, and converts admonitions and components', async () => {
		const site = emptySite(map);
		const result = await runImport(site, docs);
		expect(result.stdout).toContain('written 4, updated 0, unchanged 0, skipped 0');
		// A page its old site did not publish (`published: false`) waits as a draft.
		expect(read(site.contentDir, 'regional-pricing-preview.mdx')).toMatch(/^draft: true$/m);
		expect(result.stdout).toContain('frontmatter dropped: sidebar_position, sidebar_label, slug');
		expect(result.stdout).toContain('a tab became a section');

		const intro = read(site.contentDir, 'getting-started-with-acme-mail.mdx');
		expect(intro).toContain(
			'title: Getting started with Acme Mail\ndescription: Send your first email in five minutes.',
		);
		expect(intro).not.toContain('sidebar');
		// The h1 repeated the title; the image came from the site's static folder.
		expect(intro).not.toContain('# Getting started');
		expect(intro).toContain('![Acme logo](./getting-started-with-acme-mail/logo.png)');
		expect(intro).toContain('[how to verify a domain](/articles/verify-a-sending-domain/#set-up-dns)');
		expect(intro).toContain('[send mail](/articles/send-mail/)');
		expect(intro).toContain('<Aside type="note">\n  New accounts start in the sandbox.\n</Aside>');

		const verify = read(site.contentDir, 'verify-a-sending-domain.mdx');
		expect(verify).toContain('productArea: sending');
		expect(verify).toContain('updated: 2025-11-20');
		expect(verify).toContain('tags:\n  - domains\n  - dns');
		expect(verify).toContain('<Aside type="tip" title="Use short TTLs">');
		expect(verify).toContain('<Aside type="caution" title="Old syntax">');
		expect(verify).toContain('<Aside type="note">\n  Records can take an hour to show.\n</Aside>');
		expect(verify).toContain('### Cloudflare\n\nAdd a TXT record in the DNS tab.\n');
		expect(verify).not.toContain('import {');

		// A GitHub alert, and a Docusaurus custom heading id kept as the new anchor.
		const send = read(site.contentDir, 'send-mail.mdx');
		expect(send).toContain('<Aside type="caution">\n  Verified domains only.\n</Aside>');
		expect(send).toContain('[Verify a sending domain](/articles/verify-a-sending-domain/#set-up-dns)');
		// A file beside the page comes along into the article's folder.
		expect(send).toContain('[the limits table](./send-mail/sending-limits.csv)');
		expect(read(site.contentDir, 'send-mail/sending-limits.csv')).toContain('starter,1000');
		// A line of words starting "import " stays words in MDX; a protocol-relative link goes to its host.
		expect(send).toContain('first\n&#x69;mport your contacts. The [old guide](https://old.acme.test/guide) says more.');

		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toEqual([
			// The draft keeps its old address; the public build leaves the redirect out with the draft.
			{ from: '/docs/guides/regional-pricing', to: 'folder:guides/regional-pricing' },
			{ from: '/docs/guides/send-mail', to: 'folder:guides/send-mail' },
			{ from: '/docs/guides/verify', to: 'folder:guides/verify' },
			{ from: '/docs', to: 'folder:intro' },
		]);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a folder with no Markdown or HTML pages exits 2 naming it', async () => {
		const result = await runImport(emptySite(map), ['--from', 'folder', importFixture('zendesk/hc')]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toMatch(
			/zendesk\/hc: no Markdown, MDX, reStructuredText, AsciiDoc or HTML pages in the folder$/,
		);
	});
});
