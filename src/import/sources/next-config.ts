import path from 'node:path';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { keyName, moduleScope, resolve, unwrap, type Value } from './nav-code.ts';

/**
 * What a Next.js site's `next.config.*` says about where its pages were: its `basePath`,
 * its `i18n` locales and its `redirects`, read as code, never run. The configuration is
 * often wrapped in a plugin's call (`withNextra({ … })`, `module.exports = withNextra(config)`).
 */

/** The object a Next.js configuration exports, through the plugin calls and names around it. */
function configObject(root: Value | undefined): Value | undefined {
	let current = root;
	for (let depth = 0; current && depth < 8; depth++) {
		const node = unwrap(current.node);
		if (node?.type === 'Identifier') current = current.scope.names.get(node.name);
		else if (node?.type === 'CallExpression') {
			const [first] = node.arguments;
			current = first ? { node: first, scope: current.scope } : undefined;
		} else return node?.type === 'ObjectExpression' ? { node, scope: current.scope } : undefined;
	}
	return undefined;
}

const exported = (config: string) => configObject(moduleScope(config, new Map()).names.get('default'));

/** The value of a property of the configuration's object, its names followed. */
function setting(object: Value, name: string): Value | undefined {
	if (object.node.type !== 'ObjectExpression') return undefined;
	const node = propertyValue(object.node, name);
	return node ? resolve({ node, scope: object.scope }) : undefined;
}

export interface NextSettings {
	/** `basePath`: the path Next.js served every page, redirect and link under (`/docs`). */
	basePath?: string;
	/** `i18n`: the locales the site was served in and the one served without a prefix. */
	i18n?: { locales: string[]; defaultLocale?: string };
	/** `pageExtensions`: the file extensions Next.js routed as pages (`['js', 'jsx', 'md']`). */
	pageExtensions?: string[];
}

/** The strings of a list the configuration writes as plain values. */
function strings(listed: Value | undefined): string[] {
	if (listed?.node.type !== 'ArrayExpression') return [];
	return listed.node.elements.flatMap((element) => {
		const value = element ? stringValue(resolve({ node: element, scope: listed.scope })?.node) : undefined;
		return value ? [value] : [];
	});
}

/** A Next.js configuration's `basePath`, `i18n` and `pageExtensions`, when it writes them as plain values. */
export function nextSettings(config: string): NextSettings {
	const object = exported(config);
	if (!object) return {};
	const base = stringValue(setting(object, 'basePath')?.node)?.replace(/\/+$/, '');
	const i18n = setting(object, 'i18n');
	const locales = strings(i18n && setting(i18n, 'locales'));
	const extensions = strings(setting(object, 'pageExtensions'));
	const defaultLocale = i18n && stringValue(setting(i18n, 'defaultLocale')?.node);
	return {
		...(base?.startsWith('/') ? { basePath: base } : {}),
		...(locales.length > 0 ? { i18n: { locales, ...(defaultLocale ? { defaultLocale } : {}) } } : {}),
		...(extensions.length > 0 ? { pageExtensions: extensions } : {}),
	};
}

/** A `source` pattern's alternatives written out: `/guide/:slug(latex|mermaid)` is `/guide/latex` and `/guide/mermaid`. */
function expandAlternatives(source: string, destination: string): { from: string; to: string }[] | undefined {
	const match = /:(\w+)\(([\w|-]+)\)/.exec(source);
	if (!match) return /[:*(]/.test(source) || /[:*]/.test(destination) ? undefined : [{ from: source, to: destination }];
	const [whole, name, list] = match as unknown as [string, string, string];
	return list.split('|').flatMap((value) => {
		const from = source.replace(whole, value);
		const to = destination.replaceAll(`:${name}`, value);
		return expandAlternatives(from, to) ?? [];
	});
}

/**
 * The list a Next.js configuration's `redirects` returns: `redirects` is a function
 * (`() => [...]`, `async redirects() { return [...] }`) or the list itself.
 */
function redirectsValue(object: Value | undefined): Value | undefined {
	if (object?.node.type !== 'ObjectExpression') return undefined;
	for (const property of object.node.properties) {
		if (property.type === 'ObjectMethod' && property.key.type === 'Identifier' && property.key.name === 'redirects') {
			const returned = property.body.body.find((statement) => statement.type === 'ReturnStatement');
			return returned?.type === 'ReturnStatement' && returned.argument
				? { node: returned.argument, scope: object.scope }
				: undefined;
		}
		if (property.type === 'ObjectProperty' && keyName(property) === 'redirects') {
			const value = resolve({ node: property.value, scope: object.scope });
			const fn = value?.node;
			if (value && (fn?.type === 'ArrowFunctionExpression' || fn?.type === 'FunctionExpression')) {
				if (fn.body.type !== 'BlockStatement') return { node: fn.body, scope: value.scope };
				const returned = fn.body.body.find((statement) => statement.type === 'ReturnStatement');
				return returned?.type === 'ReturnStatement' && returned.argument
					? { node: returned.argument, scope: value.scope }
					: undefined;
			}
			return value;
		}
	}
	return undefined;
}

/**
 * The `redirects` a Next.js configuration returns (`[{ source, destination, permanent }]`),
 * read as code, never run: each plain one, and each alternative of a `:slug(a|b)` pattern
 * written out; `patterns`, those naming no one address (`/blog/:slug*`). Next.js puts its
 * `basePath` before both addresses unless the redirect says `basePath: false` (`outsideBase`).
 */
export function nextRedirects(config: string): {
	redirects: { from: string; to: string; written: string; outsideBase?: boolean }[];
	patterns: string[];
} {
	const file = path.basename(config);
	const redirects: { from: string; to: string; written: string; outsideBase?: boolean }[] = [];
	const patterns: string[] = [];
	const array = resolve(redirectsValue(exported(config)));
	if (array?.node.type !== 'ArrayExpression') return { redirects, patterns };
	for (const element of array.node.elements) {
		const entry = element && resolve({ node: element, scope: array.scope });
		if (entry?.node.type !== 'ObjectExpression') continue;
		const source = stringValue(propertyValue(entry.node, 'source'));
		const destination = stringValue(propertyValue(entry.node, 'destination'));
		if (source === undefined || destination === undefined) continue;
		const base = unwrap(propertyValue(entry.node, 'basePath'));
		const outsideBase = base?.type === 'BooleanLiteral' && !base.value;
		const written = `${file}: redirect ${source} → ${destination}`;
		const expanded = expandAlternatives(source, destination);
		if (!expanded) patterns.push(written);
		for (const { from, to } of expanded ?? [])
			redirects.push({
				from,
				to,
				written: `${file}: redirect ${from} → ${to}`,
				...(outsideBase ? { outsideBase } : {}),
			});
	}
	return { redirects, patterns };
}
