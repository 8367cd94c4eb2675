import { describe, expect, test } from 'vitest';
import { mkdocsSite } from '../../../src/import/sources/mkdocs-site.ts';
import { importFixture } from './helpers.ts';

const iconsOf = (name: string) => mkdocsSite(importFixture(`mkdocs-icon-settings/${name}/docs`))?.icons;

describe('MkDocs site settings: whether the old site drew icon shortcodes', () => {
	test('a zensical.toml with no markdown_extensions has Zensical’s defaults, emoji among them', () => {
		expect(iconsOf('zensical-defaults')).toEqual({ drawn: true, customSets: [], config: 'zensical.toml' });
	});

	test('a zensical.toml table names pymdownx.emoji, or leaves it out', () => {
		expect(iconsOf('zensical-emoji')?.drawn).toBe(true);
		expect(iconsOf('zensical-no-emoji')?.drawn).toBe(false);
	});

	test("an mkdocs.yml list entry with settings, and its custom_icons folders as the site's own sets", () => {
		expect(mkdocsSite(importFixture('folder-mkdocs-icons/docs'))?.icons).toEqual({
			drawn: true,
			customSets: ['sprout'],
			config: 'mkdocs.yml',
		});
	});
});
