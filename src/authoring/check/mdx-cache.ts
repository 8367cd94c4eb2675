import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourcesVersion, tryblockCacheDir, writeFileAtomic } from '../../content-model/cache-files.ts';
import { findMdxProblem, type MdxProblem } from '../../markdown/mdx-syntax.ts';

/** What a body's parse depends on besides its text: the parser's setup and the installed packages. */
const parserSources = ['src/markdown/mdx-syntax.ts', 'package-lock.json'];

/** Where `npm run check` remembers the MDX bodies that parse. */
export function mdxCacheDir(): string {
	return tryblockCacheDir('tryblock-check');
}

interface CacheFile {
	version: string;
	/** Digests of bodies that parse; a body that does not is parsed again to say why. */
	parses: string[];
}

export interface MdxCache {
	problem: (body: string) => MdxProblem | undefined;
	/** Writes the digests of this run's bodies that parse, forgetting the others. */
	save(): void;
}

function readDigests(file: string, version: string): Set<string> {
	try {
		const cache = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
		return cache.version === version && Array.isArray(cache.parses) ? new Set(cache.parses) : new Set();
	} catch {
		// Missing, half-written by a crashed run, or not ours: start over.
		return new Set();
	}
}

/**
 * `findMdxProblem` that remembers which bodies parse. Parsing is most of what checking
 * MDX costs (about a millisecond per article), and between two runs of `npm run check`
 * most bodies do not change. Without the parser's sources to key on (outside the
 * project root) it parses every body.
 */
export function openMdxCache(cacheDir: string, root = process.cwd()): MdxCache {
	const version = sourcesVersion(root, parserSources);
	if (version === undefined) return { problem: findMdxProblem, save() {} };
	const cacheFile = path.join(cacheDir, 'mdx-bodies.json');
	const previous = readDigests(cacheFile, version);
	const next = new Set<string>();
	return {
		problem(body) {
			const digest = createHash('sha256').update(body).digest('base64url');
			if (previous.has(digest)) {
				next.add(digest);
				return undefined;
			}
			const problem = findMdxProblem(body);
			if (problem === undefined) next.add(digest);
			return problem;
		},
		save() {
			if (next.size === previous.size && [...next].every((digest) => previous.has(digest))) return;
			try {
				writeFileAtomic(cacheFile, JSON.stringify({ version, parses: [...next] } satisfies CacheFile));
			} catch {
				// A read-only cache folder only costs the next run some parsing.
			}
		},
	};
}
