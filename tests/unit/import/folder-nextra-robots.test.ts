import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { robotsSitemapSite } from '../../../src/import/sources/configured-site.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Next.js site whose robots.txt names its address', () => {
	test('links written with that address lead to the imported articles, and the report says where the address came from', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-robots')]);
		expect(articleBody(site.contentDir, 'descale-the-kettle')).toContain(
			'see [the light guide](/articles/what-the-lights-mean/).',
		);
		expect(stdout).toContain('https://help.kettle.test');
		expect(stdout).toContain('public/robots.txt');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a placeholder, several sites or an unreadable line name no site', () => {
		const robots = (text: string) => {
			const file = `${emptySite(defaultsMap).contentDir}/robots.txt`;
			writeFileSync(file, text);
			return robotsSitemapSite(file)?.site.origin;
		};
		expect(robots('Sitemap: https://help.kettle.test/sitemap.xml\n')).toBe('https://help.kettle.test');
		expect(robots('Sitemap: https://example.com/sitemap.xml\n')).toBeUndefined();
		expect(robots('Sitemap: https://a.test/s.xml\nSitemap: https://b.test/s.xml\n')).toBeUndefined();
		expect(robots('Sitemap: not a url\n')).toBeUndefined();
		expect(robots('User-agent: *\n')).toBeUndefined();
	});
});
