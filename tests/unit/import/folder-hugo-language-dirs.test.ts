import { describe, expect, test } from 'vitest';
import {
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
	titlesBySource,
} from './helpers.ts';

const configs = [
	['toml', 'hugo.toml'],
	['yaml', 'hugo.yaml'],
	['json', 'config.json'],
	// Hugo's configuration folder, its languages in a file of their own.
	['split', 'config/_default/hugo.toml'],
] as const;

describe.each(configs)(
	'folder import: a Hugo site (%s) keeping each language in a content folder of its own',
	(kind, config) => {
		const fixture = importFixture(`folder-hugo-language-dirs/${kind}`);

		test('without --locale it reads the default language’s folder', async () => {
			const site = emptySite(defaultsMap);
			const { stdout, exitCode } = await runImport(site, ['--from', 'folder', fixture]);
			// 1: its one section is not in the import map yet.
			expect(exitCode).toBe(1);
			expect(stdout.split('\n')[0]).toContain(`folder-hugo-language-dirs/${kind}/content/en, the pages of the site in`);
			expect(stdout.split('\n')[0]).toContain(`(the content of its default language, en, by ${config})`);
			expect(titlesBySource(site.contentDir)).toEqual({ 'guides/setup': 'Set up your lantern' });
			expect(oldAddressesOf(site.contentDir, 'folder:guides/setup')).toEqual(['/guides/setup']);
			expect(checkErrors(site.contentDir)).toEqual([]);
		});

		test.each(['de', 'DE', 'de-DE'])(
			'--locale %s reads the German folder, and the first line says so',
			async (locale) => {
				const site = emptySite(defaultsMap);
				const { stdout, exitCode } = await runImport(site, ['--from', 'folder', fixture, '--locale', locale]);
				// 1: its one section is not in the import map yet.
				expect(exitCode).toBe(1);
				const [first] = stdout.split('\n');
				expect(first).toContain(`folder-hugo-language-dirs/${kind}/content/de, the pages of the site in`);
				expect(first).toContain(`(the content of its language de (--locale), by ${config})`);
				expect(titlesBySource(site.contentDir)).toEqual({ 'guides/setup': 'Die Laterne einrichten' });
				// Hugo served a language other than the default under its name.
				expect(oldAddressesOf(site.contentDir, 'folder:guides/setup')).toEqual(['/de/guides/setup']);
				expect(checkErrors(site.contentDir)).toEqual([]);
			},
		);

		test('an unknown --locale stops the import with the languages the configuration has', async () => {
			const site = emptySite(defaultsMap);
			const { stdout, stderr, exitCode } = await runImport(site, ['--from', 'folder', fixture, '--locale', 'xx']);
			expect(exitCode).toBe(2);
			expect(stdout).toBe('');
			// Worded as a Nextra or Hugo site naming each page file by its locale words it.
			expect(stderr.split('\n')[0]).toBe('--locale xx: the site has no pages in it; its locales are en, de');
			expect(stderr).toContain(`leave --locale out for en (the defaultContentLanguage of ${config})`);
		});
	},
);
