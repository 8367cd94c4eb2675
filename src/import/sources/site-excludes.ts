import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { yamlConfigFile } from './config-data.ts';
import { globPatterns, type IgnorePatterns, ignorePatterns } from './ignore-patterns.ts';

/** Which setting of the old site's configuration left a file out of it, and by which pattern. */
export type Exclusion = (relative: string) => { setting: string; pattern: string } | undefined;

/**
 * What Jekyll leaves out of every site (Jekyll 4 adds a site's own `exclude` to these;
 * they are the list `jekyll new` writes).
 */
const JEKYLL_DEFAULT_EXCLUDE = [
	'.sass-cache/',
	'.jekyll-cache/',
	'gemfiles/',
	'Gemfile',
	'Gemfile.lock',
	'node_modules/',
	'vendor/bundle/',
	'vendor/cache/',
	'vendor/gems/',
	'vendor/ruby/',
];

/**
 * Jekyll's `exclude` entries as its reader matches them, each from the site's source
 * folder: a path a file's path starts with (`docs/internal`, `notes`), or a shell
 * pattern whose `*` also crosses folders (`*.draft.md`, `drafts/*`).
 */
export function jekyllPatterns(entries: readonly string[]): IgnorePatterns {
	const rules = entries
		.filter((entry) => entry.trim() !== '')
		.map((entry) => {
			const written = entry.trim().replace(/^\.\//, '');
			const source = [...written]
				.map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
				.join('');
			return { pattern: entry, prefix: written, regex: new RegExp(`^${source}$`) };
		});
	return {
		match(relative) {
			const posix = relative.replace(/\\/g, '/').replace(/^\.?\/+/, '');
			return rules.find((rule) => posix.startsWith(rule.prefix) || rule.regex.test(posix))?.pattern;
		},
	};
}

/**
 * The files a Jekyll site's `_config.yml` (in the folder or up to two folders above it)
 * leaves out with `exclude`, and those Jekyll leaves out of every site, by their path in
 * the imported folder. Undefined when the folder is in no Jekyll site.
 */
export function jekyllExcluded(dir: string): Exclusion | undefined {
	for (const up of [0, 1, 2]) {
		const source = path.resolve(dir, ...Array(up).fill('..'));
		const config = ['_config.yml', '_config.yaml'].map((name) => path.join(source, name)).find(existsSync);
		if (!config) continue;
		const data = yamlConfigFile(config);
		const own = Array.isArray(data?.exclude)
			? data.exclude.filter((entry): entry is string => typeof entry === 'string')
			: [];
		const defaults = jekyllPatterns(JEKYLL_DEFAULT_EXCLUDE);
		const excluded = jekyllPatterns(own);
		const setting = `exclude in ${path.basename(config)}`;
		return (relative) => {
			const inSource = path.relative(source, path.resolve(dir, relative)).split(path.sep).join('/');
			const pattern = excluded.match(inSource);
			if (pattern !== undefined) return { setting, pattern };
			const builtIn = defaults.match(inSource);
			return builtIn === undefined ? undefined : { setting: "Jekyll's own exclusions", pattern: builtIn };
		};
	}
	return undefined;
}

/**
 * The files a Sphinx site's `conf.py` (beside the folder's pages) leaves out with
 * `exclude_patterns`, read as lists of literals (`exclude_patterns = ['_build', 'drafts/*']`,
 * and `+=` lists after it), never run; each pattern from the source folder, `*` within
 * one name, `**` across folders, a pattern naming a folder leaving out what is in it.
 */
export function sphinxExcluded(dir: string): Exclusion | undefined {
	const config = path.join(dir, 'conf.py');
	if (!existsSync(config)) return undefined;
	const text = readFileSync(config, 'utf8');
	const patterns: string[] = [];
	for (const match of text.matchAll(/^exclude_patterns\s*(\+?=)\s*\[([^\]]*)\]/gm)) {
		if (match[1] === '=') patterns.length = 0;
		const list = (match[2] ?? '').replace(/#[^\n]*/g, '');
		for (const literal of list.matchAll(/(["'])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) patterns.push(literal[2] as string);
	}
	if (patterns.length === 0) return undefined;
	const excluded = globPatterns(patterns);
	return (relative) => {
		const pattern = excluded.match(relative.split(path.sep).join('/'));
		return pattern === undefined ? undefined : { setting: 'exclude_patterns in conf.py', pattern };
	};
}

/** What Mintlify leaves out of every site, read as `.mintignore` lines (its documented defaults). */
const MINTLIFY_DEFAULT_IGNORE = [
	'.git/',
	'.github/',
	'.claude/',
	'.agents/',
	'.idea/',
	'.vscode/',
	'node_modules/',
	'build/',
	'dist/',
	'coverage/',
	'.cache/',
	'tmp/',
	'temp/',
	'README.md',
	'LICENSE.md',
	'CHANGELOG.md',
	'CONTRIBUTING.md',
];

/**
 * The files a Mintlify site never publishes: those its `.mintignore` (beside `docs.json`,
 * in `.gitignore` syntax) names, and those Mintlify leaves out of every site (`README.md`,
 * `CHANGELOG.md`, `node_modules/`), by their path in the imported folder.
 */
export function mintlifyExcluded(root: string, dir: string): Exclusion {
	const file = path.join(root, '.mintignore');
	const own = existsSync(file) ? ignorePatterns(readFileSync(file, 'utf8').split(/\r?\n/)) : undefined;
	const defaults = ignorePatterns(MINTLIFY_DEFAULT_IGNORE);
	return (relative) => {
		const inRoot = path.relative(root, path.resolve(dir, relative)).split(path.sep).join('/');
		const pattern = own?.match(inRoot);
		if (pattern !== undefined) return { setting: '.mintignore', pattern };
		const builtIn = defaults.match(inRoot);
		return builtIn === undefined ? undefined : { setting: "Mintlify's own exclusions", pattern: builtIn };
	};
}
