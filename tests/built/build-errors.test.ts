import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from './helpers/build-site.ts';

const output = 'tests/.output/build-errors';

/** Builds a fixture content folder that is expected to fail. */
function buildFailing(contentDir: string, name: string, audience: 'public' | 'internal' = 'public') {
	return buildSite({ contentDir, outDir: `${output}/${name}`, audience });
}

/** Astro's wrapper around an error thrown by an integration. */
function expectNoStackTrace(log: string) {
	expect(log).not.toContain('Stack trace');
	expect(log).not.toContain('An unhandled error occurred');
	expect(log).not.toMatch(/^\s+at /m);
}

describe('a build of content with problems', () => {
	// A fixture with one of each kind of mistake: the build stops and names every
	// problem, not just the first, as npm run check prints them.
	test('prints one line per problem, no stack trace, and exits 1', async () => {
		const contentDir = 'tests/fixtures/content-model/invalid';
		const result = await buildFailing(contentDir, 'invalid');
		expect(result.status).toBe(1);
		expect(result.output.split('\n').filter((line) => line.startsWith(contentDir))).toEqual([
			`${contentDir}/articles/bad-fields.md:2: title: expected at most 100 characters, received "This title is far too long for a help article because it ..."`,
			`${contentDir}/articles/bad-fields.md:2: description: required: expected text`,
			`${contentDir}/articles/bad-fields.md:3: category: expected one of reliability, success-outreach, received "billing"`,
			`${contentDir}/articles/bad-fields.md:5: updated: expected a date (YYYY-MM-DD), received "not a date"`,
			`${contentDir}/articles/bad-fields.md:6: unknown field "catgory"`,
			`${contentDir}/articles/broken-yaml.md:4: invalid YAML in frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]`,
			`${contentDir}/articles/no-frontmatter.md:1: expected frontmatter between "---" lines at the top of the file, found none`,
			`${contentDir}/articles/windows-1252.md:9: is not UTF-8 text: byte 0xE9 on this line is not valid UTF-8, so the file is most likely Windows-1252 (Latin-1) (save the file as UTF-8, then check its accented letters and quotes)`,
			`${contentDir}/runbooks/no-owner.md:2: owner: required: expected text`,
			`${contentDir}/articles/verify-domain.md: duplicate slug "verify-domain": ${contentDir}/articles/nested/verify-domain.md has the same file name (slugs come from file names and must be unique across articles and runbooks; rename one file)`,
		]);
		expect(result.output).toContain('10 problems in the content: nothing was built');
		expectNoStackTrace(result.output);
	});

	test('control characters, impossible dates, a YAML alias bomb and lists nested too deep in frontmatter stop it the same way', async () => {
		const contentDir = 'tests/fixtures/content-model/hostile-frontmatter';
		const result = await buildFailing(contentDir, 'hostile');
		expect(result.status).toBe(1);
		const lines = result.output.split('\n').filter((line) => line.startsWith(contentDir));
		expect(lines).toHaveLength(9);
		expect(lines.join('\n')).toContain('alias-bomb.md:8: invalid YAML in frontmatter: aliases expand');
		expect(lines.join('\n')).toContain(
			'deep-nesting.md:2: invalid YAML in frontmatter: its lists or objects are nested',
		);
		expect(lines.join('\n')).toContain('impossible-date.md:6: updated: expected a date that exists');
		expectNoStackTrace(result.output);
	});

	test('unusable settings (an alias bomb in tryblock.yaml) stop it with one line and exit 2', async () => {
		const contentDir = 'tests/fixtures/content-model/alias-bomb-config';
		const result = await buildFailing(contentDir, 'alias-bomb-config');
		expect(result.status).toBe(2);
		expect(result.output.split('\n').filter((line) => line.startsWith(contentDir))).toEqual([
			`${contentDir}/tryblock.yaml:10: aliases expand to more than 100 copies, the shape of a YAML "billion laughs" attack, so the file was not read (write the values out instead of repeating them with anchors and aliases)`,
		]);
		expectNoStackTrace(result.output);
	});

	// Astro's glob loader would follow a linked folder and let its verify-domain.md
	// replace the real article; the build reads only real files, and says so.
	test('a linked folder in articles/ stops it instead of replacing an article', async () => {
		const contentDir = `${output}/linked/content`;
		rmSync(`${output}/linked`, { recursive: true, force: true });
		cpSync('tests/fixtures/content-model/valid', contentDir, { recursive: true });
		mkdirSync(`${output}/linked/elsewhere`);
		writeFileSync(
			`${output}/linked/elsewhere/verify-domain.md`,
			'---\ntitle: Replaced\ndescription: A linked copy.\ncategory: reliability\nproductArea: domains\nupdated: 2026-05-01\n---\n\nNot the real article.\n',
		);
		symlinkSync(path.resolve(`${output}/linked/elsewhere`), `${contentDir}/articles/shared`, 'dir');
		// The internal build, which would publish every article of this fixture.
		const result = await buildFailing(contentDir, 'linked/dist', 'internal');
		expect(result.status).toBe(1);
		expect(result.output.split('\n').filter((line) => line.startsWith(contentDir))).toEqual([
			`${contentDir}/articles/shared: is a symbolic link, and Tryblock does not follow links in the content folders (the site, npm run check and every command read only real files here: move or copy the files into this folder)`,
		]);
		expectNoStackTrace(result.output);
	});
});
