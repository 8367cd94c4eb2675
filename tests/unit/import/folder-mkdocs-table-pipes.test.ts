import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: an MkDocs table with a `|` in a cell’s code', () => {
	test('the row keeps its cells, as Python-Markdown showed them, instead of splitting at the pipe', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-table-pipes/docs')]);
		const body = articleBody(site.contentDir, 'search-filters');
		const rows = body.split('\n').filter((line) => line.startsWith('| `'));
		expect(rows.map((row) => row.replace(/ +\|/g, ' |').replace(/\| +/g, '| '))).toEqual([
			'| `room:kitchen\\|hall` | lamps in the kitchen or the hall |',
			'| ``name:`desk\\|bed` `` | lamps named desk or bed |',
			'| `on:true` | lamps that are on right now |',
			'| `color:\\|red` | lamps whose color starts with a pipe |',
		]);
		// Code blocks and code outside a table keep their pipes as written.
		expect(body).toContain('```text\nroom | lamps\n`a|b` | kept as written in code\n```');
		expect(body).toContain('combine them with `|` to match either');
		expect(body).toContain('The shell form is `glow list | grep kitchen`.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
