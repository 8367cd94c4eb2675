import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../../src/authoring/check-command.ts';
import { loadContent } from '../../../src/content-model/content.ts';
import { calendarDateProblem } from '../../../src/content-model/dates.ts';
import { type ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { loadConfig, loadTaxonomy } from '../../../src/content-model/settings.ts';
import { runCommand } from '../authoring/helpers.ts';

const fixture = (name: string) => path.join('tests/fixtures/content-model', name);

describe('frontmatter a person did not mean to write', () => {
	const lines = () =>
		loadContent(path.resolve(fixture('hostile-frontmatter'))).problems.map((problem) =>
			formatProblem(problem).replace(`${fixture('hostile-frontmatter')}/`, ''),
		);

	test('control characters, escape sequences and bidirectional overrides in text fields are rejected, and shown escaped', () => {
		const found = lines().filter((line) => line.includes('control characters'));
		expect(found).toMatchInlineSnapshot(`
			[
			  "articles/control-characters.md:2: **title**: expected text without control characters, found U+001B (escape, which starts terminal control sequences) at character 16 (delete it: such characters break the RSS feed and can disguise text; they often come with text pasted from a terminal)",
			  "articles/control-characters.md:3: **description**: expected text without control characters, found U+202E (a bidirectional control, which reorders the text around it) at character 20 (delete it: such characters break the RSS feed and can disguise text; they often come with text pasted from a terminal)",
			  "articles/control-characters.md:7: **tags.1**: expected text without control characters, found U+0085 (a control character) at character 5 (delete it: such characters break the RSS feed and can disguise text; they often come with text pasted from a terminal)",
			  "articles/control-characters.md:8: **owner**: expected text without control characters, found U+001B (escape, which starts terminal control sequences) at character 1 (delete it: such characters break the RSS feed and can disguise text; they often come with text pasted from a terminal)",
			  "runbooks/triage.md:2: **title**: expected text without control characters, found U+202E (a bidirectional control, which reorders the text around it) at character 8 (delete it: such characters break the RSS feed and can disguise text; they often come with text pasted from a terminal)",
			]
		`);
		// No message carries the character itself to a terminal or a CI log.
		// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not appear
		for (const line of lines()) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
	});

	test('dates that do not exist are errors, not rolled over into the next month', () => {
		expect(lines().filter((line) => line.includes('**updated**'))).toEqual([
			'articles/impossible-date.md:6: **updated**: expected a date that exists, found "2026-02-30": February 2026 has 28 days',
			'articles/no-month-13.md:6: **updated**: expected a date that exists, found "2026-13-01": there is no month 13',
		]);
		expect(calendarDateProblem(2024, 2, 29)).toBeUndefined();
		expect(calendarDateProblem(2100, 2, 29)).toBe('February 2100 has 28 days');
		expect(calendarDateProblem(2026, 4, 31)).toBe('April 2026 has 30 days');
	});

	test('a YAML alias bomb in frontmatter is one problem naming the file, not a crash', () => {
		expect(lines().filter((line) => line.includes('alias'))).toEqual([
			'articles/alias-bomb.md:8: invalid YAML in frontmatter: aliases expand to more than 100 copies, the shape of a YAML "billion laughs" attack, so the file was not read (write the values out instead of repeating them with anchors and aliases)',
		]);
	});

	test('lists nested thousands of levels deep are said to be too deep, not a stack overflow', () => {
		expect(lines().filter((line) => line.includes('deep-nesting'))).toEqual([
			'articles/deep-nesting.md:2: invalid YAML in frontmatter: its lists or objects are nested thousands of levels deep, too deep to read',
		]);
	});

	test('npm run check lists all of them and exits 1', async () => {
		const dir = path.resolve(fixture('hostile-frontmatter'));
		const result = await runCommand((io) =>
			runCheck([], { contentDir: dir, root: process.cwd(), today: new Date(2026, 6, 1), io, env: {} }),
		);
		expect(result.exitCode).toBe(1);
		expect(result.stdout).toContain('9 errors');
	});

	test('an alias bomb in tryblock.yaml stops every command with one line naming the file, exit 2', async () => {
		const dir = path.resolve(fixture('alias-bomb-config'));
		expect(() => loadConfig(dir)).toThrow(
			`${fixture('alias-bomb-config')}/tryblock.yaml:10: aliases expand to more than 100 copies, the shape of a YAML "billion laughs" attack, so the file was not read (write the values out instead of repeating them with anchors and aliases)`,
		);
		const result = await runCommand((io) =>
			runCheck([], { contentDir: dir, root: process.cwd(), today: new Date(), io, env: {} }),
		);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('tryblock.yaml:10: aliases expand');
	});

	test('settings and taxonomy text that reaches pages and feeds is held to the same rule', () => {
		const dir = path.resolve(fixture('control-characters-settings'));
		expect(() => loadConfig(dir)).toThrow(
			`${fixture('control-characters-settings')}/tryblock.yaml:2: **site.name**: expected text without control characters, found U+001B (escape, which starts terminal control sequences) at character 9`,
		);
		expect(() => loadTaxonomy(dir)).toThrow(
			`${fixture('control-characters-settings')}/taxonomy.yaml:2: **categories.0.label**: expected text without control characters, found U+202E (a bidirectional control, which reorders the text around it) at character 5`,
		);
	});
});

describe('free-text settings', () => {
	const dir = path.resolve(fixture('control-characters-free-text'));
	const fieldsOf = (load: () => unknown) => {
		try {
			load();
		} catch (error) {
			return (error as ContentError).problems.map((problem) => `${problem.field}: ${problem.message}`);
		}
		return [];
	};

	test('header links, the footer, coverage waivers and customer words reject control characters like the site name', () => {
		expect(fieldsOf(() => loadConfig(dir))).toEqual([
			'site.headerLinks.1.label: expected text without control characters, found U+202E (a bidirectional control, which reorders the text around it) at character 5',
			'site.footer.text: expected text without control characters, found U+001B (escape, which starts terminal control sequences) at character 15',
			'site.footer.links.0.label: expected text without control characters, found U+0085 (a control character) at character 5',
			'coverage.waivers.0.reason: expected text without control characters, found U+001B (escape, which starts terminal control sequences) at character 5',
			'coverage.waivers.0.owner: expected text without control characters, found U+2066 (a bidirectional control, which reorders the text around it) at character 1',
		]);
		expect(fieldsOf(() => loadTaxonomy(dir))).toEqual([
			'categories.0.customer.label: expected text without control characters, found U+0007 (a control character) at character 10',
			'categories.0.customer.description: expected text without control characters, found U+202D (a bidirectional control, which reorders the text around it) at character 17',
		]);
	});
});

describe('a title that breaks its line', () => {
	const dir = fixture('multi-line-titles');
	const lines = () =>
		loadContent(path.resolve(dir)).problems.map((problem) => formatProblem(problem).replace(`${dir}/`, ''));

	test('titles, owners and tags holding a line break or a tab are refused with their file, line and field', () => {
		expect(lines()).toEqual([
			'articles/block-title.md:2: **title**: expected one line of text, found U+000A (a line break) at character 19 (write it on one line with spaces between its words; a YAML "|" block keeps its line breaks)',
			'articles/quoted-break.md:2: **title**: expected one line of text, found U+000A (a line break) at character 6 (write it on one line with spaces between its words; a YAML "|" block keeps its line breaks)',
			'articles/quoted-break.md:8: **tags.0**: expected one line of text, found U+2028 (a line break) at character 5 (write it on one line with spaces between its words; a YAML "|" block keeps its line breaks)',
			'articles/quoted-break.md:7: **owner**: expected one line of text, found U+0009 (a tab) at character 4 (write it on one line with spaces between its words; a YAML "|" block keeps its line breaks)',
			'runbooks/handoff.md:2: **title**: expected one line of text, found U+000D (a line break) at character 6 (write it on one line with spaces between its words; a YAML "|" block keeps its line breaks)',
		]);
	});

	test('a folded title and a description written as a block pass: they read as one line or as prose', () => {
		const { articles } = loadContent(path.resolve(dir));
		const wrapped = articles.find((article) => article.slug === 'wrapped-description');
		expect(wrapped?.data.title).toBe('Rotate an API key without downtime');
		expect(wrapped?.data.description).toBe('Create the new key first.\nThen retire the old one.');
	});

	test('npm run check lists them and exits 1', async () => {
		const result = await runCommand((io) =>
			runCheck([], { contentDir: path.resolve(dir), root: process.cwd(), today: new Date(2026, 6, 1), io, env: {} }),
		);
		expect(result.exitCode).toBe(1);
		expect(result.stdout).toContain('5 errors');
	});

	test('names and labels in the settings and the taxonomy are held to one line too, taglines and descriptions are not', () => {
		const settings = fixture('multi-line-settings');
		const fieldsOf = (load: () => unknown) => {
			try {
				load();
			} catch (error) {
				return (error as ContentError).problems.map(
					(problem) => `${problem.line} ${problem.field}: ${problem.message}`,
				);
			}
			return [];
		};
		expect(fieldsOf(() => loadConfig(path.resolve(settings)))).toEqual([
			'2 site.name: expected one line of text, found U+000A (a line break) at character 8',
			'11 site.headerLinks.0.label: expected one line of text, found U+000A (a line break) at character 7',
		]);
		expect(fieldsOf(() => loadTaxonomy(path.resolve(settings)))).toEqual([
			'3 categories.0.label: expected one line of text, found U+000A (a line break) at character 12',
		]);
	});
});
