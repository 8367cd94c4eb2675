import path from 'node:path';
import type * as t from '@babel/types';
import { stringValue } from './docusaurus-docs-routes.ts';
import { keyName, moduleScope, resolve } from './nav-code.ts';

/** An old address a VitePress site redirected, as its configuration wrote it, with where it says so. */
export interface VitepressRedirect {
	from: string;
	to: string;
	written: string;
}

/** An address a redirect may lead to: one of the site (`/orders/refunds`) or another site's. */
const ADDRESS = /^(?:\/|https?:\/\/)/;

/** The redirects a VitePress site kept in code, and those no address can be read from, for review. */
export interface VitepressRedirects {
	redirects: VitepressRedirect[];
	review: string[];
}

/**
 * The redirects a VitePress site kept in its configuration's code, read, never run.
 * VitePress has no redirects setting, so sites keep a map of old addresses to new ones
 * (`{ '/2.0/orders/refund.html': '/orders/refunds' }`) that their `buildEnd` writes
 * redirect pages for: every object written in the configuration or imported into it
 * whose keys and values are all strings, most keys root-relative addresses (one without
 * its `/`, `2.0/orders/`, is from the root too, as `buildEnd` writes it) and most values
 * addresses. A sidebar per folder (`{ '/guide/': [...] }`) or the folders' names
 * (`{ '/guide/': 'Guide' }`) are no such map. An entry of the map whose value is no
 * address (`'orders/refunds'`, which a browser reads from the old address's folder) is
 * listed for review. A map only the theme's router follows (in `.vitepress/theme/`) is
 * not read.
 */
export function vitepressRedirects(config: string): VitepressRedirects {
	const file = path.basename(config);
	const read: VitepressRedirects = { redirects: [], review: [] };
	for (const value of moduleScope(config, new Map()).names.values()) {
		const object = resolve(value);
		if (object?.node.type !== 'ObjectExpression') continue;
		const entries: { from: string; to: string }[] = [];
		for (const property of (object.node as t.ObjectExpression).properties) {
			const from = property.type === 'ObjectProperty' ? keyName(property) : undefined;
			const to =
				property.type === 'ObjectProperty'
					? stringValue(resolve({ node: property.value, scope: object.scope })?.node)
					: undefined;
			if (from === undefined || to === undefined) {
				entries.length = 0;
				break;
			}
			entries.push({ from, to });
		}
		const rooted = entries.filter((entry) => entry.from.startsWith('/'));
		const addresses = entries.filter((entry) => ADDRESS.test(entry.to));
		if (rooted.length * 2 <= entries.length || addresses.length * 2 <= entries.length) continue;
		for (const { from, to } of entries) {
			const written = `${file}: redirect ${from} → ${to}`;
			// An old address is the site's, from its root, written with its `/` or without (`2.0/orders/`).
			if (ADDRESS.test(to)) read.redirects.push({ from: from.startsWith('/') ? from : `/${from}`, to, written });
			else read.review.push(`${written}: leads to no address of the site; its old address leads nowhere`);
		}
	}
	return read;
}
