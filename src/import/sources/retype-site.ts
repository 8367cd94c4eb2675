import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { displayPath } from '../../content-model/paths.ts';
import { isFileInside } from './file-inside.ts';
import { ignorePatterns } from './ignore-patterns.ts';
import { isFolder } from './is-folder.ts';
import type { Exclusion } from './site-excludes.ts';
import { SourceUnreadable } from './types.ts';

/**
 * A Retype site (retype.com): its project configuration, `retype.yml` (or `retype.yaml`,
 * `retype.json`), names the folder of its pages (`input`, the configuration's own folder
 * by default), the site's address (`url`, `docs.acme.com` read as https) and the files it
 * leaves out (`exclude`, written as a `.gitignore` is; names starting with `.` or `_` and
 * `node_modules` always). Each folder may hold an `index.yml` of its own settings (`label`,
 * `route`, `visibility`, `order`), and each page the same in its frontmatter.
 */
export interface RetypeSite {
	/** The folder holding the configuration. */
	root: string;
	/** The configuration file's name, for the report (`retype.yml`). */
	config: string;
	/** Its `url`, as written (`docs.acme.com`, `https://acme.com/docs/`), when it sets one. */
	url?: string;
	/** The folder Retype built pages from: its `input`. */
	input: string;
	/** The imported folder's path under `input` (`''` for `input` itself). */
	folder: string;
	/** The files it left out, by their path in the imported folder. */
	excluded: Exclusion;
}

const CONFIG_FILES = ['retype.yml', 'retype.yaml', 'retype.json'];

/** The configuration in a folder, read; a file that does not parse stops the import with the line at fault. */
function retypeConfig(root: string): { file: string; data: Record<string, unknown> } | undefined {
	const file = CONFIG_FILES.map((name) => path.join(root, name)).find((candidate) => existsSync(candidate));
	if (!file) return undefined;
	const text = readFileSync(file, 'utf8');
	const hint = `fix ${path.basename(file)}: Retype would not build the site from it either`;
	let data: unknown;
	if (file.endsWith('.json')) {
		try {
			data = JSON.parse(text);
		} catch (error) {
			throw new SourceUnreadable(`${displayPath(file)}: not valid JSON (${(error as Error).message})`, hint);
		}
	} else {
		const document = parseDocument(text, { logLevel: 'silent' });
		const [first] = document.errors;
		if (first) {
			const line = first.linePos?.[0]?.line;
			const reason = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
			throw new SourceUnreadable(`${displayPath(file)}${line ? `:${line}` : ''}: not valid YAML (${reason})`, hint);
		}
		data = document.toJS();
	}
	if (data === null || data === undefined) return { file, data: {} };
	if (typeof data !== 'object' || Array.isArray(data))
		throw new SourceUnreadable(
			`${displayPath(file)}: expected the project's settings (key: value lines), found a ${Array.isArray(data) ? 'list' : typeof data}`,
			hint,
		);
	return { file, data: data as Record<string, unknown> };
}

const strings = (value: unknown): string[] =>
	(Array.isArray(value) ? value : []).filter((entry): entry is string => typeof entry === 'string');

/** What Retype always leaves out: names starting with `.` or `_`, and `node_modules`. */
const OWN_EXCLUSIONS = ignorePatterns(['.*', '_*', 'node_modules/']);

/** The Retype site whose root or `input` folder the folder is, or is in (up to three folders below it). */
export function retypeSiteOf(dir: string): RetypeSite | undefined {
	const target = path.resolve(dir);
	for (const up of [0, 1, 2, 3]) {
		const root = path.resolve(dir, ...Array(up).fill('..'));
		const read = retypeConfig(root);
		if (!read) continue;
		const input = path.resolve(root, typeof read.data.input === 'string' ? read.data.input : '.');
		const inside = path.relative(input, target);
		if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
		const own = ignorePatterns(strings(read.data.exclude));
		const config = path.basename(read.file);
		return {
			root,
			config,
			...(typeof read.data.url === 'string' && read.data.url.trim() !== '' ? { url: read.data.url.trim() } : {}),
			input,
			folder: inside.split(path.sep).join('/'),
			excluded: (relative) => {
				const fromInput = path.relative(input, path.resolve(target, relative)).split(path.sep).join('/');
				const pattern = own.match(fromInput);
				if (pattern !== undefined) return { setting: `exclude in ${config}`, pattern };
				const builtIn = OWN_EXCLUSIONS.match(fromInput);
				return builtIn === undefined ? undefined : { setting: "Retype's own exclusions", pattern: builtIn };
			},
		};
	}
	return undefined;
}

/** The `input` folder of the Retype site whose root the folder is, when it is another folder: what to import when a team names the repository. */
export function retypePagesFolder(siteRoot: string): { folder: string; config: string } | undefined {
	const read = retypeConfig(siteRoot);
	if (!read || typeof read.data.input !== 'string') return undefined;
	const folder = path.resolve(siteRoot, read.data.input);
	return folder !== path.resolve(siteRoot) && isFolder(folder)
		? { folder, config: path.basename(read.file) }
		: undefined;
}

/**
 * The site's `url` as an address (`docs.acme.com` is `https://docs.acme.com`, as Retype
 * reads it), with the path it served the pages under (`/docs` for `acme.com/docs`).
 */
export function retypeUrl(written: string | undefined): string | undefined {
	if (written === undefined) return undefined;
	return /^[a-z][\w+.-]*:\/\//i.test(written) ? written : `https://${written.replace(/^\/+/, '')}`;
}

/** A folder's `index.yml` settings (`label`, `route`, `permalink`, `visibility`), when it has a file that reads. */
export function retypeFolderSettings(folder: string): Record<string, unknown> {
	for (const name of ['index.yml', 'index.yaml']) {
		const file = path.join(folder, name);
		if (!existsSync(file)) continue;
		const document = parseDocument(readFileSync(file, 'utf8'), { logLevel: 'silent' });
		const data: unknown = document.errors.length > 0 ? undefined : document.toJS();
		return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	}
	return {};
}

const setting = (data: Record<string, unknown>, ...keys: string[]) => {
	for (const key of keys) {
		const value = data[key];
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
	}
	return undefined;
};

/** A folder's name in the sidebar: its `index.yml`'s `label`. */
export function retypeFolderLabel(folder: string): string | undefined {
	return setting(retypeFolderSettings(folder), 'label');
}

/** A name as Retype writes it into an address: lower case, spaces as hyphens. */
const addressName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, '-');

/**
 * Where Retype served a page, from the site's root and without slashes around it: its
 * `route` (or `permalink`) as the whole address; else its folders, each at its own
 * `index.yml` `route` when it sets one, and its file's name, in lower case and without its
 * extension; a folder's `index.md`, `readme.md` or `default.md` at the folder.
 */
export function retypePagePath(site: Pick<RetypeSite, 'input'>, file: string, data: Record<string, unknown>): string {
	const own = setting(data, 'route', 'permalink');
	if (own !== undefined) return own.replace(/^\/+|\/+$/g, '');
	const parts = path.relative(site.input, file).split(path.sep);
	const name = (parts.pop() ?? '').replace(/\.(mdx?|markdown)$/i, '');
	let address = '';
	let folder = site.input;
	for (const part of parts) {
		folder = path.join(folder, part);
		const route = setting(retypeFolderSettings(folder), 'route', 'permalink');
		address =
			route !== undefined ? route.replace(/^\/+|\/+$/g, '') : [address, addressName(part)].filter(Boolean).join('/');
	}
	if (/^(index|readme|default)$/i.test(name)) return address;
	return [address, addressName(name)].filter(Boolean).join('/');
}

/**
 * Why Retype kept a page out of its navigation and search (`visibility: hidden` on the
 * page or on a folder around it, in its `index.yml`), or asked a password for it
 * (`protected`, `private`): the setting, and which.
 */
export function retypeVisibility(
	site: Pick<RetypeSite, 'input'>,
	file: string,
	data: Record<string, unknown>,
): { visibility: 'hidden' | 'protected' | 'private'; setting: string } | undefined {
	const own = setting(data, 'visibility')?.toLowerCase();
	if (own === 'hidden' || own === 'protected' || own === 'private')
		return { visibility: own, setting: `visibility: ${own}` };
	const parts = path.relative(site.input, path.dirname(file)).split(path.sep).filter(Boolean);
	for (let depth = parts.length; depth >= 1; depth--) {
		const folder = path.join(site.input, ...parts.slice(0, depth));
		const value = setting(retypeFolderSettings(folder), 'visibility')?.toLowerCase();
		if (value === 'hidden' || value === 'protected' || value === 'private')
			return {
				visibility: value,
				setting: `visibility: ${value} in ${[...parts.slice(0, depth), 'index.yml'].join('/')}`,
			};
	}
	return undefined;
}

/**
 * The title Retype gave a page a link leads to (`[!ref](../billing/refunds.md)`): its
 * `label`, else its `title`, else its first heading; only a page inside the site.
 */
export function retypeLinkedTitle(site: Pick<RetypeSite, 'input'>, from: string, url: string): string | undefined {
	if (/^[a-z][\w+.-]*:|^\/\/|^#/i.test(url)) return undefined;
	const target = url.replace(/[?#].*$/, '');
	const file = target.startsWith('/') ? path.join(site.input, target) : path.resolve(path.dirname(from), target);
	const candidates = /\.(mdx?|markdown)$/i.test(file)
		? [file]
		: [`${file}.md`, path.join(file, 'index.md'), path.join(file, 'readme.md')];
	const found = candidates.find((candidate) => isFileInside(site.input, candidate));
	if (!found) return undefined;
	const text = readFileSync(found, 'utf8');
	const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const field = (name: string) => new RegExp(`^${name}:[ \\t]*(["']?)(.+?)\\1[ \\t]*$`, 'm').exec(front)?.[2];
	return field('label') ?? field('title') ?? /^#[ \t]+(.+?)[ \t#]*$/m.exec(text.slice(front.length))?.[1];
}

/** The text of an include (`{{ include "snippets/contact" }}`): a file of the project's `_includes/` folder, `.md` if none is written. */
export function retypeInclude(site: Pick<RetypeSite, 'input' | 'root'>, name: string): string | undefined {
	const written = name.replace(/^\/+/, '');
	const named = /\.[a-z]+$/i.test(written) ? [written] : [`${written}.md`, written];
	for (const folder of [path.join(site.input, '_includes'), path.join(site.root, '_includes')])
		for (const each of named) {
			const file = path.join(folder, each);
			if (isFileInside(folder, file))
				return readFileSync(file, 'utf8').replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
		}
	return undefined;
}
