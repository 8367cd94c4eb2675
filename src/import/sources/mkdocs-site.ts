import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { toString as hastText } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { MkdocsIcons } from '../convert/mkdocs-icons.ts';
import type { MkdocsSourceSettings } from '../convert/mkdocs-source.ts';
import type { PymdownxMarks } from '../convert/pymdownx-marks.ts';
import { dataFile, yamlConfigFile } from './config-data.ts';
import { ignorePatterns } from './ignore-patterns.ts';
import { mkdocsNavSections, type NavSections } from './nav-sections.ts';
import type { SnippetSettings } from './snippets.ts';

/** What an MkDocs site's `mkdocs.yml` says about the pages of its docs folder. */
export interface MkdocsSite {
	/**
	 * Each page's name in the site's `nav` (`ftldns/blockingmode.md` → `Blocking mode`),
	 * by its path in the imported folder, `/`-separated. MkDocs titles a page by it, and
	 * Material shows it as the page's heading when the page has none of its own.
	 */
	navTitles: Map<string, string>;
	/** The `nav` sections each page sits in (`Billing › Invoices`), by its path in the imported folder. */
	navSections: NavSections;
	/**
	 * The mkdocs-redirects plugin's `redirect_maps`: each old page's address under the site
	 * (`ftldns/database`, where MkDocs served `ftldns/database.md`) and the file of the folder
	 * it leads to (undefined when the folder has none such), with the section it names.
	 */
	redirects: { from: string; file: string | undefined; fragment?: string; elsewhere?: boolean; written: string }[];
	/**
	 * Whether `mkdocs build` left a file of the folder (its path in the folder, `/`-separated)
	 * out of the site, and by which setting and pattern: `excluded` by `exclude_docs` (or by
	 * MkDocs' own `.*` and `/templates/`), never built; a `draft` of `draft_docs` (MkDocs 1.6),
	 * which only `mkdocs serve` showed. A `README.md` beside an `index.md` is excluded too:
	 * MkDocs builds the index.
	 */
	inclusion(relative: string): { level: 'excluded' | 'draft'; setting: string; pattern: string } | undefined;
	/** The configuration's file name (`mkdocs.yml`, `zensical.toml`). */
	config: string;
	/** Its `site_url`, as written: where the site was served. */
	siteUrl?: string;
	/** Whether it drew Material's icon shortcodes (pymdownx.emoji), and the names of its own icon sets. */
	icons: MkdocsIcons;
	/** Whether it read `~sub~` (pymdownx.tilde), `^sup^` and `^^insert^^` (pymdownx.caret), `` `#!python code` `` (pymdownx.inlinehilite), `++ctrl+k++` (pymdownx.keys). */
	marks: PymdownxMarks;
	/** How its pages' source was read: pymdownx.critic's mode, Material's code annotations (mkdocs-source.ts). */
	source: MkdocsSourceSettings;
	/** pymdownx.snippets' settings, when it turns the extension on: where `--8<--` finds its files. */
	snippets?: SnippetSettings;
}

/** What MkDocs leaves out before `exclude_docs`: dot files and the docs folder's `templates/`. */
const DEFAULT_EXCLUDE = ['.*', '/templates/'];

const CONFIG_NAMES = ['mkdocs.yml', 'mkdocs.yaml'];
/** Zensical, from the makers of Material for MkDocs, reads MkDocs' settings from the `[project]` table of this file. */
const ZENSICAL_CONFIG = 'zensical.toml';

/**
 * The MkDocs configuration of a folder, with the settings it holds: its `mkdocs.yml`, read
 * as YAML, else a Zensical site's `zensical.toml`, whose `[project]` table holds the same
 * settings (`docs_dir`, `nav`, `exclude_docs`…). Settings undefined when it does not parse.
 */
function mkdocsConfigIn(configDir: string): { file: string; data: Record<string, unknown> | undefined } | undefined {
	const yaml = CONFIG_NAMES.map((name) => path.join(configDir, name)).find((file) => existsSync(file));
	if (yaml) return { file: yaml, data: yamlConfigFile(yaml) };
	const toml = path.join(configDir, ZENSICAL_CONFIG);
	if (!existsSync(toml)) return undefined;
	const project = (dataFile(toml) as { project?: unknown } | undefined)?.project;
	const isTable = project !== null && typeof project === 'object' && !Array.isArray(project);
	return { file: toml, data: isTable ? (project as Record<string, unknown>) : undefined };
}

/**
 * The docs folder of the MkDocs site whose root the folder is (its `mkdocs.yml` there),
 * with the configuration's name: what to import when a team names the site's repository,
 * whose README and other files beside the docs MkDocs never built.
 */
export function mkdocsPagesFolder(siteRoot: string): { folder: string; config: string } | undefined {
	const found = mkdocsConfigIn(siteRoot);
	const config = found?.file;
	const data = found?.data;
	if (!config || !data) return undefined;
	const folder = path.resolve(siteRoot, typeof data.docs_dir === 'string' ? data.docs_dir : 'docs');
	const inside = path.relative(siteRoot, folder);
	if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
	return statSync(folder, { throwIfNoEntry: false })?.isDirectory()
		? { folder, config: path.basename(config) }
		: undefined;
}

/** The folder and the four above it, nearest first. */
function configFolders(dir: string): string[] {
	const folders = [dir];
	while (folders.length < 5 && path.dirname(folders.at(-1) as string) !== folders.at(-1))
		folders.push(path.dirname(folders.at(-1) as string));
	return folders;
}

/**
 * The MkDocs site the folder is the docs folder of: its `mkdocs.yml` in the folder or
 * the one above it, or further up where its `docs_dir` (`docs` unless it says otherwise)
 * is the folder or holds it (`docs_dir: docs/src/markdown`). The configuration is read as YAML, its Python tags
 * (`!!python/name:…`, `!ENV`) left unresolved, never run.
 */
export function mkdocsSite(dir: string): MkdocsSite | undefined {
	for (const configDir of configFolders(dir)) {
		const found = mkdocsConfigIn(configDir);
		if (!found) continue;
		const { file: config, data } = found;
		if (!data) return undefined;
		const docsDir = path.resolve(configDir, typeof data.docs_dir === 'string' ? data.docs_dir : 'docs');
		// Further up, a configuration counts only when its docs_dir holds the folder.
		if (configDir !== dir && configDir !== path.dirname(dir) && path.relative(docsDir, dir).startsWith('..')) continue;
		const navTitles = new Map<string, string>();
		for (const [page, title] of navEntries(data.nav)) {
			const relative = path.relative(dir, path.resolve(docsDir, page)).split(path.sep).join('/');
			if (!relative.startsWith('../') && !navTitles.has(relative)) navTitles.set(relative, title);
		}
		const navSections: NavSections = new Map();
		for (const [page, titles] of mkdocsNavSections(data.nav, navTitleText)) {
			const relative = path.relative(dir, path.resolve(docsDir, page)).split(path.sep).join('/');
			if (!relative.startsWith('../') && !navSections.has(relative)) navSections.set(relative, titles);
		}
		const excluded = ignorePatterns([...DEFAULT_EXCLUDE, ...patternLines(data.exclude_docs)]);
		const drafts = ignorePatterns(patternLines(data.draft_docs));
		const name = path.basename(config);
		return {
			config: name,
			...(typeof data.site_url === 'string' ? { siteUrl: data.site_url } : {}),
			navTitles,
			navSections,
			icons: iconsOf(data, configDir, name),
			marks: {
				subscript: turnsOn(data.markdown_extensions, 'pymdownx.tilde'),
				superscript: turnsOn(data.markdown_extensions, 'pymdownx.caret'),
				inlineHilite: turnsOn(data.markdown_extensions, 'pymdownx.inlinehilite'),
				keys: turnsOn(data.markdown_extensions, 'pymdownx.keys'),
			},
			source: sourceSettingsOf(data),
			...snippetsOf(data.markdown_extensions, configDir),
			redirects: redirectMaps(data, { dir, docsDir, config: name }),
			inclusion(relative) {
				const inDocs = path.relative(docsDir, path.resolve(dir, relative)).split(path.sep).join('/');
				if (inDocs.startsWith('../')) return undefined;
				// MkDocs builds a folder's index.md and leaves a README.md beside it out, with a warning.
				if (
					/(^|\/)README\.md$/.test(inDocs) &&
					existsSync(path.join(path.dirname(path.resolve(docsDir, inDocs)), 'index.md'))
				)
					return { level: 'excluded', setting: "MkDocs' own rules", pattern: 'README.md beside index.md' };
				const exclude = excluded.match(inDocs);
				if (exclude)
					return {
						level: 'excluded',
						setting: DEFAULT_EXCLUDE.includes(exclude) ? "MkDocs' own exclusions" : `exclude_docs in ${name}`,
						pattern: exclude,
					};
				const draft = drafts.match(inDocs);
				return draft ? { level: 'draft', setting: `draft_docs in ${name}`, pattern: draft } : undefined;
			},
		};
	}
	return undefined;
}

/**
 * Whether `markdown_extensions` (a list, as `mkdocs.yml` writes them, or a table, as
 * `zensical.toml` does) turn on an extension: named alone or with its settings.
 */
function turnsOn(extensions: unknown, name: string): boolean {
	if (Array.isArray(extensions))
		return extensions.some((entry) => entry === name || (entry !== null && typeof entry === 'object' && name in entry));
	if (extensions === null || typeof extensions !== 'object') return false;
	const table = extensions as Record<string, unknown>;
	const [family, member] = name.split('.');
	const nested = family && member ? table[family] : undefined;
	return name in table || (nested !== null && typeof nested === 'object' && member !== undefined && member in nested);
}

/** An extension's settings (`- pymdownx.snippets: { base_path: … }`), `{}` when named alone, undefined when not on. */
function extensionSettings(extensions: unknown, name: string): Record<string, unknown> | undefined {
	if (!turnsOn(extensions, name)) return undefined;
	const [family = '', member = ''] = name.split('.');
	const entries = Array.isArray(extensions) ? extensions : [extensions];
	for (const entry of entries) {
		if (entry === null || typeof entry !== 'object') continue;
		const table = entry as Record<string, unknown>;
		const nested = table[family];
		const settings =
			table[name] ??
			(nested !== null && typeof nested === 'object' ? (nested as Record<string, unknown>)[member] : undefined);
		if (settings !== null && typeof settings === 'object' && !Array.isArray(settings))
			return settings as Record<string, unknown>;
	}
	return {};
}

/** pymdownx.critic's mode (`view`, its default, shows the marks: the help center takes what they accept) and Material's theme features. */
function sourceSettingsOf(data: Record<string, unknown>): MkdocsSourceSettings {
	const critic = extensionSettings(data.markdown_extensions, 'pymdownx.critic');
	const theme = data.theme !== null && typeof data.theme === 'object' ? (data.theme as { features?: unknown }) : {};
	const features = Array.isArray(theme.features) ? theme.features : [];
	return {
		...(critic ? { critic: critic.mode === 'reject' ? 'reject' : 'accept' } : {}),
		codeAnnotations: features.includes('content.code.annotate'),
		arithmatex: turnsOn(data.markdown_extensions, 'pymdownx.arithmatex'),
	};
}

/** pymdownx.snippets' `base_path` (`.` unless set: where `mkdocs build` ran), from the configuration's folder. */
function snippetsOf(extensions: unknown, configDir: string): { snippets?: SnippetSettings } {
	const settings = extensionSettings(extensions, 'pymdownx.snippets');
	if (!settings) return {};
	const written = settings.base_path;
	const entries = (Array.isArray(written) ? written : [written ?? '.']).filter(
		(entry): entry is string => typeof entry === 'string',
	);
	const append = Array.isArray(settings.auto_append) ? settings.auto_append : [];
	return {
		snippets: {
			basePaths: entries.map((entry) => path.resolve(configDir, entry)),
			project: configDir,
			autoAppend: append.filter((entry): entry is string => typeof entry === 'string'),
		},
	};
}

/**
 * Whether the site drew icon and emoji shortcodes: its `markdown_extensions` (a list, as
 * `mkdocs.yml` writes them, or a table, as `zensical.toml` does) turn on pymdownx.emoji;
 * Zensical, given none, turns on its defaults, emoji among them. Its `custom_icons`
 * folders (beside the configuration) hold the site's own sets, one folder each.
 */
function iconsOf(data: Record<string, unknown>, configDir: string, config: string): MkdocsIcons {
	const extensions = data.markdown_extensions;
	let settings: unknown;
	let drawn = false;
	if (Array.isArray(extensions)) {
		for (const entry of extensions) {
			if (entry === 'pymdownx.emoji') drawn = true;
			else if (entry !== null && typeof entry === 'object' && 'pymdownx.emoji' in entry) {
				drawn = true;
				settings = (entry as Record<string, unknown>)['pymdownx.emoji'];
			}
		}
	} else if (extensions !== null && typeof extensions === 'object') {
		const table = extensions as Record<string, unknown>;
		const pymdownx = table.pymdownx;
		const nested =
			pymdownx !== null && typeof pymdownx === 'object' ? (pymdownx as Record<string, unknown>).emoji : undefined;
		drawn = 'pymdownx.emoji' in table || nested !== undefined;
		settings = table['pymdownx.emoji'] ?? nested;
	} else drawn = config === ZENSICAL_CONFIG;
	const options =
		settings !== null && typeof settings === 'object' ? (settings as { options?: unknown }).options : undefined;
	const folders =
		options !== null && typeof options === 'object' ? (options as { custom_icons?: unknown }).custom_icons : undefined;
	const customSets = (Array.isArray(folders) ? folders : []).flatMap((folder) => {
		if (typeof folder !== 'string') return [];
		try {
			return readdirSync(path.resolve(configDir, folder), { withFileTypes: true })
				.filter((entry) => entry.isDirectory())
				.map((entry) => entry.name);
		} catch {
			return [];
		}
	});
	return { drawn, customSets, config };
}

/**
 * The `redirect_maps` of the mkdocs-redirects plugin (`'old/page.md': new/page.md`), both
 * sides files of the docs folder: the old file's address is where MkDocs served it
 * (`old/page/`, or `old/page.html` with `use_directory_urls: false`; an `index.md` or
 * `README.md` at its folder's). A redirect to another site names no file.
 */
function redirectMaps(
	data: Record<string, unknown>,
	where: { dir: string; docsDir: string; config: string },
): MkdocsSite['redirects'] {
	const plugins = Array.isArray(data.plugins) ? data.plugins : [data.plugins];
	const found: MkdocsSite['redirects'] = [];
	for (const plugin of plugins) {
		if (plugin === null || typeof plugin !== 'object') continue;
		const settings = (plugin as Record<string, unknown>).redirects;
		const maps =
			settings !== null && typeof settings === 'object'
				? (settings as Record<string, unknown>).redirect_maps
				: undefined;
		if (maps === null || typeof maps !== 'object' || Array.isArray(maps)) continue;
		for (const [from, to] of Object.entries(maps as Record<string, unknown>)) {
			if (typeof to !== 'string') continue;
			const written = `${where.config}: redirect ${from} → ${to}`;
			const fragment = /#(.+)$/.exec(to)?.[1];
			const target = to.replace(/[?#].*$/, '');
			const elsewhere = /^([a-z][\w+.-]*:|\/\/)/i.test(target);
			const relative = elsewhere
				? undefined
				: path.relative(where.dir, path.resolve(where.docsDir, target.replace(/^\/+/, '')));
			const file =
				relative === undefined || relative.startsWith('..') || !/\.(md|markdown)$/i.test(relative)
					? undefined
					: relative;
			found.push({
				from: servedAddress(from, data.use_directory_urls !== false),
				file,
				...(fragment ? { fragment } : {}),
				...(elsewhere ? { elsewhere } : {}),
				written,
			});
		}
	}
	return found;
}

/** Where MkDocs served a page's file: `setup/install.md` at `setup/install/` (or `setup/install.html`), `setup/index.md` at `setup/`. */
function servedAddress(file: string, directoryUrls: boolean): string {
	const page = file.replace(/^\.?\/+/, '').replace(/\.(md|markdown)$/i, '');
	const folder = /(^|\/)(index|README)$/i.exec(page) ? page.replace(/(^|\/)(index|README)$/i, '') : undefined;
	if (folder !== undefined) return folder;
	return directoryUrls ? page : `${page}.html`;
}

/** A setting of `.gitignore`-style lines: a YAML block (`exclude_docs: |`), or a list of them. */
function patternLines(value: unknown): string[] {
	if (typeof value === 'string') return value.split(/\r?\n/);
	return Array.isArray(value) ? value.filter((line): line is string => typeof line === 'string') : [];
}

/**
 * The `nav` entries that name a page with a title: `- 'Blocking mode': ftldns/blockingmode.md`,
 * nested in sections at any depth. An entry without a title (`- index.md`), a link to
 * another site and a section's own name name no page's title.
 */
function* navEntries(nav: unknown): Generator<[string, string]> {
	if (!Array.isArray(nav)) return;
	for (const entry of nav) {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
		for (const [name, value] of Object.entries(entry)) {
			if (Array.isArray(value)) yield* navEntries(value);
			else if (typeof value === 'string' && /\.(md|markdown)$/i.test(value) && !/^[a-z][\w+.-]*:/i.test(value)) {
				const title = navTitleText(name);
				if (title) yield [value.replace(/^\.?\//, ''), title];
			}
		}
	}
}

/** A nav title as readers saw it: MkDocs writes it into the page as HTML (`The &nbsp<samp>pihole</samp>&nbsp Command`). */
function navTitleText(name: string): string {
	if (!/[<&]/.test(name)) return name.replace(/\s+/g, ' ').trim();
	const tree = unified().use(rehypeParse, { fragment: true }).parse(name);
	return hastText(tree)
		.replace(/[\s\u00a0]+/g, ' ')
		.trim();
}
