import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: CriticMarkup where pymdownx.critic is on', () => {
	test('the accepted text comes over, without the marks or the comments', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-critic')]);
		const body = articleBody(site.contentDir, 'warranty');
		expect(body).toContain('The warranty lasts two years from the day of purchase.');
		expect(body).toContain('Send the kettle to any service centre.');
		expect(body).toContain('Keep the receipt. A photo of the\nreceipt will do.');
		expect(body).not.toMatch(/one year|by post|check with legal/);
		expect(body).toContain('In code the marks stay: `{++kept++}`.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
