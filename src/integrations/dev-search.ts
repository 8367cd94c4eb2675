import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveAudience } from '../content-model/visibility.ts';
import { vocabularyPath } from '../search/build/search-files.ts';
import { relatedShards, relatedWordsPath } from '../search/query/related.ts';

/** Set while `astro dev` runs: the folder of the search index the dev server serves. */
const INDEX_ENV = 'TRYBLOCK_DEV_SEARCH_INDEX';

const contentTypes: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
};

export interface DevSearchStatus {
	available: boolean;
	/** One sentence for the search page and the dev server log. */
	message: string;
}

function indexBuiltAt(indexDir: string): Date | undefined {
	try {
		return statSync(path.join(indexDir, 'pagefind-entry.json')).mtime;
	} catch {
		return undefined;
	}
}

/**
 * Whether search works under `npm run dev`, and why not. Pagefind indexes built
 * HTML, which the dev server never writes, so dev serves the index of the last
 * build: it works, but lags behind articles added or edited since.
 */
export function devSearchStatus(indexDir = process.env[INDEX_ENV]): DevSearchStatus {
	const build = resolveAudience() === 'internal' ? 'npm run build:internal' : 'npm run build';
	const builtAt = indexDir ? indexBuiltAt(indexDir) : undefined;
	if (!builtAt) {
		return {
			available: false,
			message: `Search needs an index, and the dev server cannot make one: run ${build} once, then reload. Dev then searches that build's pages.`,
		};
	}
	const when = builtAt.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
	return {
		available: true,
		message: `In dev, search uses the index of your last build (${when}): articles added or edited since then show up in results after ${build}.`,
	};
}

/**
 * The file of the last build that answers a request for `urlPath` under `astro dev`,
 * if it is one search loads: the Pagefind index (`/pagefind/*`) and what the build
 * wrote from it, the vocabulary and the related words (`/search/vocabulary.json`,
 * `/search/related/<letter>.json`). Everything else, the search page and its
 * suggestions included, is the dev server's own.
 */
export function builtSearchFile(outDir: string, urlPath: string): string | undefined {
	const isIndex = urlPath.startsWith('/pagefind/');
	const isSearchData = urlPath === vocabularyPath || relatedShards.some((shard) => urlPath === relatedWordsPath(shard));
	if (!isIndex && !isSearchData) return undefined;
	const root = path.resolve(outDir, isIndex ? 'pagefind' : '.');
	const file = path.join(root, isIndex ? urlPath.slice('/pagefind'.length) : urlPath);
	if (!file.startsWith(root + path.sep)) return undefined;
	try {
		return statSync(file).isFile() ? file : undefined;
	} catch {
		return undefined;
	}
}

/** Serves the last build's search files (`builtSearchFile`) while `astro dev` runs. */
export function devSearch(): AstroIntegration {
	let outDir = '';
	let serving = false;
	return {
		name: 'tryblock:dev-search',
		hooks: {
			'astro:config:setup': ({ command }) => {
				// A build may start a server of its own to load content; only `astro dev` serves search.
				serving = command === 'dev';
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:server:setup': ({ server, logger }) => {
				if (!serving) return;
				const indexDir = path.join(outDir, 'pagefind');
				process.env[INDEX_ENV] = indexDir;
				logger.info(devSearchStatus(indexDir).message);
				server.middlewares.use((request, response, next) => {
					let urlPath: string;
					try {
						urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://dev.invalid').pathname);
					} catch {
						return next();
					}
					const file = builtSearchFile(outDir, urlPath);
					if (!file) return next();
					response.setHeader('Content-Type', contentTypes[path.extname(file)] ?? 'application/octet-stream');
					response.setHeader('Cache-Control', 'no-store');
					createReadStream(file).pipe(response);
				});
			},
		},
	};
}
