import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pymdownx.tilde and pymdownx.caret marks (H~2~O, 2^10^, ^^insert^^)', () => {
	test('a subscript, superscript and inserted words keep their meaning, where H~2~O read as struck-through', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-sub-sup')]);
		const body = articleBody(site.contentDir, 'water-hardness');
		expect(body).toContain('Scale is CaCO<sub>3</sub>, left behind when water (H<sub>2</sub>O) boils.');
		expect(body).toContain('A kettle holds 1.7 dm<sup>3</sup> and the element gives 3 kW at 2<sup>10</sup> cycles.');
		expect(body).toContain('<ins>Never</ins> descale a hot kettle. The ~~old~~ new descaler works faster.');
		expect(body).toContain('In code, `H~2~O` and `2^10^` stay as written');
		expect(body).not.toMatch(/~~[23]~~/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('without pymdownx.tilde, single tildes are the words MkDocs showed, not struck-through ones', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-plain-tildes')]);
		const body = articleBody(site.contentDir, 'boiling-times');
		expect(body).not.toContain('~~3~~');
		expect(body).toMatch(/A full kettle boils in \\?~3\\?~ minutes, a cup in \\?~1 minute\./);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
