import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

async function imported(args: string[] = []) {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-icons/docs'), ...args]);
	const body = args.includes('--md')
		? readFileSync(path.join(site.contentDir, 'articles', 'water-the-beds.md'), 'utf8')
		: articleBody(site.contentDir, 'water-the-beds');
	return { site, stdout, body };
}

describe('folder import: Material for MkDocs icon and emoji shortcodes (pymdownx.emoji on)', () => {
	test('a well-known icon becomes its symbol, named for screen readers in MDX', async () => {
		const { site, body } = await imported();
		expect(body).toContain(
			`Open the bed's menu with <span role="img" aria-label="three dots">⋮</span>, then press <span role="img" aria-label="pencil">✏</span> to change the schedule.`,
		);
		expect(body).toContain('| North | <span role="img" aria-label="check mark">✓</span> |');
		expect(body).toMatch(/\| South \| <span role="img" aria-label="close">✕<\/span> +\|/);
		expect(body).toContain('Done? <span role="img" aria-label="check mark">✓</span> 🎉');
		expect(mdxProblem(body)).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('Markdown output writes the symbol alone', async () => {
		const { body } = await imported(['--md']);
		expect(body).toContain(`Open the bed's menu with ⋮, then press ✏ to change the schedule.`);
		expect(body).toContain('Done? ✓ 🎉');
	});

	test('an icon with no symbol is its name in words, never its code; a heading keeps its words only', async () => {
		const { body } = await imported();
		expect(body).toContain('Press the _faucet_ button to start right away.');
		expect(body).toContain('Shared on the _mastodon_ logo too.');
		expect(body).toContain('Beds fed by the tank show the _seedling_ icon beside their name.');
		expect(body).toMatch(/^## Schedule$/m);
		// One with no symbol that leads a line's words goes too; a symbol stays.
		expect(body).toContain('- **Sprinklers** run at night.');
		expect(body).toContain('- <span role="img" aria-label="clock">🕒</span> **Drip lines** run at dawn.');
		const prose = body.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
		expect(prose).not.toMatch(/:(material|octicons|fontawesome|simple|sprout)-[\w-]+:/);
	});

	test('colons that are no shortcode, code spans and code blocks stay as written', async () => {
		const { body } = await imported();
		expect(body).toContain(
			'Watering runs 06:30:00 to 07:15:00, in `std::chrono` steps, for a:b:c beds.\nName the tanks tank:a: and tank:b: in the app.',
		);
		expect(body).toContain('icon: :material-cog:\nmood: :smile:');
		expect(body).toContain('Type `:material-cog:` in a note to show a gear.');
	});

	test('the report counts the icons written out and names the line of each it could not', async () => {
		const { stdout } = await imported();
		expect(stdout).toContain(
			"10 icons of the old site (Material for MkDocs shortcodes) written as symbols (⋮ ✏ ✓ ✕ …); in words (faucet, mastodon); 2 left out where they led a heading's or a line's words",
		);
		expect(stdout).toContain(
			"icon shortcode :sprout-seedling: written as its name: an icon of the site's own (custom_icons in mkdocs.yml); say in words what it shows (line 9)",
		);
		expect(stdout).not.toContain(':material-dots-vertical:');
		expect(stdout).toContain('1 article needs review');
	});
});
