import { entryOf } from './hugo-publishing.ts';
import type { NavSections } from './nav-sections.ts';

/**
 * A Hugo site's menus, the navigation its docs themes draw (`menu: { docs: { parent:
 * admin } }` in a page, `[[menu.docs]]` entries in the configuration): each page's
 * place in them is the section the site showed it in ("Running Mastodon › Installing
 * optional features"), where its folders say only `admin/optional`.
 */

/** One entry of a menu: from the configuration, or a page's own. */
export interface HugoMenuEntry {
	identifier: string;
	name: string;
	parent?: string;
	/** The page a configuration's entry points to, by its `pageRef` or a root-relative `url` (see `menuPathKey`). */
	page?: string;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** An entry as Hugo reads one: its identifier, else its name; its name, else the page's title. */
function entryFrom(fields: Record<string, unknown>, title?: string): HugoMenuEntry | undefined {
	const value = (key: string) => text(entryOf(fields, key)?.value);
	const name = value('name') ?? title;
	const identifier = value('identifier') ?? name;
	if (!name || !identifier) return undefined;
	const parent = value('parent');
	// An entry of the configuration names its page by `pageRef` (a path in the content) or `url`.
	const target = value('pageref') ?? value('url');
	const page = target && /^\/(?!\/)/.test(target) ? menuPathKey(target) : undefined;
	return { identifier, name, ...(parent ? { parent } : {}), ...(page ? { page } : {}) };
}

/**
 * A page's path as menus name it, in one form: `/tickets/refunds.md`, `/tickets/refunds/`,
 * `/Tickets/Refunds` and a section's `/tickets/_index.md` alike, as Hugo's `GetPage` finds
 * them (case aside, without the extension, the `_index` or `index` and the closing slash).
 */
export function menuPathKey(written: string): string {
	const bare = written
		.split(/[?#]/)[0]
		?.toLowerCase()
		.replace(/\.(md|markdown|html?)$/, '')
		.replace(/\/(?:_?index)$/, '')
		.replace(/\/+$/, '');
	return bare?.startsWith('/') ? bare : `/${bare ?? ''}`;
}

/**
 * The names the configuration's menu entries give the pages they point to (`[[menu.sidebar]]`
 * with `name = "Ticket refunds"` and `pageRef = "/tickets/cancel-a-booking"`), by `menuPathKey`:
 * the words the old site's navigation showed for them. The first entry naming a page wins.
 */
export function hugoConfigLabels(menus: ReadonlyMap<string, readonly HugoMenuEntry[]>): Map<string, string> {
	const labels = new Map<string, string>();
	for (const entries of menus.values())
		for (const entry of entries) if (entry.page && !labels.has(entry.page)) labels.set(entry.page, entry.name);
	return labels;
}

/**
 * The menus a site's configuration defines for a language, by menu name: `menu` or `menus` at
 * its top, and the language's own under `languages.<lang>`, which a multilingual site uses for
 * its names in that language. As Hugo builds each language's menus, a menu the language
 * defines replaces the site's menu of that name; the site's others stay.
 */
export function configMenus(config: Record<string, unknown>, language: string): Map<string, HugoMenuEntry[]> {
	const menus = new Map<string, HugoMenuEntry[]>();
	const languages = record(entryOf(config, 'languages')?.value);
	const ownLanguage = languages ? record(entryOf(languages, language.toLowerCase())?.value) : undefined;
	for (const scope of [config, ownLanguage]) {
		if (!scope) continue;
		const replaced = new Set<string>();
		for (const key of ['menu', 'menus']) {
			const byName = record(entryOf(scope, key)?.value);
			for (const [name, list] of Object.entries(byName ?? {})) {
				if (!Array.isArray(list)) continue;
				const entries = list.flatMap((item) => {
					const fields = record(item);
					const entry = fields && entryFrom(fields);
					return entry ? [entry] : [];
				});
				const menu = name.toLowerCase();
				// A scope's `menu` and `menus` add up; the language's replace the site's.
				const before = replaced.has(menu) ? (menus.get(menu) ?? []) : [];
				replaced.add(menu);
				menus.set(menu, [...before, ...entries]);
			}
		}
	}
	return menus;
}

/** A page's entries in menus, from its front matter: `menu: docs`, `menus: [main, docs]` or `menu: { docs: { parent } }`. */
export function pageMenus(data: Record<string, unknown>, title: string | undefined): Map<string, HugoMenuEntry> {
	const entries = new Map<string, HugoMenuEntry>();
	const own = entryOf(data, 'menu')?.value ?? entryOf(data, 'menus')?.value;
	const linkTitle = text(entryOf(data, 'linktitle')?.value) ?? title;
	const add = (menu: string, fields: Record<string, unknown>) => {
		const entry = entryFrom(fields, linkTitle);
		if (entry) entries.set(menu.toLowerCase(), entry);
	};
	if (typeof own === 'string') add(own, {});
	else if (Array.isArray(own)) for (const menu of own) typeof menu === 'string' && add(menu, {});
	else for (const [menu, fields] of Object.entries(record(own) ?? {})) add(menu, record(fields) ?? {});
	return entries;
}

/**
 * A page's name in a Hugo site's navigation where its front matter gives one apart from
 * its title: its menu entry's `name` (`menu: { docs: { name: 'Sync devices' } }`), else
 * its `linkTitle`, which menus and docs themes' sidebars show in place of the title.
 */
export function hugoPageLabel(data: Record<string, unknown>): string | undefined {
	const named = [...pageMenus(data, undefined).values()][0]?.name;
	return named ?? text(entryOf(data, 'linktitle')?.value);
}

/** How deep a chain of parents is followed: deeper is a loop the configuration made. */
const MAX_DEPTH = 8;

/**
 * Each page's section in the site's navigation menu: the names of its parents' entries,
 * outermost first, by the page's path in the folder. The menu is the one most pages are
 * in (`docs`, not `main`). A page at the menu's top has no section; a page that is a
 * parent is the section of the pages under it. Undefined when no page is in a menu.
 */
export function hugoNavSections(
	menus: ReadonlyMap<string, readonly HugoMenuEntry[]>,
	pages: readonly { file: string; data: Record<string, unknown> }[],
): NavSections | undefined {
	const placed = pages.map((page) => ({
		file: page.file.split(/[\\/]/).join('/'),
		entries: pageMenus(page.data, text(page.data.title)),
	}));
	const counts = new Map<string, number>();
	for (const { entries } of placed) for (const menu of entries.keys()) counts.set(menu, (counts.get(menu) ?? 0) + 1);
	const menu = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
	if (!menu) return undefined;
	const byIdentifier = new Map<string, HugoMenuEntry>();
	const remember = (entry: HugoMenuEntry) => {
		if (!byIdentifier.has(entry.identifier.toLowerCase())) byIdentifier.set(entry.identifier.toLowerCase(), entry);
	};
	for (const entry of menus.get(menu) ?? []) remember(entry);
	for (const { entries } of placed) {
		const entry = entries.get(menu);
		if (entry) remember(entry);
	}
	const sections: NavSections = new Map();
	for (const { file, entries } of placed) {
		const titles: string[] = [];
		const seen = new Set<string>();
		let parent = entries.get(menu)?.parent;
		while (parent && titles.length < MAX_DEPTH && !seen.has(parent.toLowerCase())) {
			seen.add(parent.toLowerCase());
			const entry = byIdentifier.get(parent.toLowerCase());
			titles.unshift(entry?.name ?? parent);
			parent = entry?.parent;
		}
		if (titles.length > 0) sections.set(file, titles);
	}
	return sections.size > 0 ? sections : undefined;
}
