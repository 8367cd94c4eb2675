import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fumadocsFolderName } from './fumadocs-folders.ts';
import type { NavSections } from './nav-sections.ts';

/** A separator in a `meta.json`'s `pages` (`---Server---`, `---[Server]Server---` with an icon, or a bare `---`). */
const SEPARATOR = /^---(?:\[[^\]]+\])?(.*)---$|^---$/;
/** A link in `pages` (`[Blog](https://…)`, `external:[Blog](…)`): no page of the folder. */
const LINK = /^(?:external:)?(?:\[[^\]]+\])?\[[^\]]+\]\([^)]+\)$/;
const PAGE_EXTENSIONS = /\.(mdx?|markdown)$/i;

/**
 * The sections of a Fumadocs site's sidebar each page sat in, read from its `meta.json`
 * files as Fumadocs' page tree builds it: a folder listed in `pages` is a section named as
 * the sidebar names it (`fumadocsFolderName`), and a separator (`---Server---`) heads the
 * pages listed after it, up to the next one, as a section of its own within its folder's.
 * A folder's index page is the folder's own. `...` places the pages and folders not listed
 * where it stands, `...folder` the contents of a folder without its own section; a page no
 * list reaches has none. Undefined when the
 * docs folder has no `meta.json` listing pages.
 */
export function fumadocsNavSections(dir: string, files: readonly string[]): NavSections | undefined {
	const pages = files.map((file) => file.split(path.sep).join('/')).filter((file) => PAGE_EXTENSIONS.test(file));
	const pageIds = new Map(pages.map((file) => [file.replace(PAGE_EXTENSIONS, ''), file]));
	const folders = new Set(
		pages.flatMap((file) =>
			file
				.split('/')
				.slice(0, -1)
				.map((_, index, parts) => parts.slice(0, index + 1).join('/')),
		),
	);
	if (!listedPages(path.join(dir, 'meta.json'))) return undefined;
	const sections: NavSections = new Map();
	const visited = new Set<string>();

	const place = (file: string, titles: readonly string[]) => {
		if (!sections.has(file) && titles.length > 0) sections.set(file, titles);
	};
	/** The pages and folders directly in a folder, pages first as Fumadocs lists the rest. */
	const children = (folder: string) => {
		const prefix = folder === '' ? '' : `${folder}/`;
		const direct = (name: string) => name.startsWith(prefix) && !name.slice(prefix.length).includes('/');
		return {
			pages: [...pageIds.keys()].filter(direct).sort(),
			folders: [...folders].filter(direct).sort(),
		};
	};
	const visitFolder = (folder: string, titles: readonly string[]) => {
		if (visited.has(folder)) return;
		visited.add(folder);
		const listed = listedPages(path.join(dir, folder, 'meta.json'));
		const reached = new Set<string>();
		let current = titles;
		let rest: readonly string[] | undefined = listed ? undefined : titles;
		for (const item of listed ?? []) {
			const separator = SEPARATOR.exec(item);
			if (separator) {
				const name = separator[1]?.trim();
				current = name ? [...titles, name] : titles;
				continue;
			}
			if (LINK.test(item)) continue;
			// An excluded page or folder (`!hidden`) is out of the sidebar, the rest (`...`) included.
			if (item.startsWith('!')) {
				reached.add(path.posix.join(folder, item.slice(1)));
				continue;
			}
			if (item === '...' || item === 'z...a') {
				rest = current;
				continue;
			}
			const extract = item.startsWith('...');
			const target = path.posix
				.normalize(path.posix.join(folder, extract ? item.slice(3) : item))
				.replace(/^\.\/?/, '');
			if (!extract && pageIds.has(target)) {
				reached.add(target);
				place(pageIds.get(target) as string, current);
			} else if (folders.has(target)) {
				reached.add(target);
				visitFolder(target, extract ? current : [...current, fumadocsFolderName(path.join(dir, target))]);
			}
		}
		// A folder's index page is the folder's own page in the sidebar, wherever its list leaves it.
		const index = pageIds.get(folder === '' ? 'index' : `${folder}/index`);
		if (index !== undefined) place(index, titles);
		if (rest === undefined) return;
		const { pages: restPages, folders: restFolders } = children(folder);
		for (const page of restPages) if (!reached.has(page)) place(pageIds.get(page) as string, rest);
		for (const sub of restFolders)
			if (!reached.has(sub)) visitFolder(sub, [...rest, fumadocsFolderName(path.join(dir, sub))]);
	};
	visitFolder('', []);
	return sections;
}

/** A `meta.json`'s `pages`, when it lists them. */
function listedPages(file: string): string[] | undefined {
	try {
		const pages = (JSON.parse(readFileSync(file, 'utf8')) as { pages?: unknown }).pages;
		return Array.isArray(pages) ? pages.filter((item): item is string => typeof item === 'string') : undefined;
	} catch {
		return undefined;
	}
}
