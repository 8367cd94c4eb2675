import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const titles = (contentDir: string) =>
	readdirSync(path.join(contentDir, 'articles'))
		.map((file) => /\ntitle: (.*)\n/.exec(readFileSync(path.join(contentDir, 'articles', file), 'utf8'))?.[1])
		.sort();

describe('folder import: a GitBook group heading with the anchor GitBook writes into it', () => {
	test('the group is named by its words alone, in titles told apart by it and in the import map', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-group-anchors/docs')]);
		expect(titles(site.contentDir)).toEqual([
			'API',
			'Add Call Note (Integration Capabilities › Calls)',
			'Add Call Note (Integration Capabilities › Dispatch)',
			'Calls',
			'Configuration (Integration Capabilities › Emergency)',
			'Configuration (Integration Capabilities › General)',
			'Dispatch',
			'Get Characters (Integration Capabilities › API)',
			'Get Characters (Integration Capabilities › v2 API)',
			'Welcome',
			'v2 API',
		]);
		expect(stdout).toContain('    "Integration Capabilities": {}');
		expect(stdout).not.toContain('<a href');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
