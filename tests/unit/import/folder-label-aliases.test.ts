import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { labelAlias } from '../../../src/import/label-alias.ts';
import { mergeAliases } from '../../../src/import/merge-aliases.ts';
import { articleFrontmatter, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** The `aliases` line of an imported article's frontmatter. */
const aliasesOf = (contentDir: string, slug: string) =>
	articleFrontmatter(contentDir, slug)
		.split('\n')
		.filter((line) => line.startsWith('aliases') || line.startsWith('  - '))
		.join('\n');

describe('folder import: the old navigation label as an alias', () => {
	test("a Nextra _meta title that says what the page's title does not becomes an alias; one that adds nothing does not", async () => {
		const site = emptySite(defaultsMap);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-nextra-label-aliases'),
		]);
		expect(stdout).toContain('written 9,');
		expect(aliasesOf(site.contentDir, 'how-do-i-switch-from-mi-km-or-km-mi')).toBe(
			'aliases:\n  - How do I change from miles to kilometers?',
		);
		// The emoji and the emphasis are off, as a title's are.
		expect(aliasesOf(site.contentDir, 'how-to-select-currency-in-ios')).toBe('aliases:\n  - Change Currency');
		expect(aliasesOf(site.contentDir, 'keep-two-phones-in-step')).toBe('aliases:\n  - Sync devices');
		// Words all in the title, a navigation word, a file name, a link and the title again: no alias.
		for (const slug of [
			'estimate-the-cost-of-a-trip',
			'welcome-to-odo-help',
			'questions-about-subscriptions',
			'send-your-trips-to-a-spreadsheet',
			'keep-a-copy-of-your-trips',
			'reset-the-app',
		])
			expect(aliasesOf(site.contentDir, slug)).toBe('aliases: []');
		expect(stdout).toContain(
			"aliases added 3 (the old site's navigation labels that say what their page's title does not)",
		);
		expect(stdout).toContain(`alias "Change Currency": the old site's navigation named the page so`);
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("a Docusaurus sidebar_label becomes an alias; re-importing keeps a person's aliases and adds none twice", async () => {
		const site = emptySite(defaultsMap);
		const fixture = importFixture('folder-docusaurus-label-aliases');
		const first = await runImport(site, ['--from', 'folder', fixture]);
		expect(first.stdout).toContain('aliases added 2');
		expect(aliasesOf(site.contentDir, 'how-to-select-currency-in-ios')).toBe('aliases:\n  - Change Currency');
		expect(aliasesOf(site.contentDir, 'how-much-will-my-drive-cost')).toBe('aliases:\n  - Estimate Trip Cost');
		// "Units" says nothing "Units and distances" does not; "Introduction" and "Getting started" are navigation words.
		for (const slug of ['units-and-distances', 'what-odo-does', 'connect-your-car'])
			expect(aliasesOf(site.contentDir, slug)).toBe('aliases: []');
		// A label that became an alias was read, not dropped; the others were dropped.
		const dropped = first.stdout.split('\n').filter((line) => line.includes('frontmatter dropped: sidebar_label'));
		expect(dropped.join('\n')).toMatch(/3 articles|units-and-distances/);
		expect(dropped.join('\n')).not.toMatch(/how-to-select-currency-in-ios|how-much-will-my-drive-cost|5 articles/);
		expect(checkErrors(site.contentDir)).toEqual([]);

		// A person adds words of their own to one, takes the import's out of another, and writes one the import would write.
		const edit = (slug: string, from: string, to: string) => {
			const file = path.join(site.contentDir, 'articles', `${slug}.mdx`);
			writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
		};
		edit('how-to-select-currency-in-ios', '  - Change Currency', '  - Change Currency\n  - dollars to euros');
		edit('how-much-will-my-drive-cost', 'aliases:\n  - Estimate Trip Cost', 'aliases: []');
		edit('units-and-distances', 'aliases: []', 'aliases:\n  - metric');
		const second = await runImport(site, ['--from', 'folder', fixture]);
		expect(second.stdout).not.toContain('aliases added');
		expect(aliasesOf(site.contentDir, 'how-to-select-currency-in-ios')).toBe(
			'aliases:\n  - Change Currency\n  - dollars to euros',
		);
		expect(aliasesOf(site.contentDir, 'how-much-will-my-drive-cost')).toBe('aliases: []');
		expect(aliasesOf(site.contentDir, 'units-and-distances')).toBe('aliases:\n  - metric');
		expect(second.stdout).not.toContain('changed both here and in the source');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('labelAlias', () => {
	test.each([
		[
			'How do I change from miles to kilometers?',
			'How do I switch from mi → km or km → mi?',
			'How do I change from miles to kilometers?',
		],
		['Change Currency', 'How to select currency in iOS', 'Change Currency'],
		['🚀 Estimate Trip Cost', 'How much will my drive cost?', 'Estimate Trip Cost'],
		['<b>Billing</b> portal', 'Pay your invoices', 'Billing portal'],
	])('%s for "%s" is the alias "%s"', (label, title, alias) => {
		expect(labelAlias(label, title)).toBe(alias);
	});

	test.each([
		['Trip costs', 'Estimate the cost of a trip'],
		['reset the APP', 'Reset the app!'],
		['Overview', 'How Odo keeps your trips'],
		['Getting Started', 'Connect your car'],
		['FAQ', 'Questions about subscriptions'],
		['Set up', 'Connect your car'],
		['change-currency', 'How to select currency in iOS'],
		['setup.md', 'Connect your car'],
		['[Backups](/backup)', 'Keep a copy of your trips'],
		['`odo sync`', 'Keep two phones in step'],
		['🚀', 'Connect your car'],
		['How do I?', 'Connect your car'],
		[undefined, 'Connect your car'],
	])('%s for "%s" is no alias', (label, title) => {
		expect(labelAlias(label, title)).toBeUndefined();
	});
});

describe('mergeAliases', () => {
	test('an article imported before labels were read gains its label, unless a person already wrote it, in any case', () => {
		expect(mergeAliases(['metric'], [], ['Change Currency'])).toEqual(['metric', 'Change Currency']);
		expect(mergeAliases(['change currency!'], [], ['Change Currency'])).toBeUndefined();
	});

	test("a label the source changed replaces the import's alias only while it is as written; a person's edit of it stays", () => {
		expect(mergeAliases(['Change Currency', 'euros'], ['Change Currency'], ['Pick a currency'])).toEqual([
			'euros',
			'Pick a currency',
		]);
		expect(mergeAliases(['Change the currency'], ['Change Currency'], ['Pick a currency'])).toEqual([
			'Change the currency',
			'Pick a currency',
		]);
		expect(mergeAliases(['euros'], ['Change Currency'], [])).toBeUndefined();
	});
});

describe('folder import: a GitBook SUMMARY.md link as an alias', () => {
	test("a SUMMARY.md link's words that say what the page's heading does not become an alias; others do not", async () => {
		const site = emptySite(
			`${defaultsMap}folder:\n  folders:\n    billing: { productArea: account }\n    fivem: { productArea: account }\n`,
		);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-gitbook-label-aliases'),
		]);
		expect(stdout).toContain('written 5,');
		expect(aliasesOf(site.contentDir, 'installation')).toBe('aliases:\n  - Install the resource');
		// The emphasis and the emoji are off, as a title's are.
		expect(aliasesOf(site.contentDir, 'how-to-select-the-money-shown-on-receipts')).toBe(
			'aliases:\n  - Change currency',
		);
		// A navigation word, words all in the heading, a slug: no alias.
		for (const slug of ['welcome-to-ledgerly', 'send-and-resend-invoices', 'give-a-customer-their-money-back'])
			expect(aliasesOf(site.contentDir, slug)).toBe('aliases: []');
		expect(stdout).toContain('aliases added 2');
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: a Docusaurus sidebars file label as an alias', () => {
	test("a doc item's label in sidebars.js that says what the title does not becomes an alias; sidebar_label comes first", async () => {
		const site = emptySite(defaultsMap);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-docusaurus-sidebar-label-aliases'),
		]);
		expect(stdout).toContain('written 5,');
		expect(aliasesOf(site.contentDir, 'how-to-select-the-money-shown-in-ios')).toBe('aliases:\n  - Change currency');
		// The page's own sidebar_label is the alias, not the sidebar's label as well.
		expect(aliasesOf(site.contentDir, 'how-much-will-my-drive-come-to')).toBe('aliases:\n  - Estimate Trip Cost');
		// A navigation word, words all in the title, no label: no alias.
		for (const slug of ['what-odo-does', 'units-and-distances', 'send-your-trips-to-a-spreadsheet'])
			expect(aliasesOf(site.contentDir, slug)).toBe('aliases: []');
		expect(stdout).toContain('aliases added 2');
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: a VitePress sidebar item as an alias', () => {
	test("an item's text that says what the page's title does not becomes an alias, read from the configuration unrun", async () => {
		const site = emptySite(`${defaultsMap}folder:\n  sections:\n    Settings: { productArea: account }\n`);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-vitepress-label-aliases'),
		]);
		expect(stdout).toContain('written 4,');
		expect(aliasesOf(site.contentDir, 'how-to-select-the-money-shown-in-ios')).toBe('aliases:\n  - Change currency');
		expect(aliasesOf(site.contentDir, 'keep-two-phones-in-step')).toBe('aliases:\n  - Sync devices');
		// A navigation word, words all in the title: no alias.
		for (const slug of ['what-odo-does', 'units-and-distances'])
			expect(aliasesOf(site.contentDir, slug)).toBe('aliases: []');
		expect(stdout).toContain('aliases added 2');
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: a Hugo linkTitle or menu name as an alias', () => {
	test("a page's linkTitle or its menu entry's name that says what the title does not becomes an alias", async () => {
		const site = emptySite(`${defaultsMap}folder:\n  folders:\n    settings: { productArea: account }\n`);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-hugo-label-aliases'),
		]);
		expect(stdout).toContain('written 4,');
		expect(aliasesOf(site.contentDir, 'how-to-select-the-money-shown-in-ios')).toBe('aliases:\n  - Change currency');
		expect(aliasesOf(site.contentDir, 'keep-two-phones-in-step')).toBe('aliases:\n  - Sync devices');
		// Words all in the title, a navigation word: no alias.
		for (const slug of ['units-and-distances', 'send-your-trips-to-a-spreadsheet'])
			expect(aliasesOf(site.contentDir, slug)).toBe('aliases: []');
		expect(stdout).toContain('aliases added 2');
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe("folder import: a Hugo configuration's menu entries as aliases of the pages they point to", () => {
	test("a `[[menu.sidebar]]` entry's name, by its pageRef or its url, becomes an alias when it says what the title does not", async () => {
		const site = emptySite(
			`${defaultsMap}folder:\n  folders:\n    tickets: { productArea: account }\n    vehicles: { productArea: account }\n`,
		);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-hugo-config-menu-aliases'),
		]);
		expect(aliasesOf(site.contentDir, 'cancel-a-booking')).toBe('aliases:\n  - Ticket refunds');
		expect(aliasesOf(site.contentDir, 'bring-a-car-aboard')).toBe('aliases:\n  - Car deck');
		// Its words all in the title: no alias.
		expect(aliasesOf(site.contentDir, 'sailing-timetable')).toBe('aliases: []');
		expect(stdout).toContain('aliases added 2');
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: Mintlify search keywords as aliases', () => {
	test("a Mintlify page's keywords, which its search found the page by, become aliases where they say what the title does not", async () => {
		const site = emptySite(`${defaultsMap}folder:\n  sections:\n    Bookings: { productArea: account }\n`);
		const { stdout, exitCode } = await runImport(site, ['--from', 'folder', importFixture('folder-mintlify-keywords')]);
		expect(stdout).toContain('written 3,');
		// "reschedule" and "**edit** booking" are the title's words, "Getting started" navigation's, "booking-editor" a slug.
		expect(aliasesOf(site.contentDir, 'editing-rescheduling-bookings')).toBe(
			'aliases:\n  - move session\n  - change time',
		);
		// Keywords written as one comma-separated line, as HTML's keywords meta tag takes them.
		expect(aliasesOf(site.contentDir, 'setting-blackout-days')).toBe('aliases:\n  - vacation\n  - holiday');
		expect(aliasesOf(site.contentDir, 'booking-types')).toBe('aliases: []');
		expect(stdout).toContain(
			"aliases added 4 (the old site's navigation labels and search keywords that say what their page's title does not: 0 labels, 4 keywords)",
		);
		expect(stdout).toContain(
			`2 aliases from the page's search keywords (keywords), which the old site's search found it by: "move session", "change time"`,
		);
		expect(stdout).not.toMatch(/frontmatter dropped: [\w, ]*keywords/);
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
