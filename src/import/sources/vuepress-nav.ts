import path from 'node:path';
import type * as t from '@babel/types';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { keyName, moduleScope, propertiesNamed, resolve, sectionTitle, type Value } from './nav-code.ts';

/**
 * The sections of a VuePress site's navigation, read from its configuration as code,
 * never run: the default theme's `sidebar` (v1's groups, `{ title, children }`, v2's
 * `{ text, children }`, vuepress-theme-hope's `prefix`), one for the site or one per path
 * (`{ '/guide/': [...] }`), and the `navbar` (v1's `nav`) links that name a part of the
 * site (`{ text: 'Guide', link: '/guide/' }`) around them. The configuration often keeps
 * them in modules of its own (`./configs/sidebar/en.ts`) or builds them in a function
 * (`getGuideSidebar('Guide', 'Advanced')`), which nav-code.ts follows.
 */

/** A page's key: its path from the site's root without extension, a folder's page (README, index) as the folder. */
export function vuepressPageKey(link: string): string {
	return link
		.replace(/[?#].*$/, '')
		.replace(/^\/+/, '')
		.replace(/\.(md|html)$/i, '')
		.replace(/(^|\/)(readme|index)$/i, '$1');
}

/** Joins a link written in a sidebar to the path it sits under (`'/guide/'` and `'setup'`). */
function joined(base: string, link: string): string {
	if (link.startsWith('/')) return link;
	const page = path.posix.join(base.replace(/\/?$/, '/'), link);
	return link === '' || link.endsWith('/') ? page.replace(/\/*$/, '/') : page;
}

const isExternal = (link: string) => /^[a-z][a-z\d+.-]*:/i.test(link);

/** The sections of the sidebar(s), by page key. */
function sidebarSections(sidebars: readonly Value[]): Map<string, readonly string[]> {
	const found = new Map<string, readonly string[]>();
	const add = (link: string | undefined, base: string, sections: readonly string[]) => {
		if (link === undefined || sections.length === 0 || isExternal(link)) return;
		const key = vuepressPageKey(joined(base, link));
		if (!found.has(key)) found.set(key, sections);
	};
	const items = (list: Value | undefined, base: string, sections: readonly string[]) => {
		const value = resolve(list);
		if (value?.node.type !== 'ArrayExpression') return;
		for (const element of value.node.elements) {
			const item = resolve(element ? { node: element, scope: value.scope } : undefined);
			if (!item) continue;
			const text = (node: t.Node | undefined) => stringValue(resolve(node && { node, scope: item.scope })?.node);
			if (item.node.type === 'ArrayExpression') {
				// v1's `['/setup', 'Set up']`: a page and its label.
				const [first] = item.node.elements;
				add(first ? text(first) : undefined, base, sections);
				continue;
			}
			if (item.node.type !== 'ObjectExpression') {
				add(text(item.node), base, sections);
				continue;
			}
			const object = item.node;
			const prefix = text(propertyValue(object, 'prefix'));
			const within = prefix === undefined ? base : joined(base, prefix);
			const link = text(propertyValue(object, 'link')) ?? text(propertyValue(object, 'path'));
			const children = propertyValue(object, 'children');
			if (!children) {
				add(link, base, sections);
				continue;
			}
			const title = sectionTitle(text(propertyValue(object, 'text')) ?? text(propertyValue(object, 'title')));
			const inner = title ? [...sections, title] : sections;
			add(link, base, inner);
			items({ node: children, scope: item.scope }, within, inner);
		}
	};
	for (const sidebar of sidebars) {
		const value = resolve(sidebar);
		if (value?.node.type === 'ArrayExpression') items(value, '/', []);
		else if (value?.node.type === 'ObjectExpression')
			for (const property of value.node.properties) {
				if (property.type !== 'ObjectProperty') continue;
				const key = keyName(property);
				if (key?.startsWith('/')) items({ node: property.value, scope: value.scope }, key, []);
			}
	}
	return found;
}

/** The parts of the site the navbar names by a folder's link (`{ text: 'Guide', link: '/guide/' }`), by folder key. */
function navbarParts(navbars: readonly Value[]): Map<string, string> {
	const parts = new Map<string, string>();
	const walk = (list: Value | undefined, depth: number) => {
		const value = resolve(list);
		if (value?.node.type !== 'ArrayExpression' || depth > 3) return;
		for (const element of value.node.elements) {
			const item = resolve(element ? { node: element, scope: value.scope } : undefined);
			if (item?.node.type !== 'ObjectExpression') continue;
			const text = (name: string) => {
				const node = propertyValue(item.node as t.ObjectExpression, name);
				return stringValue(resolve(node && { node, scope: item.scope })?.node);
			};
			const title = sectionTitle(text('text'));
			const link = text('link');
			if (title && link && !isExternal(link)) {
				const key = vuepressPageKey(link);
				if (key !== '' && key.endsWith('/') && !parts.has(key)) parts.set(key, title);
			}
			for (const inner of ['items', 'children']) {
				const node = propertyValue(item.node, inner);
				if (node) walk({ node, scope: item.scope }, depth + 1);
			}
		}
	};
	for (const navbar of navbars) walk(navbar, 0);
	return parts;
}

/**
 * The sections of the pages of a VuePress site, by page key (`guide/setup`, a folder's
 * README as `guide/`; `keys` are the folder's pages): the navbar's part of the site a page
 * sits in, then the sidebar groups around it; a page no sidebar names takes the navbar's
 * part only when it sits right in that part's folder. Undefined when the configuration does not
 * parse or names no section.
 */
export function vuepressNavSections(
	config: string,
	keys: readonly string[],
): Map<string, readonly string[]> | undefined {
	const root = moduleScope(config, new Map()).names.get('default');
	if (!root) return undefined;
	const sidebar = sidebarSections(propertiesNamed(root, 'sidebar'));
	const parts = navbarParts([...propertiesNamed(root, 'navbar'), ...propertiesNamed(root, 'nav')]);
	/** The navbar's part holding the page: the longest folder link it sits under. */
	const partOf = (key: string) =>
		[...parts].filter(([folder]) => key.startsWith(folder)).sort((a, b) => b[0].length - a[0].length)[0]?.[1];
	const found = new Map<string, readonly string[]>();
	for (const key of keys) {
		const sections = sidebar.get(key) ?? [];
		const part = partOf(key);
		// A page no sidebar names, in a folder below the navbar's (`guide/drivers/`), keeps its folders' grouping.
		if (sections.length === 0 && part !== undefined && !parts.has(key.replace(/[^/]*$/, ''))) continue;
		const titles = part && part !== sections[0] ? [part, ...sections] : sections;
		if (titles.length > 0) found.set(key, titles);
	}
	return found.size > 0 ? found : undefined;
}
