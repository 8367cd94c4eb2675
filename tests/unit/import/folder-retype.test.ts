import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { retypeMarkup } from '../../../src/import/convert/retype.ts';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

describe('folder import: a Retype site (retype.yml, its input folder, index.yml folder settings)', () => {
	test("named by its repository, the site is read from retype.yml's input, its url the old site", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-retype/spoke')]);
		const first = result.stdout.split('\n')[0] ?? '';
		expect(first).toContain('input in retype.yml');
		// `help.spoke.bike` is read as https, as Retype reads it.
		expect(first).toContain('from https://help.spoke.bike (named by url in retype.yml)');
		// The repository's README is no page of the site.
		expect(result.stdout).not.toContain('help center sources');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('callouts, tabs, panels, badges and link components show what they showed on the old site', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-retype/spoke')]);
		const body = articleBody(site.contentDir, 'fix-a-flat-tyre');
		// `!!!warning Title` … `!!!`: a fenced callout, not MkDocs' indented one (which left it empty).
		expect(body).toMatch(
			/<Aside type="caution" title="Mind the valve">\s*Let all the air out before you lever the tyre off the rim\.\s*<\/Aside>/,
		);
		expect(body).toMatch(/<Aside type="note">\s*Carry a spare tube on long rides\.\s*<\/Aside>/);
		// `+++ Tab` … `+++`: each tab's words under its title.
		expect(body).toMatch(/Road bike[\s\S]*Use two levers[\s\S]*Mountain bike[\s\S]*plug kit/);
		// `==- Title` … `===`: a collapsed panel, a fold under its title, its icon left out.
		expect(body).toMatch(/<details>\s*<summary>Tools you need<\/summary>\s+- Two tyre levers/);
		// `[!badge …]` shows its words; `[!ref](page.md)` is a link named by the page's label; `[!button]` a link.
		expect(body).toContain('Beginner 10 minutes');
		expect(body).toContain('[Forgot password](/articles/reset-your-password/)');
		expect(body).toContain('[Book a repair](https://spoke.bike/book)');
		// `{{ include "contact" }}`: the project's _includes/contact.md, written in.
		expect(body).toContain('Still stuck? Write to [help@spoke.bike](mailto:help@spoke.bike).');
		expect(body).not.toMatch(/!!!|\+\+\+|==-|\[!|:icon-|\{\{/);
		expect(result.stdout).not.toContain('callout had nothing in it');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('steps are numbered steps, a container its content, a card a link named by its page', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-retype/spoke')]);
		const body = articleBody(site.contentDir, 'register-your-bike');
		// `>>> Title` … `>>>`: an ordered list, each step's title in bold over its words.
		expect(body).toMatch(/1\. (<a id="[\w-]+" \/>)?\*\*Find the frame number\*\*\s+It is under the bottom bracket\./);
		expect(body).toMatch(/2\. (<a id="[\w-]+" \/>)?\*\*Enter it in the app\*\*/);
		expect(body).toContain('Registered bikes are easier to recover when stolen.');
		expect(body).toContain('[Forgot password](/articles/reset-your-password/)');
		expect(body).not.toMatch(/>>>|:::|\[!card/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('each page keeps the address Retype served it at: lower case, a folder route, its own route, a redirect page', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-retype/spoke')]);
		// The file's path in lower case, a space as a hyphen.
		expect(oldAddressesOf(site.contentDir, 'folder:repairs/Fix%20a%20Flat')).toEqual([
			'/old-setup',
			'/repairs/fix-a-flat',
		]);
		// The folder's index.yml `route` is its pages' folder; a page's own `route` is its whole address.
		expect(oldAddressesOf(site.contentDir, 'folder:account/reset-password')).toEqual(['/my-account/reset-password']);
		expect(oldAddressesOf(site.contentDir, 'folder:account/billing')).toEqual(['/billing-help']);
		// A page with `redirect:` showed nothing: its address leads where it sent readers.
		expect(result.stdout).toContain(
			'old-setup.md: a page Retype never showed, sending its readers to repairs/Fix a Flat.md (redirect), as its address now does',
		);
		expect(existsSync(path.join(site.contentDir, 'articles', 'old-setup.mdx'))).toBe(false);
	});

	test('visibility, exclude, _includes, label and index.yml labels: as the old site treated them', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-retype/spoke')]);
		// Hidden (its own setting, or its folder's index.yml): served to those with the link only, a draft here.
		expect(articleFrontmatter(site.contentDir, 'friends-and-family-sale')).toContain('draft: true');
		expect(articleFrontmatter(site.contentDir, 'the-2019-models')).toContain('draft: true');
		expect(result.stdout).toContain('visibility: hidden in archive/index.yml');
		// Protected asked a password: for the team.
		expect(articleFrontmatter(site.contentDir, 'dealer-price-list')).toContain('audience: internal');
		// `exclude` in retype.yml and Retype's own `_` rule: never built.
		expect(result.stdout).toContain('left out of the old site by exclude in retype.yml ("internal/")');
		expect(existsSync(path.join(site.contentDir, 'articles', 'notes-for-the-team.mdx'))).toBe(false);
		expect(result.stdout).toContain("_includes/contact.md: left out of the old site by Retype's own exclusions");
		// A page's `label` named it in the sidebar: an alias, as other generators' sidebar labels are.
		expect(articleFrontmatter(site.contentDir, 'reset-your-password')).toMatch(
			/aliases:\s*\[Forgot password\]|- Forgot password/,
		);
		const dry = emptySite();
		await runImport(dry, ['--from', 'folder', importFixture('folder-retype/spoke'), '--dry-run']);
		const starter = readFileSync(path.join(dry.contentDir, 'import-map.yaml'), 'utf8');
		expect(starter).toContain('Repairs on the road');
		expect(starter).toContain('Your account');
		expect(result.stdout).not.toMatch(/frontmatter dropped: (order|route|visibility|icon)/);
	});

	test('a retype.yml that does not parse stops the import with one line naming its line', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-retype/broken'), '--dry-run']);
		expect(result.exitCode).toBe(2);
		const output = `${result.stdout}\n${result.stderr}`;
		expect(output).toMatch(/folder-retype\/broken\/retype\.yml:5: not valid YAML \(.+\)/);
		expect(output).not.toMatch(/\n\s+at /);
	});
});

describe("Retype's Markdown, read on its own", () => {
	test('blocks inside code stay as written; a bare === under words is a heading underline; unclosed blocks stay text', () => {
		const notes: never[] = [];
		const text = [
			'```md',
			'!!!warning',
			'shown as code',
			'!!!',
			'```',
			'',
			'Title',
			'===',
			'',
			'!!! Never closed',
		].join('\n');
		expect(retypeMarkup(text, notes)).toBe(text);
	});

	test('`!!! warning Title` (variant after a space, as older pages write it) and a stacked set of panels', () => {
		const out = retypeMarkup(
			['!!! warning Careful', 'Hot.', '!!!', '', '=== One', 'A', '=== Two', 'B', '==='].join('\n'),
			[],
		);
		expect(out).toContain('tryblock-aside[Careful]{type="caution"}');
		expect(out).toContain('tryblock-section[One]');
		expect(out).toContain('tryblock-section[Two]');
		expect(out).not.toContain('tryblock-tabs');
	});
});
