import { sectionTitle } from './nav-code.ts';
import type { NavSections } from './nav-sections.ts';

/**
 * Just the Docs (the Jekyll theme) builds its sidebar from each page's front matter, not
 * from folders: a page without `parent` is at the top, ordered by `nav_order` (numbers
 * first, then strings and the titles of pages without one); a page names its parent by
 * title (`parent: Billing`), and where titles repeat, the parent's parent
 * (`grand_parent`) and an `ancestor` above it; `nav_exclude: true` leaves a page (and
 * the pages below it) out. A collection of `just_the_docs.collections` is a navigation of
 * its own under a heading of its `name`. Here that tree is rebuilt as the theme builds it
 * (the logic of its `_includes/nav.html`, to any depth, as since v0.10).
 */

/** A page of the site as the navigation reads it: its path (any key) and its front matter. */
export interface NavPage {
	file: string;
	data: Record<string, unknown>;
	/** The collection the page is a document of; undefined for the site's pages (`site.html_pages`). */
	collection?: string;
}

export interface JustTheDocsOptions {
	/** `nav_sort` of `_config.yml`: `case_sensitive` sorts titles capitals first; anything else ignores case. */
	navSort?: string;
	/** The collections of `just_the_docs.collections`, in the configuration's order. */
	collections?: readonly { key: string; name: string; navExclude: boolean }[];
}

export interface JustTheDocsNav {
	/** Each page in the navigation with children or below a page: the titles of the pages above it, and its own when it has children. */
	sections: NavSections;
	/** Each page in the navigation: its place in it, top to bottom. */
	places: Map<string, number>;
}

/** A title as Liquid compares it: a string or a number (`title: 2024`), as text; none when empty. */
const titleText = (value: unknown): string | undefined =>
	typeof value === 'string'
		? value === ''
			? undefined
			: value
		: typeof value === 'number'
			? String(value)
			: undefined;

interface Node {
	page: NavPage;
	title: string;
	/** The titles from the top to this page, its own last. */
	path: string[];
	children: Node[];
}

/** The pages in the theme's order: numeric `nav_order`s, then the rest by `nav_order` or title as text. */
function navOrdered(pages: readonly NavPage[], navSort: string | undefined): NavPage[] {
	const numbered = pages
		.filter((page) => typeof page.data.nav_order === 'number' && Number.isFinite(page.data.nav_order))
		.sort((a, b) => (a.data.nav_order as number) - (b.data.nav_order as number));
	const caseSensitive = navSort === 'case_sensitive';
	const keyOf = (page: NavPage) => {
		const written = typeof page.data.nav_order === 'string' ? page.data.nav_order : titleText(page.data.title);
		return caseSensitive ? (written ?? '') : (written ?? '').toLowerCase();
	};
	const named = pages
		.filter((page) => !numbered.includes(page))
		.sort((a, b) => {
			const [x, y] = [keyOf(a), keyOf(b)];
			return x < y ? -1 : x > y ? 1 : 0;
		});
	return [...numbered, ...named];
}

/** The tree of one navigation (the site's pages, or one collection's): its top nodes, each with its children. */
function navTree(pages: readonly NavPage[], navSort: string | undefined): Node[] {
	const shown = navOrdered(
		pages.filter((page) => titleText(page.data.title) !== undefined && page.data.nav_exclude !== true),
		navSort,
	);
	const placed = new Set<NavPage>();
	const nodeOf = (page: NavPage, above: readonly string[]): Node => {
		placed.add(page);
		const title = titleText(page.data.title) as string;
		return { page, title, path: [...above, title], children: [] };
	};
	const top = shown.filter((page) => titleText(page.data.parent) === undefined).map((page) => nodeOf(page, []));
	/** The pages naming each title as their parent, in the navigation's order. */
	const byParent = new Map<string, NavPage[]>();
	for (const page of shown) {
		const parent = titleText(page.data.parent);
		if (parent !== undefined) byParent.set(parent, [...(byParent.get(parent) ?? []), page]);
	}
	// Level by level, so a page whose parent's title repeats goes under the nearest the theme shows it under.
	for (let level = top; level.length > 0; ) {
		const next: Node[] = [];
		for (const node of level) {
			const parentTitle = node.path.at(-2);
			const above = node.path.slice(0, -1);
			for (const page of byParent.get(node.title) ?? []) {
				if (placed.has(page)) continue;
				const grandParent = titleText(page.data.grand_parent);
				if (grandParent !== undefined && grandParent !== parentTitle) continue;
				const ancestor = titleText(page.data.ancestor);
				if (ancestor !== undefined && !above.includes(ancestor)) continue;
				const child = nodeOf(page, node.path);
				node.children.push(child);
				next.push(child);
			}
		}
		level = next;
	}
	return top;
}

/**
 * The sections and places of a Just the Docs site's pages: a page with children is the
 * section of its title (inside those of the pages above it), holding itself and its
 * children; a page without is in the section of its parent; a top-level page without
 * children is in none (unless its collection's heading names one). Pages the navigation
 * leaves out (no title, `nav_exclude`, a parent no page of the navigation is titled) are in neither.
 */
export function justTheDocsNavigation(pages: readonly NavPage[], options: JustTheDocsOptions): JustTheDocsNav {
	const sections: NavSections = new Map();
	const places = new Map<string, number>();
	const walk = (nodes: readonly Node[], heading: readonly string[]) => {
		for (const node of nodes) {
			places.set(node.page.file, places.size);
			const titles = [...heading, ...(node.children.length > 0 ? node.path : node.path.slice(0, -1))].map(
				(title) => sectionTitle(title) ?? title,
			);
			if (titles.length > 0) sections.set(node.page.file, titles);
			walk(node.children, heading);
		}
	};
	const byPath = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	const sitePages = byPath.filter((page) => page.collection === undefined);
	const collections = options.collections ?? [];
	// The theme heads a collection's navigation with its name when there is more than one, or pages above it.
	const shownPages = sitePages.filter(
		(page) => titleText(page.data.title) !== undefined && page.data.nav_exclude !== true,
	);
	const headed = collections.length > 1 || shownPages.length > 0;
	walk(navTree(sitePages, options.navSort), []);
	for (const collection of collections) {
		if (collection.navExclude) continue;
		const documents = byPath.filter((page) => page.collection === collection.key);
		walk(navTree(documents, options.navSort), headed ? [collection.name] : []);
	}
	return { sections, places };
}
