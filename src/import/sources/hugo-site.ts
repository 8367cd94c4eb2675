import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { HugoSiteShortcodes } from '../convert/hugo.ts';

/** Where a Hugo site keeps its own shortcodes (`_shortcodes` since Hugo 0.146), before its themes'. */
const SHORTCODE_FOLDERS = ['layouts/_shortcodes', 'layouts/shortcodes'];
const CONFIG_FILES = ['hugo', 'config'].flatMap((name) =>
	['yaml', 'yml', 'json', 'toml'].map((ext) => `${name}.${ext}`),
);
/** A template larger than this is a page layout, not a shortcode a reader can follow. */
const MAX_TEMPLATE = 20_000;

const isFolder = (folder: string) => statSync(folder, { throwIfNoEntry: false })?.isDirectory() === true;

/** The `.html` templates of one folder, by shortcode name. */
function templatesIn(folder: string, into: Map<string, string>) {
	if (!isFolder(folder)) return;
	for (const name of readdirSync(folder).sort()) {
		const match = /^([\w.-]+)\.html$/i.exec(name);
		const file = path.join(folder, name);
		if (!match?.[1] || into.has(match[1].toLowerCase())) continue;
		const size = statSync(file, { throwIfNoEntry: false });
		if (!size?.isFile() || size.size > MAX_TEMPLATE) continue;
		into.set(match[1].toLowerCase(), readFileSync(file, 'utf8'));
	}
}

/** A TOML configuration's `[params]` table, its plain `key = value` lines (strings, numbers, booleans). */
function tomlParams(text: string): Record<string, unknown> {
	const params: Record<string, unknown> = {};
	let inParams = false;
	for (const line of text.split('\n')) {
		const table = /^\s*\[([^\]]+)\]\s*$/.exec(line);
		if (table) {
			inParams = table[1]?.trim().toLowerCase() === 'params';
			continue;
		}
		if (!inParams) continue;
		const entry =
			/^\s*([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(true|false)|(-?\d+(?:\.\d+)?))\s*(?:#.*)?$/.exec(line);
		if (!entry?.[1]) continue;
		params[entry[1]] =
			entry[2] !== undefined
				? (JSON.parse(`"${entry[2]}"`) as string)
				: (entry[3] ?? (entry[4] ? entry[4] === 'true' : Number(entry[5])));
	}
	return params;
}

/** The site's `params`, from its configuration file (YAML, JSON or TOML) or `config/_default/params.*`. */
function siteParams(siteRoot: string): Record<string, unknown> {
	const files = [
		...CONFIG_FILES.map((name) => path.join(siteRoot, name)),
		...['yaml', 'yml', 'toml', 'json'].map((ext) => path.join(siteRoot, 'config', '_default', `params.${ext}`)),
		...CONFIG_FILES.map((name) => path.join(siteRoot, 'config', '_default', name)),
	];
	for (const file of files) {
		if (!existsSync(file)) continue;
		const own = path.basename(file).startsWith('params.');
		try {
			const text = readFileSync(file, 'utf8');
			if (file.endsWith('.toml')) {
				const params = own ? tomlParams(`[params]\n${text}`) : tomlParams(text);
				if (Object.keys(params).length > 0) return params;
				continue;
			}
			// A YAML configuration ending in `---` holds a second, empty document: the first is the site's.
			const parsed = (
				file.endsWith('.json') ? JSON.parse(text) : parseAllDocuments(text, { uniqueKeys: false })[0]?.toJS()
			) as Record<string, unknown> | null | undefined;
			// Hugo reads its configuration's keys in any case (`Params:`).
			const key = parsed && Object.keys(parsed).find((name) => name.toLowerCase() === 'params');
			const params = own ? parsed : key ? parsed?.[key] : undefined;
			if (params && typeof params === 'object' && !Array.isArray(params)) return params as Record<string, unknown>;
		} catch {
			// A configuration that cannot be read gives no params; templates that need them render nothing.
		}
	}
	return {};
}

/**
 * The shortcode templates and params of the Hugo site a content folder belongs to
 * (the folder itself, or the site one or two folders up: `content/`, `content/docs/`),
 * its own templates before its themes'. Undefined when it has none.
 */
export function hugoSiteShortcodes(dir: string): HugoSiteShortcodes | undefined {
	for (const up of [0, 1, 2]) {
		const siteRoot = path.resolve(dir, ...Array(up).fill('..'));
		const templates = new Map<string, string>();
		for (const folder of SHORTCODE_FOLDERS) templatesIn(path.join(siteRoot, folder), templates);
		const themes = path.join(siteRoot, 'themes');
		if (isFolder(themes))
			for (const theme of readdirSync(themes).sort())
				for (const folder of SHORTCODE_FOLDERS) templatesIn(path.join(themes, theme, folder), templates);
		if (templates.size > 0) return { templates, params: siteParams(siteRoot) };
	}
	return undefined;
}
