import type * as t from '@babel/types';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { keyName, moduleScope, resolve, type Value } from './nav-code.ts';
import { SourceUnreadable } from './types.ts';

/**
 * The languages of a VuePress or VitePress site, as its configuration names them: the
 * site's own `locales` (VuePress' `{ '/': { lang: 'en-US' }, '/de/': { lang: 'de-DE' } }`,
 * often spread in from a module per language; VitePress' `{ root: { lang: 'en-US' }, zh: … }`),
 * read as code, never run. Each key but the root's is a folder of pages in that language,
 * served under its name (`docs/de/faq.md` at `/de/faq.html`), whether or not its pages mirror
 * another language's paths. The theme's `locales` (labels of its language menu) name no
 * folder and are not read.
 */

/** The generator whose configuration is read, as messages name it. */
export type LocalesSite = 'VuePress' | 'VitePress' | 'Rspress';

export interface VuepressLocale {
	/** The folder of its pages (`de`), `''` for the site's root. */
	folder: string;
	/** Its `lang` (`de-DE`), when written. */
	lang?: string;
	/** Whether it is the site's root locale (`/`, VitePress' `root`), whose pages a VitePress site's `rewrites` may keep in a folder (`en/`). */
	root?: boolean;
}

/** The site's `title` and `description`, which the default theme's home page shows as its hero's words unless it sets its own. */
export interface VuepressSiteTexts {
	title?: string;
	description?: string;
}

/** The `title` and `description` of an object of the configuration, where written as strings. */
function textsOf(value: Value | undefined): VuepressSiteTexts {
	const object = resolve(value);
	if (object?.node.type !== 'ObjectExpression') return {};
	const text = (name: string) => {
		const node = propertyValue(object.node as t.ObjectExpression, name);
		return stringValue(resolve(node && { node, scope: object.scope })?.node);
	};
	const title = text('title');
	const description = text('description');
	return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

/**
 * The site's `title` and `description` for the pages of a folder (`''` for the root's): the
 * locale's own (`'/de/': { title: 'Lantern-Dokumentation' }`), else the site's, as VuePress
 * falls back to them.
 */
export function vuepressSiteTexts(config: string, folder: string): VuepressSiteTexts {
	const root = resolve(moduleScope(config, new Map()).names.get('default'));
	if (root?.node.type !== 'ObjectExpression') return {};
	const site = textsOf(root);
	let own: VuepressSiteTexts = {};
	const locales = propertyValue(root.node, 'locales');
	const walk = (start: Value | undefined, depth: number) => {
		const value = resolve(start);
		if (value?.node.type !== 'ObjectExpression' || depth > 4) return;
		for (const property of value.node.properties) {
			if (property.type === 'SpreadElement') walk({ node: property.argument, scope: value.scope }, depth + 1);
			else if (property.type === 'ObjectProperty' && keyName(property)?.replace(/^\/+|\/+$/g, '') === folder)
				own = { ...textsOf({ node: property.value, scope: value.scope }), ...own };
		}
	};
	if (locales) walk({ node: locales, scope: root.scope }, 0);
	return { ...site, ...own };
}

/**
 * The top-level `locales` of the configuration's default export, spreads followed; undefined
 * when it names fewer than two. VuePress' keys are paths (`'/de/'`); VitePress' are a folder's
 * name, with or without slashes (`zh`, `'/ko/'`), or `root`, whose pages are at the site's
 * root or in the folder its `rewrites` serve there (`rootFolder`).
 */
export function configuredLocales(
	config: string,
	site: LocalesSite,
	rootFolder?: string,
): VuepressLocale[] | undefined {
	const root = resolve(moduleScope(config, new Map()).names.get('default'));
	if (root?.node.type !== 'ObjectExpression') return undefined;
	const locales = propertyValue(root.node, 'locales');
	const found: VuepressLocale[] = [];
	const walk = (start: Value | undefined, depth: number) => {
		const value = resolve(start);
		if (value?.node.type !== 'ObjectExpression' || depth > 4) return;
		for (const property of value.node.properties) {
			if (property.type === 'SpreadElement') {
				walk({ node: property.argument, scope: value.scope }, depth + 1);
				continue;
			}
			if (property.type !== 'ObjectProperty') continue;
			const key = keyName(property);
			if (key === undefined || (site === 'VuePress' && !key.startsWith('/'))) continue;
			const root = key === '/' || (site === 'VitePress' && key === 'root');
			const folder = root && site === 'VitePress' ? (rootFolder ?? '') : key.replace(/^\/+|\/+$/g, '');
			// A locale deeper than one folder (`/docs/de/`) is not one this reader places.
			if (folder.includes('/') || found.some((locale) => locale.folder === folder)) continue;
			const options = resolve({ node: property.value, scope: value.scope });
			const lang =
				options?.node.type === 'ObjectExpression'
					? stringValue(resolve(langNode(options.node, options.scope))?.node)
					: undefined;
			found.push({ folder, ...(lang === undefined ? {} : { lang }), ...(root ? { root } : {}) });
		}
	};
	if (locales) walk({ node: locales, scope: root.scope }, 0);
	return found.length > 1 ? found : undefined;
}

const langNode = (object: t.ObjectExpression, scope: Value['scope']): Value | undefined => {
	const node = propertyValue(object, 'lang');
	return node && { node, scope };
};

export interface VuepressLanguages {
	/** The locale whose pages the import brings. */
	kept: VuepressLocale;
	/** What chose it, for the report: `--locale`, the site's English pages. */
	from: string;
	/** The folders of the other locales, whose pages are left out and listed. */
	others: Set<string>;
	/** Whether the root's pages are another locale's (the site's `/` locale when --locale named a folder). */
	rootIsOther: boolean;
}

const named = (locale: VuepressLocale) => (locale.folder === '' ? '/' : `${locale.folder}/`);

/**
 * The locale the import brings from a site of several: `--locale`'s (a folder's name or a
 * `lang`, in any letter case, `de` or `de-DE`), else the root's (`/`), else the English
 * folder's (`en/`, or a `lang` in English), else the first listed. A `--locale` the site has
 * no locale for stops the import with the ones it has.
 */
export function localeLanguages(
	locales: readonly VuepressLocale[],
	site: LocalesSite,
	asked?: string,
): VuepressLanguages {
	const matches = (locale: VuepressLocale, wanted: string) => {
		const lower = wanted.toLowerCase();
		const lang = locale.lang?.toLowerCase();
		return locale.folder.toLowerCase() === lower || lang === lower || lang?.split('-')[0] === lower;
	};
	const chosen = (kept: VuepressLocale, from: string): VuepressLanguages => ({
		kept,
		from,
		others: new Set(locales.filter((locale) => locale !== kept && locale.folder !== '').map((l) => l.folder)),
		rootIsOther: kept.folder !== '' && locales.some((locale) => locale.folder === ''),
	});
	if (asked !== undefined) {
		const kept =
			locales.find((locale) => locale.folder.toLowerCase() === asked.toLowerCase()) ??
			locales.find((locale) => matches(locale, asked));
		if (!kept)
			throw new SourceUnreadable(
				`--locale ${asked}: the ${site} site has no locale of that name; its locales are ${locales
					.map((locale) => `${named(locale)}${locale.lang ? ` (${locale.lang})` : ''}`)
					.join(', ')}`,
				'pass one of them, or leave --locale out',
			);
		return chosen(kept, '--locale');
	}
	const root = locales.find((locale) => locale.root === true || locale.folder === '');
	if (root) return chosen(root, 'the site’s root locale; --locale picks another');
	const english = locales.find((locale) => matches(locale, 'en'));
	if (english) return chosen(english, 'its English pages; --locale picks another');
	return chosen(locales[0] as VuepressLocale, 'the first locale its configuration lists; --locale picks another');
}
