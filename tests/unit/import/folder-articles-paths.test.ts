import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

// An old help center that served its articles at /articles/<name>, as this one does.
describe('folder import: old addresses under /articles/', () => {
	test('an article keeps its address, a renamed one redirects, and none hides another article', async () => {
		const site = emptySite(
			'defaults:\n  category: usability\n  productArea: account\nfolder:\n  folders:\n    articles: { productArea: account }\n',
		);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-articles-paths')]);
		expect(stdout).toContain('written 4');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects as {
			from: string;
			to: string;
		}[];
		const from = redirects.map((entry) => entry.from);
		// Renamed by its title: the old address leads to it.
		expect(redirects).toContainEqual({
			from: '/articles/8801-set-up-webhooks',
			to: 'folder:articles/8801-set-up-webhooks',
		});
		// Same name as before: its page is at the old address already.
		expect(from).not.toContain('/articles/verify-your-domain');
		// "Refunds" was at /articles/billing, which is the "Billing" article's page now.
		expect(from).not.toContain('/articles/billing');
		expect(stdout).toContain('no redirect from /articles/billing: it is the address of the article "billing" here');
		expect(stdout).not.toContain('not a path a static host can match');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
