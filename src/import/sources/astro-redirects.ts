import path from 'node:path';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { keyName, moduleScope, propertiesNamed, resolve } from './nav-code.ts';

/**
 * An Astro site's `base` (`base: '/docs'` → `/docs`), read as code, never run: Astro serves
 * every page under it, and its `redirects` keys too; empty for a site at the host's root.
 */
export function astroBase(config: string): string {
	const root = resolve(moduleScope(config, new Map()).names.get('default'));
	if (root?.node.type !== 'ObjectExpression') return '';
	const value = propertyValue(root.node, 'base');
	const base = stringValue(value ? resolve({ node: value, scope: root.scope })?.node : undefined) ?? '';
	return base.startsWith('/') ? base.replace(/\/+$/, '') : '';
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
