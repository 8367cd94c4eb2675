import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTaxonomy } from '../../../src/content-model/settings.ts';
import { loadImportMap } from '../../../src/import/map.ts';
import { emptySite, importFixture, runImport } from './helpers.ts';

const flat = ['--from', 'folder', importFixture('folder-flat')];

describe('import map', () => {
	test('the starter map for a folder without subfolders is accepted by the next run', async () => {
		const site = emptySite();
		const dry = await runImport(site, [...flat, '--dry-run']);
		expect(dry.stderr).toBe('');
		const map = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(map).toContain(
			'# The source has no sections (a docs folder: no subfolders), so every article gets the defaults.\nfolder: {}\n',
		);
		const result = await runImport(site, flat);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		// The defaults are what the map says for a source without sections: nothing to review.
		expect(result.stdout).not.toContain('Unmapped');
		expect(result.exitCode).toBe(0);
	});

	test('a system or group key left empty (YAML null) means no entries', () => {
		const site = emptySite();
		const taxonomy = loadTaxonomy(site.contentDir);
		const file = path.join(site.contentDir, 'import-map.yaml');
		const defaults = 'defaults:\n  category: usability\n  productArea: domains\n';
		writeFileSync(file, `${defaults}folder:\nzendesk:\n  sections:\n  categories:\n`);
		expect(loadImportMap(site.contentDir, taxonomy)).toEqual({
			defaults: { category: 'usability', productArea: 'domains' },
			folder: undefined,
			zendesk: { sections: {}, categories: {} },
		});
		writeFileSync(file, `${defaults}folder:\n  folders:\n    guides:\n`);
		expect(loadImportMap(site.contentDir, taxonomy)?.folder).toEqual({ sections: {}, folders: { guides: {} } });
	});
});
