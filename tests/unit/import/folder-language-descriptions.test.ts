import { describe, expect, test } from 'vitest';
import { articleFrontmatter, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** The description the import gave the article at `slug`. */
const descriptionOf = (contentDir: string, slug: string) =>
	/^description: (.*)$/m.exec(articleFrontmatter(contentDir, slug))?.[1];

const fixture = (site: string) => importFixture(`folder-language-descriptions/${site}`);

/**
 * A docs folder's articles are in the language the import brought from it: the English rules
 * for choosing a description (a first paragraph that leans on one before it gives way) apply
 * to an English site only.
 */
describe('folder import: descriptions in the language brought', () => {
	test('a German Hugo site (defaultContentLanguage = "de") keeps its first paragraph', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', fixture('hugo-de')]);
		expect(stdout).toContain('written 1');
		expect(descriptionOf(site.contentDir, 'kalender-trennen')).toBe(
			'Also wird der Kalender nicht mehr abgeglichen, bis Sie ihn neu verbinden.',
		);
	});

	test('an English one (languageCode = "en-us") still passes over an opening that leans on what came before', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', fixture('hugo-en')]);
		expect(stdout).toContain('written 1');
		expect(descriptionOf(site.contentDir, 'disconnect-a-calendar')).toBe(
			'A connection ends when Google revokes access.',
		);
	});

	test('a multilingual site brings its default language, or the one --locale names, and describes it in that language', async () => {
		const english = emptySite(defaultsMap);
		await runImport(english, ['--from', 'folder', fixture('hugo-languages')]);
		expect(descriptionOf(english.contentDir, 'disconnect-a-calendar')).toBe(
			'A connection ends when Google revokes access.',
		);
		const german = emptySite(defaultsMap);
		const { stdout } = await runImport(german, ['--from', 'folder', fixture('hugo-languages'), '--locale', 'de']);
		expect(stdout).toContain('written 1');
		expect(descriptionOf(german.contentDir, 'kalender-trennen')).toBe(
			'Also wird der Kalender nicht mehr abgeglichen, bis Sie ihn neu verbinden.',
		);
	});
});
