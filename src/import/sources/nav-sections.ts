import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as t from '@babel/types';
import type { List, Root } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { docusaurusNavSections } from './docusaurus-sidebars.ts';
import { siteExternalToc } from './external-toc.ts';
import { fumadocsNavSections } from './fumadocs-nav.ts';
import { type Generator, mintlifyPage, vitepressConfig } from './generators.ts';
import { keyName, parseCode, sectionTitle, unwrap } from './nav-code.ts';
import { redoclyNavSections } from './redocly-sidebars.ts';
import { rspressNavSections } from './rspress-site.ts';
import { sphinxConf } from './rst-pages.ts';
import { sphinxNavSections } from './sphinx-toctrees.ts';
import { starlightConfig, starlightNavSections } from './starlight-sidebar.ts';
import { SUMMARY_FILE, summaryLinkedFiles } from './summary.ts';
import type { SourceGroup } from './types.ts';
import { vuepressNavSections, vuepressPageKey } from './vuepress-nav.ts';
import { writersideNavSections } from './writerside.ts';

/**
 * Where each page sat in the old site's navigation: the titles of the sidebar sections
 * around it, outermost first, by the page's path in the imported folder (`/`-separated).
 * A docs site is often one flat folder whose sidebar does the grouping ("Billing",
 * "Stats dashboard › Import"): those sections, not its folders, are what the team
 * organised its help center by, so the import map offers them for product areas.
 */
export type NavSections = Map<string, readonly string[]>;

/** What joins a section's titles in its id in the import map (`Stats dashboard › Import`). */
const JOINER = ' › ';

/** The id of the section at `titles` (outermost first) in the import map. */
export function navSectionId(titles: readonly string[]): string {
	return titles.join(JOINER);
}

/** The map's groups for the sections that hold pages, each inside the one around it. */
export function navSectionGroups(sections: NavSections): SourceGroup[] {
	const groups = new Map<string, SourceGroup>();
	for (const titles of sections.values())
		for (let depth = 1; depth <= titles.length; depth++) {
			const id = navSectionId(titles.slice(0, depth));
			if (groups.has(id)) continue;
			groups.set(id, {
				type: 'sections',
				id,
				name: titles[depth - 1] as string,
				parent: depth > 1 ? { type: 'sections', id: navSectionId(titles.slice(0, depth - 1)) } : undefined,
			});
		}
	return [...groups.values()].sort((a, b) => a.id.localeCompare(b.id));
}

// --- VitePress ---------------------------------------------------------------------------

/**
 * The sections of a VitePress site's sidebar (`themeConfig.sidebar`), read from its
 * configuration as code, never run: its groups (`{ text: 'Guides', items: [...] }`),
 * nested, with the pages they link (`/guides/setup`, `setup.md` under the group's
 * `base`), a group's own `link` among them; one sidebar or one per path
 * (`{ '/guide/': [...] }`), written in place, in a variable or returned by a function of
 * the file. Each page by its path from the site's root without extension (`guides/setup`,
 * a folder's `guides/index`).
 */
export function vitepressNavSections(code: string, file: string): Map<string, readonly string[]> | undefined {
	return vitepressSidebar(code, file)?.sections;
}

/**
 * Each page's name in a VitePress site's sidebar, the `text` of the item that links it
 * (`{ text: 'Change currency', link: '/settings/currency' }`), by its path as
 * `vitepressNavSections` keys it: the words the sidebar showed in place of its title.
 */
export function vitepressSidebarLabels(code: string, file: string): Map<string, string> | undefined {
	return vitepressSidebar(code, file)?.labels;
}

function vitepressSidebar(
	code: string,
	file: string,
): { sections: Map<string, readonly string[]>; labels: Map<string, string> } | undefined {
	const program = parseCode(code, file);
	if (!program) return undefined;
	const declared = new Map<string, t.Node>();
	const functions = new Map<string, t.Node>();
	const visitTop = (statement: t.Statement) => {
		const declaration =
			statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration'
				? statement.declaration
				: statement;
		if (declaration?.type === 'VariableDeclaration')
			for (const each of declaration.declarations)
				if (each.id.type === 'Identifier' && each.init) declared.set(each.id.name, each.init);
		if (declaration?.type === 'FunctionDeclaration' && declaration.id) {
			const returned = declaration.body.body.find((each) => each.type === 'ReturnStatement');
			if (returned?.type === 'ReturnStatement' && returned.argument)
				functions.set(declaration.id.name, returned.argument);
		}
	};
	for (const statement of program.body) visitTop(statement);
	const resolve = (node: t.Node | null | undefined, depth = 0): t.Node | undefined => {
		const plain = unwrap(node);
		if (depth > 5) return plain;
		if (plain?.type === 'Identifier') return resolve(declared.get(plain.name), depth + 1);
		if (plain?.type === 'CallExpression' && plain.callee.type === 'Identifier' && plain.arguments.length === 0)
			return resolve(functions.get(plain.callee.name), depth + 1);
		return plain;
	};
	/** The first `sidebar:` property in the file, at any depth (`themeConfig.sidebar`). */
	let sidebar: t.Node | undefined;
	const find = (node: t.Node | null | undefined) => {
		if (!node || sidebar || typeof node !== 'object') return;
		if (node.type === 'ObjectProperty' && keyName(node) === 'sidebar') {
			sidebar = resolve(node.value);
			return;
		}
		for (const [key, value] of Object.entries(node)) {
			if (key === 'loc' || key === 'start' || key === 'end' || key === 'leadingComments') continue;
			if (Array.isArray(value)) for (const each of value) find(each as t.Node);
			else if (value && typeof value === 'object' && 'type' in value) find(value as t.Node);
		}
	};
	find(program);
	if (!sidebar) return undefined;
	const found = new Map<string, readonly string[]>();
	const labels = new Map<string, string>();
	/** The page a link leads to, by its path from the site's root without extension; none for another site. */
	const pageOf = (link: string | undefined, base: string) => {
		if (link === undefined || /^[a-z][a-z\d+.-]*:/i.test(link)) return undefined;
		const joined = link.startsWith('/') ? link : `${base.replace(/\/?$/, '/')}${link}`;
		return joined
			.replace(/[?#].*$/, '')
			.replace(/^\/+/, '')
			.replace(/\.(md|html)$/i, '')
			.replace(/(^|\/)$/, '$1index');
	};
	const addPage = (link: string | undefined, base: string, sections: readonly string[]) => {
		const page = pageOf(link, base);
		if (page === undefined || sections.length === 0) return;
		if (!found.has(page)) found.set(page, sections);
	};
	const items = (node: t.Node | undefined, base: string, sections: readonly string[]) => {
		const list = resolve(node);
		if (list?.type !== 'ArrayExpression') return;
		for (const element of list.elements) {
			const item = resolve(element);
			if (item?.type !== 'ObjectExpression') continue;
			const itemBase = stringValue(resolve(propertyValue(item, 'base'))) ?? base;
			const link = stringValue(resolve(propertyValue(item, 'link')));
			const inner = propertyValue(item, 'items');
			if (!inner) {
				addPage(link, itemBase, sections);
				const page = pageOf(link, itemBase);
				const text = stringValue(resolve(propertyValue(item, 'text')))?.trim();
				if (page !== undefined && text && !labels.has(page)) labels.set(page, text);
				continue;
			}
			const title = sectionTitle(stringValue(resolve(propertyValue(item, 'text'))));
			const within = title ? [...sections, title] : sections;
			addPage(link, itemBase, within);
			items(inner, itemBase, within);
		}
	};
	if (sidebar.type === 'ArrayExpression') items(sidebar, '/', []);
	else if (sidebar.type === 'ObjectExpression')
		for (const each of sidebar.properties) {
			if (each.type !== 'ObjectProperty') continue;
			const value = resolve(each.value);
			// `'/guide/': { base: '/guide/', items: [...] }` or `'/guide/': [...]`.
			if (value?.type === 'ObjectExpression')
				items(propertyValue(value, 'items'), stringValue(resolve(propertyValue(value, 'base'))) ?? '/', []);
			else items(value, '/', []);
		}
	return { sections: found, labels };
}

// --- MkDocs ------------------------------------------------------------------------------

/**
 * The sections of an MkDocs `nav` (`- Billing: [- refunds.md, …]`), each page by its
 * path as the nav writes it, with the sections around it. `titleText` reads a
 * section's name as MkDocs shows it.
 */
export function mkdocsNavSections(nav: unknown, titleText: (name: string) => string): Map<string, readonly string[]> {
	const found = new Map<string, readonly string[]>();
	const walk = (entries: unknown, sections: readonly string[]) => {
		if (!Array.isArray(entries)) return;
		for (const entry of entries) {
			if (typeof entry === 'string') {
				if (sections.length > 0 && !found.has(entry)) found.set(entry.replace(/^\.?\//, ''), sections);
				continue;
			}
			if (entry === null || typeof entry !== 'object') continue;
			for (const [name, value] of Object.entries(entry)) {
				if (Array.isArray(value)) {
					const title = sectionTitle(titleText(name));
					walk(value, title ? [...sections, title] : sections);
				} else if (typeof value === 'string' && sections.length > 0) {
					const page = value.replace(/^\.?\//, '');
					if (!found.has(page)) found.set(page, sections);
				}
			}
		}
	};
	walk(nav, []);
	return found;
}

// --- GitBook -----------------------------------------------------------------------------

/**
 * The page groups of a GitBook space's SUMMARY.md (`## Billing` over the pages it
 * holds): each page's file, relative to the folder, with its group. The heading over
 * the whole list (`# Table of contents`) names no group.
 */
export function summaryNavSections(text: string): Map<string, readonly string[]> {
	const tree = unified().use(remarkParse).parse(text) as Root;
	const found = new Map<string, readonly string[]>();
	let group: string | undefined;
	for (const node of tree.children) {
		// GitBook writes an anchor into a group's heading (`## Integrations <a href="#integrations" id="integrations"></a>`): its words name it.
		if (node.type === 'heading')
			group = node.depth === 1 ? undefined : sectionTitle(mdastText(node, { includeHtml: false }));
		if (node.type !== 'list' || !group) continue;
		for (const page of summaryLinkedFiles((node as List).children)) if (!found.has(page)) found.set(page, [group]);
	}
	return found;
}

// --- Mintlify ----------------------------------------------------------------------------

/** The levels of a Mintlify navigation whose label readers see above the pages (`group`, `tab`, `anchor`, `dropdown`). */
const MINTLIFY_LABELS = ['tab', 'anchor', 'dropdown', 'group'];

/**
 * The sections of a Mintlify navigation (`docs.json`, or the older `mint.json`): each
 * page (`"billing/refunds"`) with the tabs, anchors, dropdowns and groups around it.
 */
export function mintlifyNavSections(config: unknown): Map<string, readonly string[]> {
	const found = new Map<string, readonly string[]>();
	const walk = (value: unknown, sections: readonly string[], inPages: boolean) => {
		if (typeof value === 'string') {
			const page = inPages && sections.length > 0 ? mintlifyPage(value) : undefined;
			if (page !== undefined && !found.has(page)) found.set(page, sections);
			return;
		}
		if (Array.isArray(value)) {
			for (const entry of value) walk(entry, sections, inPages);
			return;
		}
		if (!value || typeof value !== 'object') return;
		const record = value as Record<string, unknown>;
		const label = MINTLIFY_LABELS.map((key) => sectionTitle(record[key])).find(Boolean);
		const inner = label ? [...sections, label] : sections;
		for (const [key, entry] of Object.entries(record))
			if (!MINTLIFY_LABELS.includes(key)) walk(entry, inner, key === 'pages' || (inPages && key !== 'group'));
	};
	walk((config as { navigation?: unknown } | undefined)?.navigation, [], false);
	return found;
}

/** Sections keyed by the paths a navigation names, turned into sections of the folder's files. */
export function sectionsOfFiles(
	byNavPath: ReadonlyMap<string, readonly string[]>,
	files: readonly string[],
	navPath: (file: string) => string[],
): NavSections {
	const sections: NavSections = new Map();
	for (const file of files) {
		const posix = file.split(path.sep).join('/');
		const titles = navPath(posix)
			.map((key) => byNavPath.get(key))
			.find(Boolean);
		if (titles) sections.set(posix, titles);
	}
	return sections;
}

/**
 * The sections of a docs folder's pages in the old site's navigation, for the generators
 * whose navigation is kept apart from the pages: Docusaurus' sidebars, VitePress' and
 * VuePress' sidebars (VuePress' navbar too), Fumadocs' `meta.json` files (fumadocs-nav.ts), Mintlify's
 * `docs.json`, a Starlight site's sidebar (starlight-sidebar.ts), a Sphinx site's captioned toctrees
 * (sphinx-toctrees.ts; a Jupyter Book's or sphinx-external-toc's `_toc.yml`, external-toc.ts) and a GitBook space's SUMMARY.md (MkDocs' `nav` is read with the rest of
 * its `mkdocs.yml`). Undefined when the folder has none.
 */
export function folderNavSections(
	dir: string,
	generator: Generator | undefined,
	files: readonly string[],
): NavSections | undefined {
	if (generator?.name === 'docusaurus' && path.resolve(dir) !== path.resolve(generator.siteRoot))
		return docusaurusNavSections(dir, generator, files);
	if (generator?.name === 'vitepress') {
		const config = vitepressConfig(dir);
		const sections = config ? vitepressNavSections(readFileSync(config, 'utf8'), config) : undefined;
		return sections && sectionsOfFiles(sections, files, (file) => [file.replace(/\.(mdx?|mdoc|markdown)$/i, '')]);
	}
	// Rspress' sidebar is its folders, labelled by their `_meta.json` (and the top ones by `_nav.json`).
	if (generator?.name === 'rspress')
		return rspressNavSections(
			dir,
			files,
			(generator.site.locales ?? []).map((locale) => locale.folder),
		);
	if (generator?.name === 'vuepress') {
		const key = (file: string) => vuepressPageKey(file.replace(/\.(mdx?|mdoc|markdown)$/i, ''));
		const sections = vuepressNavSections(
			generator.config,
			files.map((file) => key(file.split(path.sep).join('/'))),
		);
		return sections && sectionsOfFiles(sections, files, (file) => [key(file)]);
	}
	if (generator?.name === 'mintlify') {
		let config: unknown;
		try {
			config = JSON.parse(readFileSync(generator.config, 'utf8'));
		} catch {
			return undefined;
		}
		return sectionsOfFiles(mintlifyNavSections(config), files, (file) => [
			file.replace(/\.(mdx?|mdoc|markdown)$/i, ''),
		]);
	}
	if (generator?.name === 'fumadocs') return fumadocsNavSections(dir, files);
	if (generator?.name === 'redocly') return redoclyNavSections(generator.site, dir, files);
	if (generator?.name === 'writerside') return writersideNavSections(generator.site, files);
	if (generator?.name === 'sphinx') {
		const conf = sphinxConf(dir);
		if (!conf) return undefined;
		const code = readFileSync(conf, 'utf8');
		return sphinxNavSections(dir, files, code, siteExternalToc(dir, { file: conf, code }));
	}
	// A Jupyter Book is Sphinx with no conf.py: its toctrees are its `_toc.yml`.
	const book = generator ? undefined : siteExternalToc(dir);
	if (book) return sphinxNavSections(dir, files, '', book);
	const starlight = starlightConfig(dir);
	if (starlight) return starlightNavSections(starlight, files);
	const summary = path.join(dir, SUMMARY_FILE);
	if (existsSync(summary))
		return sectionsOfFiles(summaryNavSections(readFileSync(summary, 'utf8')), files, (file) => [file]);
	return undefined;
}
