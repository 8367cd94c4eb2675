import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Jekyll site (Just the Docs)', () => {
	test('callout classes, links by {% link %} and site.baseurl, raw, highlight and markdown="1" are read as Jekyll reads them', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-jekyll/docs')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 1');
		expect(stdout).toContain(
			'_includes/late-orders.md: a Jekyll include or layout, which the old site showed only inside the pages that use it',
		);
		expect(articleBody(site.contentDir, 'bakery-orders-help')).toBe(
			'Read [placing an order](/articles/place-an-order/) or go [back home](/articles/bakery-orders-help/).\n',
		);
		const body = articleBody(site.contentDir, 'place-an-order');
		// A class before the block, or right after it, makes it a callout; a "-title" one takes its first line as title.
		expect(body).toContain(
			'<Aside type="caution">\n  Orders placed after 6 pm are baked the next day.\n</Aside>\n\n<Aside type="note">\n  Pick up at the counter.\n</Aside>\n\n<Aside type="tip" title="Save time">\n  Order the day before.\n</Aside>\n\nNew\n',
		);
		expect(body).toContain('**Bold** words.');
		expect(body).toContain('```yaml\ncakes: 2\n```');
		expect(body).toContain('Say \\{\\{ name }} to the baker.');
		expect(body).toContain('```sh\nbake --count 2\n```');
		// An include of Markdown is written in where the page shows it.
		expect(body).toContain('Call the bakery on **555 0100** if an order is late.');
		expect(stdout).not.toContain('was not converted');
		// permalink is the old address, redirect_from another one.
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('- from: /orders/placing\n    to: folder:orders/place-an-order');
		expect(redirects).toContain('- from: /ordering.html\n    to: folder:orders/place-an-order');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
