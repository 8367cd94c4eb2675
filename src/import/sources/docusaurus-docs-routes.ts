import { parse } from '@babel/parser';
import type * as t from '@babel/types';

/**
 * Where a Docusaurus site's docs plugins serve their folders, read from its configuration
 * as code is read, never run: each plugin's options that write a literal `routeBasePath`,
 * with the folder (`path`) they serve. A site may have several docs plugins (its docs at
 * `/docs`, a community folder at `/community`, use cases at `/`); the folder's own says
 * where its pages were.
 */
export interface DocsRoute {
	/** The folder under the site (`docs`, `content/community`), as written without `./`. */
	folder: string;
	/** The `routeBasePath`, without slashes at its ends (`''` for the site's root). */
	route: string;
}

/** Whether a node is `object.property` as written (`module.exports`, `require.resolve`). */
export function isMember(node: t.Node | null | undefined, object: string, property: string): boolean {
	return (
		node?.type === 'MemberExpression' &&
		!node.computed &&
		node.object.type === 'Identifier' &&
		node.object.name === object &&
		node.property.type === 'Identifier' &&
		node.property.name === property
	);
}

/** A string literal's value, or a template literal's without placeholders. */
export function stringValue(node: t.Node | undefined): string | undefined {
	if (node?.type === 'StringLiteral') return node.value;
	if (node?.type === 'TemplateLiteral' && node.expressions.length === 0)
		return node.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
	return undefined;
}

/** The value of an object literal's property written with a plain name. */
export function propertyValue(object: t.ObjectExpression, name: string): t.Node | undefined {
	for (const property of object.properties)
		if (
			property.type === 'ObjectProperty' &&
			!property.computed &&
			((property.key.type === 'Identifier' && property.key.name === name) ||
				(property.key.type === 'StringLiteral' && property.key.value === name))
		)
			return property.value;
	return undefined;
}

const trimSlashes = (value: string) => value.replace(/^(?:\.\/)+/, '').replace(/^\/+|\/+$/g, '');

/** The configuration's program, or undefined when it does not parse. */
function programOf(code: string, typescript: boolean): t.Program | undefined {
	try {
		return parse(code, { sourceType: 'unambiguous', plugins: typescript ? ['typescript'] : [] }).program;
	} catch {
		return undefined;
	}
}

/** A local module the configuration imports (`./docs`, `./config/plugins`), as its code. */
export interface LocalModule {
	code: string;
	typescript: boolean;
}

/** The relative modules a configuration imports or requires (`./docs`), as written. */
export function localImports(code: string, typescript: boolean): string[] {
	const program = programOf(code, typescript);
	if (!program) return [];
	const found: string[] = [];
	const visit = (node: t.Node) => {
		if (node.type === 'ImportDeclaration') found.push(node.source.value);
		if (
			node.type === 'CallExpression' &&
			node.callee.type === 'Identifier' &&
			node.callee.name === 'require' &&
			node.arguments[0]?.type === 'StringLiteral'
		)
			found.push(node.arguments[0].value);
		for (const [key, child] of Object.entries(node)) {
			if (key === 'loc' || key.endsWith('Comments')) continue;
			for (const each of Array.isArray(child) ? child : [child])
				if (each && typeof each === 'object' && typeof (each as t.Node).type === 'string') visit(each as t.Node);
		}
	};
	visit(program);
	return [...new Set(found.filter((source) => source.startsWith('.')))];
}

/** Whose options an object literal is: a docs plugin's, another content plugin's (blog, pages), or unknown. */
type OptionsOf = 'docs' | 'other-content' | undefined;

/** The content plugin a preset's key (`docs`, `blog`, `pages`) or a plugin's name (`@docusaurus/plugin-content-blog`) names. */
function contentPlugin(name: string | undefined): OptionsOf {
	if (name === undefined) return undefined;
	if (name === 'docs' || /(?:^|\/)(?:plugin-)?content-docs$/.test(name)) return 'docs';
	if (name === 'blog' || name === 'pages' || /(?:^|\/)(?:plugin-)?content-(?:blog|pages)$/.test(name))
		return 'other-content';
	return undefined;
}

/** Expressions that only type or group the one they hold. */
const WRAPPERS = new Set(['TSSatisfiesExpression', 'TSAsExpression', 'TSTypeAssertion', 'ParenthesizedExpression']);

/**
 * Calls `each` with every object literal of the program, saying whether it is a docs
 * plugin's options (the preset's `docs: {…}`, or `['@docusaurus/plugin-content-docs', {…}]`)
 * and whether it is a blog or pages plugin's (`blog: {…}`, `['@docusaurus/plugin-content-blog', {…}]`),
 * whose `path` is no docs folder.
 */
function walkObjects(
	program: t.Program,
	each: (object: t.ObjectExpression, docsOptions: boolean, otherContent: boolean) => void,
) {
	const visit = (node: t.Node, options: OptionsOf) => {
		if (node.type === 'ObjectExpression') each(node, options === 'docs', options === 'other-content');
		const pluginName =
			node.type === 'ArrayExpression' ? stringValue(node.elements[0] as t.Node | undefined) : undefined;
		const presetKey =
			node.type === 'ObjectProperty' && !node.computed && node.key.type === 'Identifier' ? node.key.name : undefined;
		for (const [key, child] of Object.entries(node)) {
			if (key === 'loc' || key.endsWith('Comments')) continue;
			for (const each of Array.isArray(child) ? child : [child]) {
				if (!each || typeof each !== 'object' || typeof (each as t.Node).type !== 'string') continue;
				// Options written `{…} satisfies Docs.Options` or `{…} as Options` are still the plugin's.
				const of = WRAPPERS.has(node.type)
					? options
					: ((key === 'value' ? contentPlugin(presetKey) : undefined) ?? contentPlugin(pluginName));
				visit(each as t.Node, of);
			}
		}
	};
	visit(program, undefined);
}

/**
 * The docs routes the configuration declares; undefined when it does not parse or
 * declares none, so the caller can fall back to reading it as text. Empty when the only
 * `routeBasePath`s it writes are a blog's or pages plugin's, which no docs folder is served at.
 */
export function docusaurusDocsRoutes(
	code: string,
	typescript: boolean,
	modules: readonly LocalModule[] = [],
): DocsRoute[] | undefined {
	const program = programOf(code, typescript);
	if (!program) return undefined;
	const routes: DocsRoute[] = [];
	let otherRoutes = false;
	// Plugins listed in a module the configuration imports (`plugins: [...docs]`) are the site's too.
	const programs = [program, ...modules.flatMap((module) => programOf(module.code, module.typescript) ?? [])];
	for (const each of programs)
		walkObjects(each, (node, docsOptions, otherContent) => {
			// A blog's or pages plugin's `path` (`path: 'blog'`) holds posts or pages, not docs.
			if (otherContent) {
				otherRoutes ||= propertyValue(node, 'routeBasePath') !== undefined;
				return;
			}
			const route = stringValue(propertyValue(node, 'routeBasePath'));
			const folder = stringValue(propertyValue(node, 'path'));
			// A blog or pages plugin has a routeBasePath too; without a `path` only a docs plugin's is the docs folder's.
			if (route !== undefined && (folder !== undefined || docsOptions))
				routes.push({ folder: trimSlashes(folder ?? 'docs'), route: trimSlashes(route) });
			// A docs plugin that moves only its folder (`path: '../docs'`) still serves it at Docusaurus' `/docs`.
			else if (route === undefined && folder !== undefined && docsOptions)
				routes.push({ folder: trimSlashes(folder), route: 'docs' });
		});
	return routes.length > 0 || otherRoutes ? routes : undefined;
}

/** The globs a docs plugin leaves files out by, with the folder (`path`) it reads them from. */
export interface DocsExclude {
	/** The folder under the site (`docs`, `content/community`), as written without `./`. */
	folder: string;
	/** Its `exclude` list's literal globs, each from that folder (`**\/internal/**`). */
	globs: string[];
}

/**
 * The `exclude` option of each docs plugin (the preset's `docs: {…}` or a
 * `@docusaurus/plugin-content-docs` entry) that writes one, read as a list of literals:
 * an element the code computes is not read. Empty when the configuration does not parse.
 */
export function docusaurusDocsExcludes(code: string, typescript: boolean): DocsExclude[] {
	const program = programOf(code, typescript);
	if (!program) return [];
	const found: DocsExclude[] = [];
	walkObjects(program, (node, docsOptions) => {
		const list = docsOptions ? propertyValue(node, 'exclude') : undefined;
		if (list?.type !== 'ArrayExpression') return;
		const globs = list.elements.flatMap((element) => {
			const value = stringValue(element ?? undefined);
			return value === undefined ? [] : [value];
		});
		found.push({ folder: trimSlashes(stringValue(propertyValue(node, 'path')) ?? 'docs'), globs });
	});
	return found;
}

/** What a docs plugin's `sidebarPath` says, as far as a literal says it. */
export type SidebarPath =
	/** A file (`./sidebars.ts`, or `require.resolve('./sidebars')` without its extension), from the site's folder. */
	| { kind: 'file'; file: string }
	/** `sidebarPath: false`: the plugin shows no sidebar. */
	| { kind: 'none' }
	/** Written, but computed: the code would have to run to know it. */
	| { kind: 'unread' };

/** A docs plugin's folder and the sidebars it shows. */
export interface DocsSidebars {
	/** The plugin's `id` (`default` when it names none); undefined when the code computes it. */
	id: string | undefined;
	/** The folder under the site it serves (`docs` by default), without `./`; undefined when computed. */
	folder: string | undefined;
	/** Its `sidebarPath`; undefined when it writes none. */
	sidebarPath: SidebarPath | undefined;
}

function sidebarPathOf(node: t.Node | undefined): SidebarPath | undefined {
	if (node === undefined) return undefined;
	if (node.type === 'BooleanLiteral' && !node.value) return { kind: 'none' };
	const resolved =
		node.type === 'CallExpression' && isMember(node.callee, 'require', 'resolve')
			? (node.arguments[0] as t.Node | undefined)
			: node;
	const file = stringValue(resolved);
	return file === undefined ? { kind: 'unread' } : { kind: 'file', file };
}

/**
 * Each docs plugin of the configuration (the preset's `docs: {…}`, a
 * `@docusaurus/plugin-content-docs` entry, or any options naming a `sidebarPath`) with
 * its id, its folder and its `sidebarPath`, read as literals, never run. Undefined when
 * the configuration does not parse.
 */
export function docusaurusDocsSidebars(code: string, typescript: boolean): DocsSidebars[] | undefined {
	const program = programOf(code, typescript);
	if (!program) return undefined;
	const found: DocsSidebars[] = [];
	walkObjects(program, (node, docsOptions) => {
		const sidebarPath = propertyValue(node, 'sidebarPath');
		if (!docsOptions && sidebarPath === undefined) return;
		const id = propertyValue(node, 'id');
		const folder = propertyValue(node, 'path');
		found.push({
			id: id === undefined ? 'default' : stringValue(id),
			folder: folder === undefined ? 'docs' : mapDefined(stringValue(folder), trimSlashes),
			sidebarPath: sidebarPathOf(sidebarPath),
		});
	});
	return found;
}

const mapDefined = <T, U>(value: T | undefined, map: (value: T) => U) => (value === undefined ? undefined : map(value));

/** A navbar item that leads to a docs sidebar: `type: 'docSidebar'` with its `sidebarId`, or `type: 'doc'` with its `docId`. */
export interface NavbarDocsLink {
	/** The docs plugin it belongs to (`docsPluginId`, `default` when it names none); undefined when computed. */
	pluginId: string | undefined;
	sidebarId?: string;
	docId?: string;
	/** Its `label` as written; undefined when it has none or the code computes it. */
	label: string | undefined;
}

/**
 * The navbar items of the configuration (`themeConfig.navbar.items`, a dropdown's
 * `items` too) that lead to a docs sidebar or a doc, read as literals, never run: the
 * labels visitors saw over each sidebar. Empty when the configuration does not parse.
 */
export function docusaurusNavbarDocsLinks(code: string, typescript: boolean): NavbarDocsLink[] {
	const program = programOf(code, typescript);
	if (!program) return [];
	const found: NavbarDocsLink[] = [];
	const items = (list: t.Node | undefined) => {
		if (list?.type !== 'ArrayExpression') return;
		for (const element of list.elements) {
			if (element?.type !== 'ObjectExpression') continue;
			const type = stringValue(propertyValue(element, 'type'));
			const plugin = propertyValue(element, 'docsPluginId');
			const link = {
				pluginId: plugin === undefined ? 'default' : stringValue(plugin),
				label: stringValue(propertyValue(element, 'label')),
			};
			const sidebarId = stringValue(propertyValue(element, 'sidebarId'));
			const docId = stringValue(propertyValue(element, 'docId'));
			if (type === 'docSidebar' && sidebarId !== undefined) found.push({ ...link, sidebarId });
			else if (type === 'doc' && docId !== undefined) found.push({ ...link, docId });
			items(propertyValue(element, 'items'));
		}
	};
	walkObjects(program, (node) => {
		const navbar = propertyValue(node, 'navbar');
		if (navbar?.type === 'ObjectExpression') items(propertyValue(navbar, 'items'));
	});
	return found;
}
