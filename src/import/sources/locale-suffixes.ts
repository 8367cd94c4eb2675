import path from 'node:path';
import { isLanguageTag } from './language-folders.ts';
import { SourceUnreadable } from './types.ts';

/**
 * Translations kept beside each page, named by a locale before the extension, as Nextra 2
 * and 3 keep them (`setup.en-US.mdx`, `setup.ja.mdx`, often with no plain `setup.mdx`,
 * and `_meta.en-US.json` likewise): the import brings one locale's pages, each at the
 * address the site served it at in that locale, without the suffix (`/setup`).
 */

const SUFFIXED = /^(.*)\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.(mdx?|mdoc|markdown)$/i;

/** A page file named by a language alone (`refunds/en.md`, `refunds/pt-br.md`). */
const LANGUAGE_NAMED = /^(.*\/)?([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.(mdx?|mdoc|markdown)$/i;

/**
 * The folders that keep an article a folder each and a file per language in it
 * (`refunds/en.md` and `refunds/pt-br.md`, as tools that sync a hosted help center's
 * translations to git write them): folders holding two or more page files each named by a
 * different language alone, when two or more folders do. One folder of pages that are only
 * named like languages (`languages/de.md`, `languages/fr.md`) is no such site.
 */
export function languageFileFolders(files: readonly string[]): Set<string> {
	const byFolder = new Map<string, Set<string>>();
	for (const file of files) {
		const match = LANGUAGE_NAMED.exec(file.split(path.sep).join('/'));
		if (!match?.[2] || !isLanguageTag(match[2])) continue;
		const folder = match[1] ?? '';
		byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(match[2].toLowerCase()));
	}
	const folders = [...byFolder].filter(([, languages]) => languages.size >= 2).map(([folder]) => folder);
	return new Set(folders.length >= 2 ? folders : []);
}

/**
 * The locale of `locales` that `wanted` names: by its tag in any letter case, else the one
 * regional tag of a language named alone (`pt` for a site's only `pt-br`).
 */
export function namedLocale(locales: readonly string[], wanted: string): string | undefined {
	const lower = wanted.toLowerCase();
	const regional = locales.filter((locale) => locale.toLowerCase().split('-')[0] === lower);
	return locales.find((locale) => locale.toLowerCase() === lower) ?? (regional.length === 1 ? regional[0] : undefined);
}

/**
 * A page file's locale and its path without it (`guide/setup.ja.mdx` is `ja`,
 * `guide/setup.mdx`): a locale of `locales` when given, else any language tag.
 */
export function localeSuffix(
	relative: string,
	locales?: readonly string[],
	languageFolders?: ReadonlySet<string>,
): { locale: string; plain: string } | undefined {
	const named = languageFolders?.size ? LANGUAGE_NAMED.exec(relative) : null;
	// A file named by its language alone, in a folder of such files, is the folder's page (`refunds/index.md`).
	const match = named && languageFolders?.has(named[1] ?? '') ? named : SUFFIXED.exec(relative);
	if (!match?.[2] || (match !== named && !match[1])) return undefined;
	const written = match[2];
	const locale = locales
		? locales.find((each) => each.toLowerCase() === written.toLowerCase())
		: isLanguageTag(written)
			? written
			: undefined;
	if (!locale) return undefined;
	return { locale, plain: match === named ? `${match[1] ?? ''}index.${match[3]}` : `${match[1]}.${match[3]}` };
}

export interface PageLocales {
	/** The locale whose pages the import brings. */
	kept: string;
	/** What chose it, for the report: `--locale`, the site's `defaultLocale`, its English pages. */
	from: string;
	/** The locales the pages are written in, the configuration's order first. */
	locales: string[];
	/**
	 * The locale a page file naming none is in, where the site says (Hugo's
	 * `defaultContentLanguage`); without it, such a page stands for any locale that has no
	 * page of its name.
	 */
	plain?: string;
	/** The folders holding a file per language (`languageFileFolders`), each such file the folder's page. */
	languageFolders?: ReadonlySet<string>;
}

/**
 * The locales a folder's page files are named by, and the one the import brings: the one
 * `--locale` asks for (in any letter case, or a language alone, `pt`, for its one
 * regional locale), else the site's default (Next.js' `i18n.defaultLocale`), else
 * `en-US` or `en`, else the one with the most pages. Undefined when no page file names a
 * locale. A `--locale` none of the pages is in stops the import.
 */
export function pageLocales(
	files: readonly string[],
	options: {
		configured?: { locales: string[]; defaultLocale?: string; file: string };
		asked?: string;
		/** The locale of a page file that names none (Hugo's default language), counted as its page. */
		plain?: string;
		/** The folders holding a file per language (`languageFileFolders`). */
		languageFolders?: ReadonlySet<string>;
	},
): PageLocales | undefined {
	const counts = new Map<string, number>();
	let plainPages = 0;
	for (const file of files) {
		const found = localeSuffix(file.split(path.sep).join('/'), options.configured?.locales, options.languageFolders);
		if (found) counts.set(found.locale, (counts.get(found.locale) ?? 0) + 1);
		else plainPages++;
	}
	if (counts.size === 0) return undefined;
	if (options.plain !== undefined && plainPages > 0) {
		const own = [...counts.keys()].find((locale) => locale.toLowerCase() === options.plain?.toLowerCase());
		counts.set(own ?? options.plain, (counts.get(own ?? options.plain) ?? 0) + plainPages);
	}
	const plain = {
		...(options.plain === undefined ? {} : { plain: options.plain }),
		...(options.languageFolders?.size ? { languageFolders: options.languageFolders } : {}),
	};
	const locales = [
		...(options.configured?.locales.filter((locale) => counts.has(locale)) ?? []),
		...[...counts.keys()].filter((locale) => !options.configured?.locales.includes(locale)).sort(),
	];
	const named = (wanted: string | undefined) => (wanted === undefined ? undefined : namedLocale(locales, wanted));
	if (options.asked !== undefined) {
		const kept = named(options.asked);
		if (!kept)
			throw new SourceUnreadable(
				`--locale ${options.asked}: the site has no pages in it; its locales are ${locales.join(', ')}`,
				`pass one of them, or leave --locale out for ${named(options.configured?.defaultLocale) ?? 'the default one'}`,
			);
		return { kept, from: '--locale', locales, ...plain };
	}
	const configured = options.configured?.defaultLocale;
	const byDefault = named(configured);
	if (byDefault && configured && options.configured)
		return {
			kept: byDefault,
			from: `the ${options.plain === undefined ? 'defaultLocale' : 'defaultContentLanguage'} of ${options.configured.file}; --locale picks another`,
			locales,
			...plain,
		};
	const english = locales.find((locale) => /^en-us$/i.test(locale)) ?? locales.find((locale) => /^en$/i.test(locale));
	if (english) return { kept: english, from: 'the English pages; --locale picks another', locales, ...plain };
	const most = [...locales].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] as string;
	return { kept: most, from: 'the locale with the most pages; --locale picks another', locales, ...plain };
}

/**
 * How a page file stands for the kept locale: `page`, its path without the suffix, when it
 * is the kept locale's page (or a page with no locale that the kept one has no page of its
 * own for); `skipped`, why not, and `beside`, the kept locale's page of the same name.
 */
export function localePage(
	relative: string,
	files: ReadonlySet<string>,
	site: PageLocales,
): { page: string } | { skipped: string; beside?: string } {
	const posix = relative.split(path.sep).join('/');
	const found = localeSuffix(posix, site.locales, site.languageFolders);
	if (found?.locale === site.kept) return { page: found.plain };
	if (found)
		return { skipped: `a translation (${found.locale}); the import brings one locale, ${site.kept} (${site.from})` };
	if (site.plain !== undefined && site.plain.toLowerCase() !== site.kept.toLowerCase())
		return {
			skipped: `a page of the default language, ${site.plain}, naming no language; the import brings one locale, ${site.kept} (${site.from})`,
		};
	const own = posix.replace(/\.(mdx?|mdoc|markdown)$/i, `.${site.kept}.$1`);
	if (files.has(own.split('/').join(path.sep)))
		return { skipped: `a page without a locale, beside ${own}, the ${site.kept} page the import brings`, beside: own };
	return { page: posix };
}

/**
 * The file of the page the import brings in place of another locale's file
 * (`cache.fr.mdx` → `cache.en.mdx`, in any page extension, else a plain `cache.mdx` it
 * brings), so a link to a translation leads to the page the import brought; undefined
 * for a file of the kept locale or a page no other file stands for.
 */
export function keptLocaleFile(relative: string, files: ReadonlySet<string>, site: PageLocales): string | undefined {
	const posix = relative.split(path.sep).join('/');
	const found = localeSuffix(posix, site.locales, site.languageFolders);
	if (!found || found.locale === site.kept) return undefined;
	const stem = found.plain.replace(/\.(mdx?|mdoc|markdown)$/i, '');
	const extensions = ['mdx', 'md', 'mdoc', 'markdown'];
	// A folder's file per language: the kept language's file beside it (`refunds/en.md` for `refunds/pt-br.md`).
	const folder = posix.slice(0, posix.lastIndexOf('/') + 1);
	const languageFile = site.languageFolders?.has(folder) ? `${folder}${site.kept}` : undefined;
	return [
		...(languageFile ? extensions.map((extension) => `${languageFile}.${extension}`) : []),
		...extensions.map((extension) => `${stem}.${site.kept}.${extension}`),
		...extensions.map((extension) => `${stem}.${extension}`),
	]
		.map((candidate) => candidate.split('/').join(path.sep))
		.find((candidate) => files.has(candidate) && 'page' in localePage(candidate, files, site));
}

/**
 * An address Next.js served a page at under a locale's name, as its `i18n` serves every
 * locale, the default one at the root too (`/es-ES/guide/setup`, `/en-US/guide/setup`,
 * after the site's `basePath`): the locale and the path after it (`/guide/setup`, empty
 * for the locale's home page). Undefined for an address under no locale of `locales`.
 * Next.js reads the locale in any letter case.
 */
export function underLocale(
	sitePath: string,
	nextBase: string,
	locales: readonly string[],
): { locale: string; rest: string } | undefined {
	const lower = sitePath.toLowerCase();
	for (const locale of locales) {
		const prefix = `${nextBase}/${locale}`.toLowerCase();
		if (lower === prefix || lower.startsWith(`${prefix}/`))
			return { locale, rest: sitePath.slice(prefix.length).replace(/\/+$/, '') };
	}
	return undefined;
}
