import type * as t from '@babel/types';
import { stringValue } from './docusaurus-docs-routes.ts';
import { keyName, moduleScope, propertiesNamed, resolve } from './nav-code.ts';

/**
 * What a VuePress 2 site's `@vuepress/plugin-redirect` redirected, read from its
 * configuration as code, never run: its `config` written as an object of addresses
 * (`{ '/old.html': '/new.html' }`; one a function builds is not read), and whether
 * `autoLocale` sent an address without a locale (`/guide/setup.html`) to a locale's page of
 * that path (`/en/guide/setup.html`).
 */
export interface VuepressRedirects {
	redirects: { from: string; to: string }[];
	autoLocale: boolean;
}

export function vuepressRedirects(config: string): VuepressRedirects {
	const root = resolve(moduleScope(config, new Map()).names.get('default'));
	if (!root) return { redirects: [], autoLocale: false };
	const autoLocale = propertiesNamed(root, 'autoLocale').some((value) => {
		const node = resolve(value)?.node;
		return node?.type === 'BooleanLiteral' && node.value;
	});
	const redirects: { from: string; to: string }[] = [];
	for (const value of propertiesNamed(root, 'config')) {
		const object = resolve(value);
		if (object?.node.type !== 'ObjectExpression') continue;
		for (const property of (object.node as t.ObjectExpression).properties) {
			if (property.type !== 'ObjectProperty') continue;
			const from = keyName(property);
			const to = stringValue(resolve({ node: property.value, scope: object.scope })?.node);
			if (from?.startsWith('/') && to !== undefined) redirects.push({ from, to });
		}
	}
	return { redirects, autoLocale };
}
