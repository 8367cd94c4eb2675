import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CliError } from '../cli/run.ts';
import { displayPath } from '../content-model/paths.ts';
import {
	type RelatedWordsFile,
	relatedWordsFile,
	type SearchVocabularyFile,
	vocabularyFile,
} from './build/search-files.ts';
import { type PagefindApi, type PagefindBackend, pagefindBackend } from './pagefind-backend.ts';
import type { QueryPlan } from './query/analyse.ts';
import { searchPipeline } from './query/engine.ts';
import { type SearchLexicon, searchLexicon } from './query/lexicon.ts';
import { type RelatedWordsData, relatedShards } from './query/related.ts';
import { titleFirst } from './query/title-match.ts';
import type { PagefindRanking } from './ranking.ts';
import { type WordReach, wordReach } from './word-reach.ts';

/** One search result, as the eval needs it. */
export interface SearchHit {
	/** Site path of the page, e.g. `/articles/verify-domain/`. */
	url: string;
	/** Article or runbook slug from the URL; the URL itself for any other page. */
	slug: string;
	title: string;
}

export interface PipelineAnswer {
	hits: SearchHit[];
	plan: QueryPlan;
	/** How the best of these articles stands against every page the question found, in words held. */
	wordReach(expect: readonly string[]): Promise<WordReach>;
}

/** The built site's search, from Node: the same pipeline and index the browser uses. */
export interface NodeSearch {
	/** Pages in the index. */
	pageCount: number;
	/** The site's words, as the pipeline reads them. */
	lexicon: SearchLexicon;
	/** A fresh backend over the index (one per question: it remembers the pages it returned). */
	backend(): PagefindBackend;
	/** The first `limit` results of the query pipeline for `query`. */
	search(query: string, limit: number, options?: { correct?: boolean }): Promise<PipelineAnswer>;
	/** Pagefind alone, without the pipeline, its first `limit` pages loaded: the benchmark's baseline. */
	searchIndexOnly(query: string, limit: number): Promise<number>;
	close(): Promise<void>;
}

type PagefindInstance = PagefindApi & {
	options(options: { ranking: PagefindRanking }): Promise<void>;
	destroy(): Promise<void>;
};

/** The part of Pagefind's browser bundle (`pagefind.js`) Node uses. */
interface PagefindBundle {
	createInstance(options: { basePath: string; baseUrl: string }): PagefindInstance;
}

/**
 * The index of a help center with no pages yet. Pagefind's bundle cannot open one (it
 * fails outside any promise a caller could catch, "No language indexes found"), and
 * there is nothing in it to find.
 */
const emptyInstance: PagefindInstance = {
	search: async () => ({ results: [] }),
	options: async () => {},
	destroy: async () => {},
};

/**
 * Pagefind's bundle loads its index with `fetch()`, which Node cannot do for files.
 * While an index is open, fetches under its folder are answered from disk and every
 * other request goes to the real `fetch`.
 */
const servedDirs = new Set<string>();
/** Called with every file served to Pagefind and its size (the benchmark counts first-query bytes). */
let fileListener: ((file: string, bytes: number) => void) | undefined;

/** Sets (or clears) the listener told about every index file Pagefind loads. */
export function onIndexFile(listener: ((file: string, bytes: number) => void) | undefined): void {
	fileListener = listener;
}
let realFetch: typeof fetch | undefined;

function serveFromDisk(dirUrl: string): () => void {
	servedDirs.add(dirUrl);
	if (!realFetch) {
		const original = globalThis.fetch;
		realFetch = original;
		globalThis.fetch = async (input, init) => {
			const url = input instanceof Request ? input.url : String(input);
			const dir = [...servedDirs].find((served) => url.startsWith(served));
			if (!dir) return original(input, init);
			const file = fileURLToPath(new URL(url).href.replace(/[?#].*$/, ''));
			try {
				const bytes = await readFile(file);
				fileListener?.(file, bytes.length);
				return new Response(bytes);
			} catch {
				return new Response(null, { status: 404, statusText: 'Not Found' });
			}
		};
	}
	return () => {
		servedDirs.delete(dirUrl);
		if (servedDirs.size === 0 && realFetch) {
			globalThis.fetch = realFetch;
			realFetch = undefined;
		}
	};
}

/** Every part of a built site's related-word map (the browser loads only those a question needs). */
export function readRelatedWords(distDir: string): RelatedWordsData {
	return relatedShards
		.map((shard) => relatedWordsFile(distDir, shard))
		.filter((file) => existsSync(file))
		.map((file) => (JSON.parse(readFileSync(file, 'utf8')) as RelatedWordsFile).related)
		.filter(Boolean)
		.join(' ');
}

const PAGE_URL = /^\/(?:articles|runbooks)\/([^/]+)\/?$/;

/**
 * Opens the Pagefind index of a built site (`<distDir>/pagefind/`) with the bundle
 * the browser loads, and applies `ranking` the way the search page does. A missing
 * or unreadable index is a `CliError` (exit code 2) saying to build first.
 */
export async function openPagefind(distDir: string, ranking: PagefindRanking): Promise<NodeSearch> {
	const bundleDir = path.resolve(distDir, 'pagefind');
	const entryFile = path.join(bundleDir, 'pagefind-entry.json');
	const bundleFile = path.join(bundleDir, 'pagefind.js');
	const build = distDir.endsWith('dist-internal') ? 'npm run build:internal' : 'npm run build';
	if (!existsSync(bundleFile) || !existsSync(entryFile)) {
		throw new CliError(`${displayPath(bundleDir)} not found: run ${build} first`, {
			hint: 'the evals search the built index; pass --dist <dir> for a site built elsewhere',
		});
	}
	let pageCount: number;
	try {
		const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
		pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
	} catch (error) {
		throw new CliError(`${displayPath(entryFile)} cannot be read: ${(error as Error).message}`, {
			hint: `rebuild the site with ${build}`,
		});
	}
	const vocabularyPath = vocabularyFile(distDir);
	if (!existsSync(vocabularyPath)) {
		throw new CliError(`${displayPath(vocabularyPath)} not found: run ${build} first`, {
			hint: 'the search pipeline corrects words against the vocabulary the build writes beside the index',
		});
	}
	const words = searchLexicon(
		JSON.parse(readFileSync(vocabularyPath, 'utf8')) as SearchVocabularyFile,
		readRelatedWords(distDir),
	);
	const dirUrl = `${pathToFileURL(bundleDir).href}/`;
	const stopServing = serveFromDisk(dirUrl);
	try {
		const instance =
			pageCount === 0
				? emptyInstance
				: ((await import(pathToFileURL(bundleFile).href)) as PagefindBundle).createInstance({
						basePath: dirUrl,
						baseUrl: '/',
					});
		await instance.options({ ranking });
		return {
			pageCount,
			lexicon: words,
			backend: () => pagefindBackend(instance, pageCount),
			async search(query, limit, options = {}) {
				const backend = pagefindBackend(instance, pageCount);
				const outcome = await searchPipeline(backend, query, { ...words, correct: options.correct });
				const hitOf = async (id: string): Promise<SearchHit> => {
					const page = await backend.page(id);
					const url = page.raw_url ?? page.url;
					return { url, slug: PAGE_URL.exec(url)?.[1] ?? url, title: page.meta.title ?? url };
				};
				const shown = await Promise.all(outcome.results.slice(0, limit).map((result) => hitOf(result.id)));
				return {
					hits: titleFirst(shown, outcome.plan.correctedQuery, (hit) => hit.title, words.vocabulary.language),
					plan: outcome.plan,
					// Loads every page the question found, so only asked for the questions that missed.
					async wordReach(expect) {
						const held = await Promise.all(
							outcome.results.map(async (result) => ({
								slug: (await hitOf(result.id)).slug,
								heldGroups: result.heldGroups,
							})),
						);
						return wordReach(
							held,
							expect,
							outcome.searched.map((group) => group.typed),
						);
					},
				};
			},
			async searchIndexOnly(query, limit) {
				const results = (await instance.search(query))?.results ?? [];
				await Promise.all(results.slice(0, limit).map((result) => result.data()));
				return results.length;
			},
			async close() {
				await instance.destroy();
				stopServing();
			},
		};
	} catch (error) {
		stopServing();
		throw error;
	}
}
