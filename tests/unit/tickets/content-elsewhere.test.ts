import { cpSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentPath } from '../../../src/content-model/paths.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, fixture, site } from './helpers.ts';

/** The fixture site in a folder of its own (`TRYBLOCK_CONTENT_DIR`), its settings saved as `tryblock.yml`. */
function contentElsewhere(): string {
	const dir = temporaryDir('content-elsewhere');
	cpSync(site, dir, { recursive: true });
	renameSync(path.join(dir, 'tryblock.yaml'), path.join(dir, 'tryblock.yml'));
	return dir;
}

describe('messages name the settings and taxonomy of the content folder read, not content/', () => {
	test('contentPath names the file there is, else the first name; a folder ends with /', () => {
		const dir = contentElsewhere();
		expect(contentPath('config', dir)).toBe(`${dir}/tryblock.yml`);
		expect(contentPath('taxonomy', dir)).toBe(`${dir}/taxonomy.yaml`);
		expect(contentPath('synonyms', dir)).toBe(`${dir}/search/synonyms.yaml`);
		expect(contentPath('tickets', dir)).toBe(`${dir}/tickets/`);
		expect(contentPath('config', site)).toBe('tests/fixtures/tickets/site/tryblock.yaml');
	});

	test('a missing column: the hint names the settings file read', async () => {
		const dir = contentElsewhere();
		const run = await checkCoverage(['--tickets', fixture('missing-column/tickets.csv')], { contentDir: dir });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(`add that name to \`coverage.columns.category\` in ${dir}/tryblock.yml`);
		expect(run.stderr).not.toContain('content/tryblock.yaml');
	});

	test('an unknown category: the warning names the taxonomy read', async () => {
		const dir = contentElsewhere();
		const run = await checkCoverage(['--tickets', fixture('unknown-category/tickets.csv')], { contentDir: dir });
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(`list the name under the term's \`helpdeskValues\` in ${dir}/taxonomy.yaml`);
		expect(run.stdout).not.toContain('content/taxonomy.yaml');
	});

	test('no exports: the hint names the settings file that would name the helpdesk', async () => {
		const dir = contentElsewhere();
		const run = await checkCoverage([], { contentDir: dir });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(`run \`npm run tickets:pull\` (tickets.source in ${dir}/tryblock.yml)`);
	});
});
