import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { relatedWordsFile, type SearchVocabularyFile, vocabularyFile } from '../search/build/search-files.ts';
import type { PagefindBackend } from '../search/pagefind-backend.ts';
import { onIndexFile, openPagefind, readRelatedWords } from '../search/pagefind-node.ts';
import { type PipelineOptions, searchPipeline } from '../search/query/engine.ts';
import { RelatedWords, relatedShards } from '../search/query/related.ts';
import { pagefindRanking } from '../search/ranking.ts';
import { median } from './report.ts';

/** Bytes as sent and as sent gzipped (files Pagefind already compressed stay as they are). */
export interface Weight {
	raw: number;
	gzip: number;
}

export function weightOf(file: string): Weight {
	const bytes = readFileSync(file);
	const compressed = bytes[0] === 0x1f && bytes[1] === 0x8b;
	return { raw: bytes.length, gzip: compressed ? bytes.length : gzipSync(bytes, { level: 6 }).length };
}

const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

export function percentile(values: number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

/** The module scripts a built page loads for search, with the chunks they import, at once or on first use. */
function searchScripts(distDir: string, page: string): string[] {
	const html = readFileSync(path.join(distDir, page), 'utf8');
	const entries = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1] as string);
	const seen = new Set<string>();
	const visit = (url: string) => {
		if (seen.has(url) || !url.startsWith('/_astro/')) return;
		seen.add(url);
		const code = readFileSync(path.join(distDir, url), 'utf8');
		// Static imports and the lazy `import(\`./chunk.js\`)` of the search box alike.
		for (const match of code.matchAll(/["'`](?:\.\/|\/_astro\/)([\w.-]+\.js)["'`]/g)) visit(`/_astro/${match[1]}`);
	};
	entries.forEach(visit);
	return [...seen];
}

/** The pipeline's answer to `query` with its first 5 pages loaded, as a search box shows them. */
async function searchFirstPage(backend: PagefindBackend, query: string, options: PipelineOptions): Promise<void> {
	const outcome = await searchPipeline(backend, query, options);
	await Promise.all(outcome.results.slice(0, 5).map((result) => backend.page(result.id)));
}

export interface FirstQuery {
	/** What the browser downloads for search before and during the first query, by kind (and figures for comparison, not counted). */
	parts: { name: string; weight: Weight; counted?: boolean }[];
	total: Weight;
}

/**
 * The bytes a first query downloads on the home page: the search scripts (with the
 * chunks they load on focus), Pagefind's JS, worker and WebAssembly, the vocabulary,
 * and every index, filter and fragment file Pagefind fetched to answer and show `query`.
 */
export async function firstQueryBytes(distDir: string, query: string): Promise<FirstQuery> {
	const files: string[] = [];
	let relatedLetters: string[] = [];
	onIndexFile((file) => files.push(file));
	try {
		const index = await openPagefind(distDir, pagefindRanking);
		try {
			// As in the browser: the pipeline asks for the parts of the related-word map it needs, if any.
			await searchFirstPage(index.backend(), query, {
				...index.lexicon,
				related: undefined,
				loadRelated: async (letters) => {
					relatedLetters = letters;
					return index.lexicon.related ?? new RelatedWords();
				},
			});
		} finally {
			await index.close();
		}
	} finally {
		onIndexFile(undefined);
	}
	// For comparison: the index chunks Pagefind alone loads for the question as typed.
	const alone: string[] = [];
	onIndexFile((file) => alone.push(file));
	try {
		const index = await openPagefind(distDir, pagefindRanking);
		await index.searchIndexOnly(query, 5).finally(() => index.close());
	} finally {
		onIndexFile(undefined);
	}
	const chunks = (list: string[]) => list.filter((file) => /pf_index|pf_filter/.test(file));
	const sum = (list: string[]) => list.reduce((total, file) => add(total, weightOf(file)), { raw: 0, gzip: 0 });
	const pagefindDir = path.join(distDir, 'pagefind');
	const parts = [
		{
			name: 'search scripts (home page)',
			weight: sum(searchScripts(distDir, 'index.html').map((url) => path.join(distDir, url))),
		},
		{
			name: 'pagefind.js + worker',
			weight: sum([path.join(pagefindDir, 'pagefind.js'), path.join(pagefindDir, 'pagefind-worker.js')]),
		},
		{
			name: 'Pagefind WebAssembly, entry and metadata',
			weight: sum(files.filter((file) => /wasm|entry|pf_meta/.test(file))),
		},
		{ name: 'index and filter chunks', weight: sum(chunks(files)) },
		{ name: '  (Pagefind alone, the question as typed)', weight: sum(chunks(alone)), counted: false },
		{ name: 'fragments of the results shown', weight: sum(files.filter((file) => file.endsWith('.pf_fragment'))) },
		{ name: 'vocabulary', weight: weightOf(vocabularyFile(distDir)) },
		...(relatedLetters.length > 0
			? [
					{
						name: `related words (${relatedLetters.join(', ')})`,
						weight: sum(relatedLetters.map((letter) => relatedWordsFile(distDir, letter))),
					},
				]
			: []),
	];
	const total = parts
		.filter((part) => part.counted !== false)
		.reduce((sum, part) => add(sum, part.weight), { raw: 0, gzip: 0 });
	return { parts, total };
}

/** Median and 95th percentile of a measure, in milliseconds. */
export interface Spread {
	median: number;
	p95: number;
}

export interface QueryCosts {
	queries: number;
	/** Timed runs per question, after the warm-up. */
	rounds: number;
	/** Pagefind alone: the question as typed, its first 5 pages loaded (what a search box without the pipeline does). */
	pagefind: Spread;
	/** The whole pipeline, its first 5 pages loaded. */
	pipeline: Spread;
	/** Of which the time inside Pagefind: every search the pipeline made, and the 5 pages loaded. */
	pipelineIndex: Spread;
	/** Of which the pipeline's own work: analysis, correction, related words and merging. */
	pipelineOwn: Spread;
	/** Searches the pipeline put to Pagefind per question. */
	calls: Spread;
}

/**
 * A backend that runs one Pagefind call at a time and adds up the time spent in them,
 * so the pipeline's own share is its wall time less that sum. In Node, Pagefind's
 * WebAssembly runs on the main thread, so running its calls one by one costs what
 * running them together does.
 */
function timedBackend(backend: PagefindBackend) {
	const meter = { ms: 0, calls: 0 };
	let queue: Promise<unknown> = Promise.resolve();
	const timed = <T>(work: () => Promise<T>, counted: boolean): Promise<T> => {
		const run = queue.then(async () => {
			const started = performance.now();
			try {
				return await work();
			} finally {
				meter.ms += performance.now() - started;
				if (counted) meter.calls += 1;
			}
		});
		queue = run.catch(() => undefined);
		return run;
	};
	const wrapped: PagefindBackend = {
		pages: backend.pages,
		search: (query, filters, exact) => timed(() => backend.search(query, filters, exact), true),
		page: (id) => timed(() => backend.page(id), false),
	};
	return { backend: wrapped, meter };
}

const spread = (values: number[]): Spread => ({ median: median(values), p95: percentile(values, 0.95) });

/**
 * Time per question of Pagefind alone against the whole pipeline, each with its first
 * 5 pages loaded, on a warm index: every question is searched `warmup` times first
 * (every index chunk and fragment loaded, the JIT warm), then `rounds` times, the two
 * alternating so a busy moment of the machine weighs on both alike. The pipeline's time
 * is split into what Pagefind spends and what the pipeline's own code spends.
 */
export async function queryCosts(
	distDir: string,
	queries: string[],
	options: { rounds?: number; warmup?: number } = {},
): Promise<QueryCosts> {
	const { rounds = 10, warmup = 2 } = options;
	const index = await openPagefind(distDir, pagefindRanking);
	const pagefind: number[] = [];
	const pipeline: number[] = [];
	const pipelineIndex: number[] = [];
	const pipelineOwn: number[] = [];
	const calls: number[] = [];
	const runPipeline = async (query: string) => {
		const { backend, meter } = timedBackend(index.backend());
		const started = performance.now();
		await searchFirstPage(backend, query, index.lexicon);
		return { ms: performance.now() - started, meter };
	};
	try {
		for (let round = 0; round < warmup; round++) {
			for (const query of queries) {
				await index.searchIndexOnly(query, 5);
				await runPipeline(query);
			}
		}
		for (let round = 0; round < rounds; round++) {
			for (const query of queries) {
				const started = performance.now();
				await index.searchIndexOnly(query, 5);
				pagefind.push(performance.now() - started);
				const { ms, meter } = await runPipeline(query);
				pipeline.push(ms);
				pipelineIndex.push(meter.ms);
				pipelineOwn.push(Math.max(0, ms - meter.ms));
				calls.push(meter.calls);
			}
		}
	} finally {
		await index.close();
	}
	return {
		queries: queries.length,
		rounds,
		pagefind: spread(pagefind),
		pipeline: spread(pipeline),
		pipelineIndex: spread(pipelineIndex),
		pipelineOwn: spread(pipelineOwn),
		calls: spread(calls),
	};
}

export interface SearchFilesSize {
	pages: number;
	words: number;
	vocabulary: Weight;
	/** Words in the related-word map. */
	relatedWords: number;
	related: Weight;
}

/** Words in the vocabulary and the related-word map, and their sizes as written and gzipped. */
export function searchFilesSize(distDir: string): SearchFilesSize {
	const file = vocabularyFile(distDir);
	const data = JSON.parse(readFileSync(file, 'utf8')) as SearchVocabularyFile;
	const shards = relatedShards.map((shard) => relatedWordsFile(distDir, shard)).filter((shard) => existsSync(shard));
	return {
		pages: data.vocabulary.pages,
		words: data.vocabulary.counts.length,
		vocabulary: weightOf(file),
		relatedWords: new RelatedWords(readRelatedWords(distDir)).size,
		related: shards.reduce((total, shard) => add(total, weightOf(shard)), { raw: 0, gzip: 0 }),
	};
}
