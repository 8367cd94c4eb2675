import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/import/sources/folder-pages.ts';
import { articleBody, articleFrontmatter, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Hugo site written with TOML (+++) or JSON frontmatter', () => {
	test('its title, description, date, tags and draft state are read, and its frontmatter is no part of the text', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-hugo-toml/content')]);
		const slugs = readdirSync(path.join(site.contentDir, 'articles'))
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => name.slice(0, -4))
			.sort();
		expect(slugs).toEqual([
			'autumn-trade-in-offer',
			'brewly-help',
			'clean-the-limescale-filter',
			'descale-the-kettle-with-citric-acid',
			'pricing-of-the-next-kettle',
		]);
		const cleaning = articleFrontmatter(site.contentDir, 'clean-the-limescale-filter');
		expect(cleaning).toContain('description: Rinse the filter every month to keep the water clear.');
		expect(cleaning).toContain('updated: 2025-04-02');
		expect(cleaning).toMatch(/^tags:\n\s+- cleaning\n\s+- filter$/m);
		// The site's TOML configuration feeds its shortcodes, nested tables and all.
		expect(articleBody(site.contentDir, 'clean-the-limescale-filter')).toContain('care@brewly.example');
		// A page Hugo did not publish, by `draft = true` or a publish date to come, is no public article.
		for (const slug of ['pricing-of-the-next-kettle', 'autumn-trade-in-offer'])
			expect(articleFrontmatter(site.contentDir, slug), slug).toMatch(/^draft: true$/m);
		for (const slug of slugs) expect(articleBody(site.contentDir, slug)).not.toContain('+++');
		// Hugo's JSON frontmatter: a page that opens with an object.
		const descaling = articleFrontmatter(site.contentDir, 'descale-the-kettle-with-citric-acid');
		expect(descaling).toContain('description: A monthly soak keeps the heating plate working.');
		expect(descaling).toContain('updated: 2025-03-11');
		expect(descaling).toMatch(/^tags:\n\s+- cleaning\n\s+- descaling$/m);
		expect(articleBody(site.contentDir, 'descale-the-kettle-with-citric-acid').trim()).toMatch(
			/^Fill the kettle halfway/,
		);
		// A section whose cascade never renders its pages leaves them out.
		expect(result.stdout).toContain('glossary/scale.md: left out of the old site by its build options');
		expect(result.stdout).not.toContain('GANNET-TERM-3391');
		// Frontmatter that does not parse is listed, not published as text.
		expect(result.stdout).toMatch(/guides\/broken-frontmatter\.md: invalid TOML in frontmatter: /);
		expect(result.stdout).toMatch(/guides\/broken-json\.md: invalid JSON in frontmatter: /);
	});

	test('TOML dates read as text, as YAML ones are; a YAML page is read as before', () => {
		expect(splitFrontmatter('+++\ntitle = "A"\ndate = 2024-01-31\n+++\n\nBody.\n')).toEqual({
			data: { title: 'A', date: '2024-01-31' },
			body: '\nBody.\n',
		});
		expect(splitFrontmatter('---\ntitle: A\n---\nBody.\n')).toEqual({ data: { title: 'A' }, body: 'Body.\n' });
		expect(splitFrontmatter('+++\ntitle = \n+++\nBody.\n').error).toMatch(/^invalid TOML in frontmatter: /);
	});

	test('JSON frontmatter ends at the brace that closes its object, wherever its lines break', () => {
		expect(splitFrontmatter('{"title": "A", "nested": {"b": "}"}}\nBody.\n')).toEqual({
			data: { title: 'A', nested: { b: '}' } },
			body: 'Body.\n',
		});
		expect(splitFrontmatter('{\n"title": "A \\"quoted\\" {word}"\n}\n\nBody.\n').data).toEqual({
			title: 'A "quoted" {word}',
		});
		// An MDX page may open with an expression: that is its text, not frontmatter.
		expect(splitFrontmatter('{/* generated */}\n# Title\n')).toEqual({
			data: {},
			body: '{/* generated */}\n# Title\n',
		});
		expect(splitFrontmatter('{\n"title": "A"\n').error).toBe(
			'invalid JSON in frontmatter: no } closes it at the end of a line',
		);
		expect(splitFrontmatter('{\n"title": "A",\n}\nBody.\n')).toMatchObject({
			data: {},
			body: '{\n"title": "A",\n}\nBody.\n',
		});
	});
});
