import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourcesVersion, tryblockCacheDir, writeFileAtomic } from './cache-files.ts';
import { type ParsedSource, parseSource, splitSource } from './frontmatter.ts';

/** What parsing depends on besides the file: the parser's own source and the installed packages. */
const parserSources = ['src/content-model/frontmatter.ts', 'src/content-model/yaml-lines.ts', 'package-lock.json'];

/** Where builds keep parsed frontmatter: the content guard and the agent pre-warm share it. */
export function frontmatterCacheDir(): string {
	return tryblockCacheDir('tryblock-content');
}

interface CacheFile {
	version: string;
	/** Parsed frontmatter by a digest of the whole file. */
	entries: Record<string, unknown>;
}

export interface FrontmatterCache {
	parse: typeof parseSource;
	/** Writes what this run parsed, dropping entries for files that no longer exist as they were. */
	save(): void;
}

/** Plain JSON data survives the trip to disk unchanged; anything else (NaN, Infinity) is parsed again. */
function isJsonData(value: unknown): boolean {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(isJsonData);
	if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
		return Object.values(value as object).every(isJsonData);
	return false;
}

function readCache(file: string, version: string): Record<string, unknown> {
	try {
		const cache = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
		return cache.version === version && cache.entries && typeof cache.entries === 'object' ? cache.entries : {};
	} catch {
		// Missing, half-written by a crashed run, or not ours: start over.
		return {};
	}
}

/**
 * `parseSource` with the frontmatter of unchanged files read back from disk. Every
 * build validates all content before Astro reads it, and YAML parsing is most of that
 * cost; between two builds most files do not change. A cached file still gets its
 * fields' lines for error messages: the YAML is parsed again the first time one is
 * asked for. Without the parser's sources to key on (outside the project root) it
 * parses every file.
 */
export function openFrontmatterCache(cacheDir: string, root = process.cwd()): FrontmatterCache {
	const version = sourcesVersion(root, parserSources);
	if (version === undefined) return { parse: parseSource, save() {} };
	const cacheFile = path.join(cacheDir, 'frontmatter.json');
	const previous = readCache(cacheFile, version);
	const next: Record<string, unknown> = {};
	let changed = false;
	return {
		parse(source, file) {
			const key = createHash('sha256').update(source).digest('base64url');
			if (Object.hasOwn(previous, key)) {
				const { split } = splitSource(source, file);
				if (split) {
					next[key] = previous[key];
					let lineOf: ParsedSource['lineOf'] | undefined;
					const parsed: ParsedSource = {
						data: previous[key],
						body: split.body,
						bodyLine: split.bodyLine,
						lineOf: (fieldPath) => {
							lineOf ??= parseSource(source, file).parsed?.lineOf ?? (() => undefined);
							return lineOf(fieldPath);
						},
					};
					return { parsed, problems: [] };
				}
			}
			const result = parseSource(source, file);
			if (result.parsed && isJsonData(result.parsed.data)) {
				next[key] = result.parsed.data;
				changed = true;
			}
			return result;
		},
		save() {
			if (!changed && Object.keys(next).length === Object.keys(previous).length) return;
			try {
				writeFileAtomic(cacheFile, JSON.stringify({ version, entries: next } satisfies CacheFile));
			} catch {
				// A read-only cache folder only costs the next build some parsing.
			}
		},
	};
}
