import { describe, expect, test } from 'vitest';
import { sectionListEntries } from '../../../src/import/section-list.ts';
import type { SourceGroup } from '../../../src/import/sources/types.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

async function importSite(folder: string) {
	const site = emptySite(defaultsMap);
	const result = await runImport(site, ['--from', 'folder', importFixture(`folder-section-lists/${folder}`)]);
	return { site, result };
}

describe('folder import: a section page listing its pages', () => {
	test("Docusaurus' <DocCardList /> becomes a list of the category's articles, in sidebar order, with their descriptions", async () => {
		const { site, result } = await importSite('docusaurus');
		expect(articleBody(site.contentDir, 'kettle-care')).toContain(
			[
				'## Pick a task',
				'',
				'- [Swap the \\[limescale\\] filter \\<fast>](/articles/swap-the-limescale-filter-fast/) — The filter sits behind the spout and clicks out with a gentle pull \\{no tools}.',
				'- [Descale the kettle](/articles/descale-the-kettle/) — Vinegar or citric acid, once a month.',
				'- [Spare parts](/articles/replace-the-lid/)',
				'',
			].join('\n'),
		);
		// The draft of the section is left out; a category whose only page is unlisted lists nothing, for review.
		expect(articleBody(site.contentDir, 'kettle-care')).not.toContain('care-notes-for-the-team');
		expect(articleBody(site.contentDir, 'getting-started')).toContain(
			'The original page listed its section’s pages here (`<DocCardList>`); none of them was imported.',
		);
		expect(result.stdout).toContain(
			"<DocCardList> listed the section's pages, and none of them is an imported public article: write the list, or remove the note (line 10)",
		);
		expect(result.stdout).toContain("<DocCardList> became the list of its section's articles (3)");
		expect(result.stdout).not.toContain('was not converted');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("a category the sidebars file lists item by item keeps the sidebar's order, whatever sidebar_position says", async () => {
		const { site } = await importSite('docusaurus-sidebar');
		expect(articleBody(site.contentDir, 'billing')).toContain(
			[
				'- [Ask for a refund](/articles/ask-for-a-refund/) — Write to us within thirty days of the charge.',
				"- [Download an invoice](/articles/download-an-invoice/) — Each month's invoice waits under Billing › History.",
				'- [Change your card](/articles/change-your-card/) — Open Billing and pick a new card.',
			].join('\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("a VuePress page showing only its <AutoCatalog /> is an article listing its folder's pages in their order; a catalog of another folder is still skipped", async () => {
		const { site, result } = await importSite('vuepress');
		expect(articleBody(site.contentDir, 'recipes')).toBe(
			[
				'- [Hot cocoa](/articles/hot-cocoa/)',
				'- [Spiced tea](/articles/spiced-tea/)',
				'- [Soups](/articles/soups/)',
				'- [Cheese toast](/articles/cheese-toast/)',
				'',
			].join('\n'),
		);
		expect(result.stdout).toContain(
			`other/README.md: a section page showing nothing but a catalog of pages (as a product area's page does here); /other now leads to its first article, "Kitchen links"`,
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("Hugo's {{% children %}} lists the section's pages by weight, with descriptions when asked; an empty one is left for review", async () => {
		const { site, result } = await importSite('hugo');
		expect(articleBody(site.contentDir, 'planting-guides')).toBe(
			[
				'Each guide says when to sow and how deep.',
				'',
				'- [Garlic](/articles/garlic/) — Plant cloves in autumn, pointed end up.',
				'- [Runner beans](/articles/runner-beans/) — Sow after the last frost, two centimetres deep.',
				'- [Winter vegetables](/articles/winter-vegetables/) — What still grows when it is cold.',
				'',
			].join('\n'),
		);
		expect(articleBody(site.contentDir, 'winter-vegetables')).toContain(
			'(`{{< children >}}`); none of them was imported.',
		);
		expect(result.stdout).toContain(
			"{{< children >}} listed the section's pages, and none of them is an imported public article",
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('sectionListEntries', () => {
	const groups = new Map<string, SourceGroup>([
		['folders:guide', { type: 'folders', id: 'guide', name: 'guide' }],
		[
			'folders:guide/teams',
			{ type: 'folders', id: 'guide/teams', name: 'Teams', parent: { type: 'folders', id: 'guide' } },
		],
		[
			'folders:guide/teams/roles',
			{ type: 'folders', id: 'guide/teams/roles', name: 'roles', parent: { type: 'folders', id: 'guide/teams' } },
		],
	]);
	const page = (id: string, folder: string, extra: { order?: number; visible?: boolean } = {}) => ({
		id,
		section: { type: 'folders' as const, id: folder },
		title: `Title of ${id}`,
		slug: id.replaceAll('/', '-'),
		visible: extra.visible ?? true,
		...(extra.order !== undefined ? { order: extra.order } : {}),
	});

	test('a section inside is one entry, by its own page, else its name and first page; pages nested deeper are not listed', () => {
		const entries = sectionListEntries(
			{ id: 'guide/index', section: { type: 'folders', id: 'guide' } },
			[
				page('guide/index', 'guide'),
				page('guide/teams/roles/admin', 'guide/teams/roles'),
				page('guide/teams/invite', 'guide/teams', { order: 2 }),
				page('guide/start', 'guide', { order: 1 }),
				page('guide/hidden', 'guide', { visible: false }),
			],
			groups,
		);
		expect(entries).toEqual([
			{ title: 'Title of guide/start', slug: 'guide-start' },
			{ title: 'Teams', slug: 'guide-teams-invite' },
		]);
	});

	test("a page at the site's top lists the top's pages and its sections", () => {
		const entries = sectionListEntries(
			{ id: 'README', section: undefined },
			[page('guide/start', 'guide'), { ...page('pricing', ''), section: undefined }],
			groups,
		);
		expect(entries).toEqual([
			{ title: 'guide', slug: 'guide-start' },
			{ title: 'Title of pricing', slug: 'pricing' },
		]);
	});
});
