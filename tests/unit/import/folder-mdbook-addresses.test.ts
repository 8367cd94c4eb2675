import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: the addresses of an mdBook book', () => {
	test('each page keeps the .html address mdBook served it at, and the one without; links to either lead to it', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-mdbook-addresses/book/pages'),
			'--old-site-url',
			'https://lantern.example.com',
		]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 0');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects as {
			from: string;
			to: string;
		}[];
		expect(redirects).toEqual(
			expect.arrayContaining([
				{ from: '/charging/overnight.html', to: 'folder:charging/overnight' },
				{ from: '/charging/overnight', to: 'folder:charging/overnight' },
				{ from: '/charging/index.html', to: 'folder:charging/README' },
				{ from: '/charging', to: 'folder:charging/README' },
			]),
		);
		expect(articleBody(site.contentDir, 'welcome')).toContain(
			'[the overnight timer](/articles/charge-overnight/#set-the-timer)',
		);
		expect(articleBody(site.contentDir, 'charge-overnight')).toContain('Back to [Charging](/articles/charging/).');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
