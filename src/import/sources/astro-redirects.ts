import path from 'node:path';
import { hugoBaseUrl } from './configured-site.ts';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { keyName, moduleScope, propertiesNamed, resolve, type Value } from './nav-code.ts';

/** The object the configuration's default export gives `defineConfig`, or undefined. */
function configObject(config: string): Value | undefined {
	const root = resolve(moduleScope(config, new Map()).names.get('default'));
	return root?.node.type === 'ObjectExpression' ? root : undefined;
}

/** The object a key of `object` holds (`vite`, then `resolve`), read through names, or undefined. */
function objectAt(object: Value | undefined, key: string): Value | undefined {
	if (object?.node.type !== 'ObjectExpression') return undefined;
	const value = propertyValue(object.node, key);
	const found = value ? resolve({ node: value, scope: object.scope }) : undefined;
	return found?.node.type === 'ObjectExpression' ? found : undefined;
}

/**
 * An Astro site's `base` (`base: '/docs'` → `/docs`), read as code, never run: Astro serves
 * every page under it, and its `redirects` keys too; empty for a site at the host's root.
 */
export function astroBase(config: string): string {
	const root = configObject(config);
	if (root?.node.type !== 'ObjectExpression') return '';
	const value = propertyValue(root.node, 'base');
	const base = stringValue(value ? resolve({ node: value, scope: root.scope })?.node : undefined) ?? '';
	return base.startsWith('/') ? base.replace(/\/+$/, '') : '';
}

/**
 * The site's address an Astro configuration names in `site` (`https://docs.acme.com`),
 * read as a Hugo `baseURL` is (a local server or a placeholder names none), with the
 * setting the report says it came from; read as code, never run.
 */
export function astroSite(config: string): { site: URL; setting: string } | undefined {
	const root = configObject(config);
	if (root?.node.type !== 'ObjectExpression') return undefined;
	const value = propertyValue(root.node, 'site');
	const site = hugoBaseUrl(stringValue(value ? resolve({ node: value, scope: root.scope })?.node : undefined))?.site;
	return site && { site, setting: `site in ${path.basename(config)}` };
}

/**
 * The path aliases an Astro configuration gives Vite (`vite: { resolve: { alias: { '@': '/src' } } }`),
 * as prefixes (`@/`) and the folders they name: a value starting `/` is from the project's
 * root, as Vite reads it, `./src` from the configuration's folder. Only aliases written as
 * an object of strings are read; the array form and computed paths (`fileURLToPath(…)`) give none.
 */
export function astroAliases(config: string): { prefix: string; folder: string }[] {
	const alias = objectAt(objectAt(objectAt(configObject(config), 'vite'), 'resolve'), 'alias');
	if (alias?.node.type !== 'ObjectExpression') return [];
	const root = path.dirname(config);
	const found: { prefix: string; folder: string }[] = [];
	for (const property of alias.node.properties) {
		if (property.type !== 'ObjectProperty') continue;
		const key = keyName(property);
		const target = stringValue(resolve({ node: property.value, scope: alias.scope })?.node);
		if (!key || target === undefined || !/^(?:\/|\.{1,2}\/)/.test(target)) continue;
		found.push({ prefix: `${key.replace(/\/+$/, '')}/`, folder: path.join(root, target) });
	}
	return found;
}

/**
 * The redirects an Astro site's configuration declares (`redirects: { '/old': '/new' }`,
 * or `{ status: 301, destination: '/new' }` for a value), read as code, never run:
 * each old address and where it led, with the line the report shows. A dynamic one
 * (`/blog/[slug]`) names no one address and is left out.
 */
export function astroRedirects(config: string): { from: string; to: string; written: string }[] {
	const root = moduleScope(config, new Map()).names.get('default');
	const [redirects] = root ? propertiesNamed(root, 'redirects') : [];
	const object = resolve(redirects);
	if (object?.node.type !== 'ObjectExpression') return [];
	const file = path.basename(config);
	const found: { from: string; to: string; written: string }[] = [];
	for (const property of object.node.properties) {
		if (property.type !== 'ObjectProperty') continue;
		const from = keyName(property);
		const value = resolve({ node: property.value, scope: object.scope });
		const destination =
			value?.node.type === 'ObjectExpression'
				? resolve({ node: propertyValue(value.node, 'destination') ?? value.node, scope: value.scope })?.node
				: value?.node;
		const to = stringValue(destination);
		if (!from?.startsWith('/') || to === undefined || /[[\]]/.test(from)) continue;
		found.push({ from, to, written: `${file}: redirect ${from} → ${to}` });
	}
	return found;
}
