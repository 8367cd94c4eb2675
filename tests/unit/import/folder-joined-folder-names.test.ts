import { describe, expect, test } from 'vitest';
import { articleFrontmatter, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const titleOf = (contentDir: string, slug: string) => /^title: (.*)$/m.exec(articleFrontmatter(contentDir, slug))?.[1];

describe('folder import: pages alike in a folder named by words written together', () => {
	test("take the title of the folder's page when the folder's name is its words run together (`lamp365`)", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-joined-folder-names')]);
		expect([titleOf(site.contentDir, 'settings'), titleOf(site.contentDir, 'settings-lamp-365-cloud')]).toEqual([
			'Settings (Email)',
			'Settings (Lamp 365 Cloud)',
		]);
	});
});
