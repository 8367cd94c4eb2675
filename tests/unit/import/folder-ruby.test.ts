import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: ruby annotations', () => {
	test('<ruby> keeps its reading above the word, in a table cell and in a sentence, where the words alone would run together', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-ruby')]);
		const body = articleBody(site.contentDir, 'reading-aids');
		expect(body).toContain('<ruby><rb>東京</rb><rt>とうきょう</rt></ruby>');
		expect(body).toContain('<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>');
		expect(body).toContain('In a sentence too: <ruby>日本<rt>にほん</rt></ruby> is shown with its reading.');
		expect(body).not.toContain('東京とうきょう');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
