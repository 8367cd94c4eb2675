import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { moduleScope, propertiesNamed, resolve, sectionTitle, type Value } from './nav-code.ts';
import type { NavSections } from './nav-sections.ts';

/**
 * A Starlight site's sidebar, in its `astro.config.*`: groups (`{ label, items }`),
 * nested, whose pages are named by `link` (`/setup/pair/`), by `slug` or by a bare
 * string (`'setup/charge'`), and groups that list a folder of pages themselves
 * (`{ label, autogenerate: { directory: 'fixes' } }`), each subfolder below it a group
 * named by the folder. Read as code, never run: names, local modules and functions are
 * followed as for VitePress (nav-code.ts).
 */

const CONFIGS = ['mjs', 'ts', 'mts', 'js', 'cjs'].map((extension) => `astro.config.${extension}`);

/** The `astro.config.*` that sets up Starlight for the site whose `src/content/docs` is `dir`. */
export function starlightConfig(dir: string): string | undefined {
	const root = path.resolve(dir, '..', '..', '..');
	if (path.relative(root, path.resolve(dir)).split(path.sep).join('/') !== 'src/content/docs') return undefined;
	return CONFIGS.map((name) => path.join(root, name)).find(
		(file) => existsSync(file) && readFileSync(file, 'utf8').includes('@astrojs/starlight'),
	);
}

/** A page's slug as Starlight gives it and links name it: its path without extension, a folder's index the folder. */
const slugOf = (page: string) =>
	page
		.replace(/[?#].*$/, '')
		.replace(/^\/+|\/+$/g, '')
		.replace(/\.(mdx?|mdoc|markdown)$/i, '')
		.replace(/(^|\/)index$/i, '')
		.toLowerCase();

/** The sections of the folder's files (paths from `src/content/docs`) in the site's sidebar; undefined without one. */
export function starlightNavSections(config: string, files: readonly string[]): NavSections | undefined {
	const root = moduleScope(config, new Map()).names.get('default');
	const [sidebar] = root ? propertiesNamed(root, 'sidebar') : [];
	if (!sidebar) return undefined;
	const bySlug = new Map<string, readonly string[]>();
	const directories: { directory: string; sections: readonly string[] }[] = [];
	const add = (page: string | undefined, sections: readonly string[]) => {
		if (page === undefined || sections.length === 0 || /^[a-z][a-z\d+.-]*:/i.test(page)) return;
		const slug = slugOf(page);
		if (!bySlug.has(slug)) bySlug.set(slug, sections);
	};
	const items = (value: Value | undefined, sections: readonly string[], depth: number) => {
		const list = resolve(value);
		if (list?.node.type !== 'ArrayExpression' || depth > 12) return;
		for (const element of list.node.elements) {
			if (!element) continue;
			// `...openAPISidebarGroups`: a plugin's groups, or a list of the site's own.
			const item = resolve({ node: element.type === 'SpreadElement' ? element.argument : element, scope: list.scope });
			if (item?.node.type === 'ArrayExpression') items(item, sections, depth + 1);
			if (item?.node.type === 'StringLiteral') add(item.node.value, sections);
			if (item?.node.type !== 'ObjectExpression') continue;
			const object = item.node;
			const get = (key: string) => {
				const node = propertyValue(object, key);
				return node ? resolve({ node, scope: item.scope }) : undefined;
			};
			const inner = get('items');
			const generated = get('autogenerate');
			if (!inner && !generated) {
				add(stringValue(get('slug')?.node) ?? stringValue(get('link')?.node), sections);
				continue;
			}
			const label = sectionTitle(stringValue(get('label')?.node));
			const within = label ? [...sections, label] : sections;
			if (inner) items(inner, within, depth + 1);
			const named =
				generated?.node.type === 'ObjectExpression' ? propertyValue(generated.node, 'directory') : undefined;
			const directory =
				named && generated ? stringValue(resolve({ node: named, scope: generated.scope })?.node) : undefined;
			if (directory !== undefined && within.length > 0)
				directories.push({ directory: slugOf(directory), sections: within });
		}
	};
	items(sidebar, [], 0);
	const sections: NavSections = new Map();
	for (const file of files) {
		const posix = file.split(path.sep).join('/');
		const slug = slugOf(posix);
		const listed = bySlug.get(slug);
		if (listed) {
			sections.set(posix, listed);
			continue;
		}
		const generated = directories.find(({ directory }) => slug.startsWith(`${directory}/`));
		if (!generated) continue;
		// Each folder below the directory is a group of its own, named as the folder is.
		const folders = posix.split('/').slice(generated.directory.split('/').length, -1);
		sections.set(posix, [...generated.sections, ...folders]);
	}
	return sections;
}
