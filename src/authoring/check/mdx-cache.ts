import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourcesVersion, tryblockCacheDir, writeFileAtomic } from '../../content-model/cache-files.ts';
import { type MdxVerdict, mdxVerdict } from '../../markdown/mdx-components.ts';

/**
 * What a body's verdict depends on besides its text: the parser's setup, the components
 * the pages provide and the installed packages.
 */
const verdictSources = ['src/markdown/mdx-syntax.ts', 'src/markdown/mdx-components.ts', 'package-lock.json'];

/**
 * What the cache file means. A file written for another meaning (before 2, digests of
 * bodies that parse, whatever components they use) is not read.
 */
const CACHE_FORMAT = 2;

/** Where `npm run check` remembers the MDX bodies that have nothing to report. */
export function mdxCacheDir(): string {
	return tryblockCacheDir('tryblock-check');
}

interface CacheFile {
	version: string;
	/** Digests of bodies that parse and use no component the pages lack; any other is parsed again to say why. */
	clean: string[];
}

export interface MdxCache {
	verdict: (body: string) => MdxVerdict;
	/** Writes the digests of this run's clean bodies, forgetting the others. */
	save(): void;
}

function readDigests(file: string, version: string): Set<string> {
	try {
		const cache = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
		return cache.version === version && Array.isArray(cache.clean) ? new Set(cache.clean) : new Set();
	} catch {
		// Missing, half-written by a crashed run, or not ours: start over.
		return new Set();
	}
}

/**
 * `mdxVerdict` that remembers which bodies have nothing to report. Parsing is most of
 * what checking MDX costs (about a millisecond per article), and between two runs of
 * `npm run check` most bodies do not change. Without the parser's sources to key on
 * (outside the project root) it parses every body.
 */
export function openMdxCache(cacheDir: string, root = process.cwd()): MdxCache {
	const sources = sourcesVersion(root, verdictSources);
	if (sources === undefined) return { verdict: (body) => mdxVerdict(body), save() {} };
	const version = `${CACHE_FORMAT}:${sources}`;
	const cacheFile = path.join(cacheDir, 'mdx-bodies.json');
	const previous = readDigests(cacheFile, version);
	const next = new Set<string>();
	return {
		verdict(body) {
			const digest = createHash('sha256').update(body).digest('base64url');
			if (previous.has(digest)) {
				next.add(digest);
				return { components: [] };
			}
			const verdict = mdxVerdict(body);
			if (verdict.problem === undefined && verdict.components.length === 0) next.add(digest);
			return verdict;
		},
		save() {
			if (next.size === previous.size && [...next].every((digest) => previous.has(digest))) return;
			try {
				writeFileAtomic(cacheFile, JSON.stringify({ version, clean: [...next] } satisfies CacheFile));
			} catch {
				// A read-only cache folder only costs the next run some parsing.
			}
		},
	};
}
