import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	articleBody,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	importFolderSite,
	runImport,
} from './helpers.ts';

const importSite = (extra: string[] = []) => importFolderSite('folder-vitepress-locales', extra);

const redirectsTo = (contentDir: string, id: string) =>
	(
		parse(readFileSync(path.join(contentDir, 'redirects.yaml'), 'utf8')) as {
			redirects: { from: string; to: string }[];
		}
	).redirects
		.filter((entry) => entry.to === id)
		.map((entry) => entry.from);

describe('folder import: a VitePress site with a folder per language, named by its locales', () => {
	test('brings the root locale, kept in en/ and served at the root by its rewrites, and lists the others as skipped', async () => {
		const { site, result, articles, written } = await importSite();
		expect(articles).toEqual(['dim-a-lantern.mdx', 'pair-a-lantern.mdx', 'welcome-to-lantern.mdx']);
		for (const canary of ['ZH-PEIDUI-CANARY-7002', 'KO-PAIR-CANARY-8001']) expect(written).not.toContain(canary);
		expect(result.stdout).toContain(
			'in zh/, a translation of the site; the import brings one language, en/ (the site’s root locale; --locale picks another)',
		);
		expect(result.stdout).toContain('folder:ko/guide/pair: ko/guide/pair.md: in ko/, a translation of the site');
		// VitePress served en/guide/pair.md at /guide/pair, as its rewrites say.
		expect(redirectsTo(site.contentDir, 'folder:en/guide/pair')).toEqual(['/guide/pair']);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a link into another language leads to the brought language’s page of that path', async () => {
		const { site } = await importSite();
		const pair = articleBody(site.contentDir, 'pair-a-lantern');
		expect(pair).toContain('The Korean page says the same: [페어링](/articles/pair-a-lantern/).');
		expect(articleBody(site.contentDir, 'dim-a-lantern')).toContain('See [pairing](/articles/pair-a-lantern/).');
	});

	test('markdown.math: true makes $…$ in a sentence its TeX as code, listed for review; a price stays text', async () => {
		const { site, result } = await importSite();
		const pair = articleBody(site.contentDir, 'pair-a-lantern');
		expect(pair).toContain('The light falls off as `I_d = I_0 / d^2` with the distance `d`; a spare bulb costs $5.');
		expect(result.stdout).toContain(
			'math formulas are shown as their TeX, since the help center does not typeset math',
		);
	});

	test('--locale zh (or its lang, zh-Hans) brings the Chinese folder instead, at its own addresses', async () => {
		for (const locale of ['zh', 'zh-hans']) {
			const { site, articles, written, result } = await importSite(['--locale', locale]);
			expect(articles).toHaveLength(3);
			expect(written).toContain('ZH-PEIDUI-CANARY-7002');
			expect(written).not.toContain('EN-PAIR-CANARY-4411');
			expect(written).not.toContain('KO-PAIR-CANARY-8001');
			expect(result.stdout).toContain(
				'in en/, a translation of the site; the import brings one language, zh/ (--locale)',
			);
			expect(redirectsTo(site.contentDir, 'folder:zh/guide/peidui')).toEqual(['/zh/guide/peidui']);
			expect(checkErrors(site.contentDir)).toEqual([]);
		}
	});

	test('a --locale the site has no locale for stops the import, naming the ones it has', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-vitepress-locales'),
			'--locale',
			'ja',
		]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			'--locale ja: the VitePress site has no locale of that name; its locales are en/ (en-US), zh/ (zh-Hans), ko/ (ko-KR)',
		);
	});
});
