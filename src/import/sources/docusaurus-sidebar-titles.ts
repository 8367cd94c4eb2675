import type { NavbarDocsLink } from './docusaurus-docs-routes.ts';

/**
 * A sidebar's id as readers might say it, for a sidebar no navbar item names:
 * `gettingStartedSidebar` → "Getting started", `api_reference` → "Api reference",
 * `APIGuides` → "API guides". The word "sidebar" at its end says nothing to readers.
 */
export function sidebarIdTitle(id: string): string | undefined {
	const words = id
		.replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
		.replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '');
	if (words.length > 1 && /^sidebar$/i.test(words.at(-1) ?? '')) words.pop();
	if (words.length === 0) return undefined;
	return words
		.map((word, index) => {
			// An acronym (API, SDK) keeps its capitals.
			if (word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) return word;
			const lower = word.toLowerCase();
			return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
		})
		.join(' ');
}

/**
 * The title readers saw over each sidebar of a docs plugin whose sidebars file holds
 * several: the label of the navbar item that leads to it (`type: 'docSidebar'` naming
 * the sidebar, else `type: 'doc'` naming a doc in it), else its id made readable.
 * `pluginId` is the plugin's (`default` for the preset's); `sidebarOf` gives each doc's
 * sidebar; `title` reads a label as a section's title (one line), undefined for none.
 */
export function sidebarTitles(
	sidebarIds: readonly string[],
	sidebarOf: ReadonlyMap<string, string>,
	links: readonly NavbarDocsLink[],
	pluginId: string | undefined,
	title: (label: string | undefined) => string | undefined,
): Map<string, string> {
	const own = pluginId === undefined ? [] : links.filter((link) => link.pluginId === pluginId);
	const labels = new Map<string, string>();
	const label = (sidebar: string | undefined, text: string | undefined) => {
		const name = title(text);
		if (sidebar !== undefined && name !== undefined && !labels.has(sidebar)) labels.set(sidebar, name);
	};
	for (const link of own) label(link.sidebarId, link.label);
	for (const link of own) if (link.docId !== undefined) label(sidebarOf.get(link.docId), link.label);
	const titles = new Map<string, string>();
	for (const id of sidebarIds) {
		const name = labels.get(id) ?? title(sidebarIdTitle(id));
		if (name !== undefined) titles.set(id, name);
	}
	return titles;
}
