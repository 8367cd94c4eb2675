import path from 'node:path';
import { SourceUnreadable } from './types.ts';

/**
 * Translations kept in a folder per language (Starlight's `de/`, `zh-cn/` beside the
 * root locale's pages, Hugo's or MkDocs' `en/` and `fr/`): the import brings one
 * language, the root's, else English.
 */

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether a folder name is a language tag (`de`, `pt-br`, `zh-CN`), as generators name their locales. */
export function isLanguageTag(name: string): boolean {
	if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/i.test(name)) return false;
	try {
		return languageNames.of(name) !== undefined;
	} catch {
		return false;
	}
}

const withoutExtension = (posix: string) => posix.replace(/\.(mdx?|mdoc|markdown)$/i, '');

/**
 * A page as its translations share it: its path, with a hosted help center's article
 * named by its number alone (`articles/4670286-models` and `articles/4670286-modelle`
 * are one article, its title translated in the name).
 */
const pageKey = (page: string) => page.replace(/(^|\/)(\d{5,})-[^/]*$/, '$1$2');

/**
 * The first-level folders that hold a translation of the site: named by a language
 * other than the one kept, with at least half of its pages, and at least two, at the
 * same path in the kept language (or, for a hosted help center's numbered articles,
 * the same number in the same folder) (one is enough once another folder is a translation,
 * or when every page of the folder is at a nested path the kept language has). That language is the pages outside such folders,
 * else the `en/` folder's. A folder that only happens to be named like a language (`id/`,
 * `ml/`) mirrors no pages and stays.
 */
export function translationFolders(files: readonly string[]): Set<string> {
	const byFolder = new Map<string, string[]>();
	const rootPages = new Set<string>();
	for (const file of files) {
		const posix = file.replaceAll('\\', '/');
		const slash = posix.indexOf('/');
		const folder = slash === -1 ? '' : posix.slice(0, slash);
		if (!isLanguageTag(folder)) {
			rootPages.add(pageKey(withoutExtension(posix)));
			continue;
		}
		byFolder.set(folder, [...(byFolder.get(folder) ?? []), pageKey(withoutExtension(posix.slice(slash + 1)))]);
	}
	const english = [...byFolder.keys()].find((folder) => folder.toLowerCase() === 'en');
	const mirrored = (pages: readonly string[], kept: ReadonlySet<string>) =>
		pages.filter((page) => kept.has(page)).length;
	// The kept language is the root's when the root holds what the language folders translate.
	const rootIsKept =
		english === undefined ||
		[...byFolder.values()].some((pages) => mirrored(pages, rootPages) >= 2) ||
		mirrored(byFolder.get(english) ?? [], rootPages) >= 2;
	const kept = rootIsKept ? rootPages : new Set(byFolder.get(english ?? '') ?? []);
	const folders = new Set<string>();
	const candidates = [...byFolder].filter(([folder]) => rootIsKept || folder !== english);
	const translates = (pages: readonly string[], least: number) => {
		const count = mirrored(pages, kept);
		return count >= least && count * 2 >= pages.length;
	};
	// A translation begun with one page: every page of the folder at a nested path the kept
	// language has (`de/auth/index.md` of `auth/index.md`), which no folder merely named
	// like a language repeats by chance.
	const begun = (pages: readonly string[]) =>
		pages.every((page) => kept.has(page)) && pages.some((page) => page.includes('/'));
	for (const [folder, pages] of candidates) if (translates(pages, 2) || begun(pages)) folders.add(folder);
	// Once the site is seen to keep languages in folders, a language begun with one page is one too.
	if (folders.size > 0) for (const [folder, pages] of candidates) if (translates(pages, 1)) folders.add(folder);
	return folders;
}

export interface FolderLanguages {
	/** The language folder whose pages the import brings (`en`). */
	kept: string;
	/** What chose it, for the report: `--locale`, the site's English pages. */
	from: string;
	/** Every language folder of the site, the kept one too. */
	folders: string[];
}

/**
 * The languages of a site whose pages folder holds one folder per language and nothing
 * translated beside them (`en/`, `ko/`, `ja/`): the folders `translationFolders` takes for
 * translations and the English one it keeps, and the one the import brings, `--locale`'s
 * (in any letter case), else English. Undefined when the site keeps no language in a folder
 * of its own. A `--locale` no folder is named by stops the import.
 */
export function folderLanguages(files: readonly string[], asked?: string): FolderLanguages | undefined {
	const translated = translationFolders(files);
	const firstFolders = new Set(
		files
			.map((file) => file.replaceAll('\\', '/'))
			.flatMap((posix) => (posix.includes('/') ? [posix.split('/')[0] as string] : [])),
	);
	const english = [...firstFolders].find((folder) => folder.toLowerCase() === 'en' && !translated.has(folder));
	if (translated.size === 0 || english === undefined) return undefined;
	const folders = [english, ...[...translated].sort()];
	if (asked === undefined) return { kept: english, from: 'its English pages; --locale picks another', folders };
	const kept = folders.find((folder) => folder.toLowerCase() === asked.toLowerCase());
	if (!kept)
		throw new SourceUnreadable(
			`--locale ${asked}: the site has no folder of pages in it; its languages are ${folders.join(', ')}`,
			`pass one of them, or leave --locale out for ${english}`,
		);
	return { kept, from: '--locale', folders };
}

/**
 * How a page file of such a site stands for the kept language: `page`, its path in the kept
 * language's folder (or a page outside every language folder, as it is); `skipped`, why not.
 */
export function folderLanguagePage(relative: string, site: FolderLanguages): { page: string } | { skipped: string } {
	const posix = relative.split(path.sep).join('/');
	const slash = posix.indexOf('/');
	const folder = slash === -1 ? undefined : posix.slice(0, slash);
	if (folder === undefined || !site.folders.includes(folder)) return { page: relative };
	if (folder === site.kept)
		return {
			page: posix
				.slice(slash + 1)
				.split('/')
				.join(path.sep),
		};
	return {
		skipped: `in ${folder}/, a translation of the site; the import brings one language, ${site.kept} (${site.from})`,
	};
}

/**
 * The path of a page another language folder served at `sitePath` (`kettle/temperature` of
 * `/docs/kettle/temperature`, English served at the root), when that folder has a page there,
 * so a link to it can lead to the kept language's page of that path: each language was
 * served under `siteBase` and its folder's name, but for the one `unprefixed` (see markdoc-next.ts).
 */
export function otherLanguagePath(
	sitePath: string,
	site: FolderLanguages,
	served: { siteBase: string; unprefixed?: string },
	hasPage: (stem: string) => boolean,
): string | undefined {
	for (const folder of site.folders) {
		if (folder === site.kept) continue;
		const prefix = `${served.siteBase}${folder === served.unprefixed ? '' : `/${folder}`}`;
		if (sitePath !== prefix && !sitePath.startsWith(`${prefix}/`)) continue;
		const rest = sitePath.slice(prefix.length).replace(/^\/+|\/+$/g, '');
		const stems = rest === '' ? ['index'] : [rest, `${rest}/index`];
		if (stems.some((stem) => hasPage(`${folder}/${stem}`))) return rest;
	}
	return undefined;
}
