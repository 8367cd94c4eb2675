import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { temporaryDir } from '../temporary-dir.ts';
import {
	articleBody,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

describe("folder import: a Next.js site that renders Markdown through Markdoc's plugin (@markdoc/next.js)", () => {
	test('named by its repository, its English pages come at the addresses it served, under basePath; the repository files and other languages do not', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-markdoc-next')]);
		expect(stdout.split('\n')[0]).toContain('src/pages');
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 4');
		// Its middleware served the English folder without its prefix: `/help/kettle/descale`.
		expect(oldAddressesOf(site.contentDir, 'folder:kettle/descale')).toEqual([
			'/help/descaling',
			'/help/kettle/descale',
		]);
		expect(oldAddressesOf(site.contentDir, 'folder:index')).toEqual(['/help']);
		// Links are written from basePath, which Next.js puts before them; the partial comes from markdoc/partials/.
		expect(articleBody(site.contentDir, 'descale-the-kettle')).toBe(
			'Fill the kettle with vinegar and water, then [set the temperature](/articles/set-the-temperature/) to 80 °C.\n\nDescaling is covered by the two-year warranty.\n',
		);
		expect(articleBody(site.contentDir, 'kettle-help')).toBe(
			'Start by [descaling the kettle](/articles/descale-the-kettle/).\n',
		);
		expect(stdout).toContain('ko/kettle/descale.md: in ko/, a translation of the site; the import brings one language');
		expect(stdout).toContain('en/kettle/notes.mdx: not one of the pageExtensions of next.config.js (md)');
		expect(stdout).not.toMatch(/README|Kettle docs/);
		// Its sections are the folders in the language's folder.
		expect(stdout).toContain('# "kettle" (2 articles)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('--locale ko brings the Korean folder, served under /ko', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-markdoc-next'),
			'--locale',
			'ko',
		]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 4');
		expect(oldAddressesOf(site.contentDir, 'folder:kettle/descale')).toEqual(['/help/ko/kettle/descale']);
		expect(articleBody(site.contentDir, 'jujeonja-doummal')).toBe(
			'[주전자 세척](/articles/descale/)부터 시작하세요.\n',
		);
		expect(stdout).toContain('en/kettle/descale.md: in en/, a translation of the site; the import brings one language');
		// A link to the English page of one it brought (the site's own pages link so) leads to the Korean one.
		expect(articleBody(site.contentDir, 'descale')).toBe(
			'식초와 물을 채우고 [온도를 설정하세요](/articles/temperature/).\n',
		);
	});

	test('a --locale no language folder is named by stops the import, naming the folders', async () => {
		const result = await runImport(emptySite(defaultsMap), [
			'--from',
			'folder',
			importFixture('folder-markdoc-next'),
			'--locale',
			'fr',
		]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			'--locale fr: the site has no folder of pages in it; its languages are en, ko',
		);
	});

	test('without a middleware that serves English at the root, its pages keep the /en prefix', async () => {
		const copy = path.join(temporaryDir('markdoc-next'), 'site');
		cpSync(importFixture('folder-markdoc-next'), copy, { recursive: true });
		rmSync(path.join(copy, 'src/middleware.js'));
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', copy]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 4');
		expect(oldAddressesOf(site.contentDir, 'folder:kettle/temperature')).toEqual(['/help/en/kettle/temperature']);
	});
});
