import { describe, expect, test } from 'vitest';
import { boldBesidePunctuation } from '../../../src/import/convert/loose-emphasis.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: bold that ends or starts in punctuation beside a word', () => {
	test('it is read as bold, where Markdown would show its asterisks', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-bold-punctuation/docs')]);
		const body = articleBody(site.contentDir, 'board-settings');
		expect(body).not.toContain('\\*\\*');
		expect(body).toMatch(/\*\*注：\*\*(オ|&#x30AA;)ープン/);
		expect(body).toMatch(/(必ず|&#x305A;)\*\*「追加」\*\*(を|&#x3092;)クリック/);
		expect(body).toMatch(
			/\*\*Note:\*\*(R|&#x52;)ead the limits first\. Plain \*\*bold\*\* stays, and so does `\*\*code:\*\*x`\./,
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('only a pair whose end Markdown would not read is touched; code stays', () => {
		expect(boldBesidePunctuation('**注：**オープン')).toBe('**注：**&#x30AA;ープン');
		expect(boldBesidePunctuation('必ず**「追加」**をクリック')).toBe('必&#x305A;**「追加」**&#x3092;クリック');
		expect(boldBesidePunctuation('**Note:** Read')).toBe('**Note:** Read');
		expect(boldBesidePunctuation('a **bold** word')).toBe('a **bold** word');
		expect(boldBesidePunctuation('`**x:**y` and **odd')).toBe('`**x:**y` and **odd');
	});
});
