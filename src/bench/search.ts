import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SearchVocabularyFile } from '../search/build/search-files.ts';
import { vocabularyFile } from '../search/build/search-files.ts';
import { onIndexFile, openPagefind } from '../search/pagefind-node.ts';
import { analyseQuery } from '../search/query/analyse.ts';
import { Vocabulary } from '../search/query/vocabulary.ts';
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

/** The module scripts a built page loads for search, with the chunks they import. */
function searchScripts(distDir: string, page: string): string[] {
	const html = readFileSync(path.join(distDir, page), 'utf8');
	const entries = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1] as string);
	const seen = new Set<string>();
	const visit = (url: string) => {
		if (seen.has(url) || !url.startsWith('/_astro/')) return;
		seen.add(url);
		const code = readFileSync(path.join(distDir, url), 'utf8');
		for (const match of code.matchAll(/["'](?:\.\/|\/_astro\/)([\w.-]+\.js)["']/g)) visit(`/_astro/${match[1]}`);
	};
	entries.forEach(visit);
	return [...seen];
}

export interface FirstQuery {
	/** What the browser downloads for search before and during the first query, by kind. */
	parts: { name: string; weight: Weight }[];
	total: Weight;
}

/**
 * The bytes a first query downloads on the home page: the search scripts (with the
 * chunks they load on focus), Pagefind's JS, worker and WebAssembly, the vocabulary,
 * and every index, filter and fragment file Pagefind fetched to answer and show `query`.
 */
export async function firstQueryBytes(distDir: string, query: string): Promise<FirstQuery> {
	const files: string[] = [];
	onIndexFile((file) => files.push(file));
	const index = await openPagefind(distDir, pagefindRanking);
	try {
		await index.search(query, 5);
	} finally {
		onIndexFile(undefined);
		await index.close();
	}
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
		{ name: 'index and filter chunks', weight: sum(files.filter((file) => /pf_index|pf_filter/.test(file))) },
		{ name: 'fragments of the results shown', weight: sum(files.filter((file) => file.endsWith('.pf_fragment'))) },
		{ name: 'vocabulary', weight: weightOf(vocabularyFile(distDir)) },
	];
	return { parts, total: parts.reduce((total, part) => add(total, part.weight), { raw: 0, gzip: 0 }) };
}

export interface Overhead {
	queries: number;
	/** Median and 95th percentile, in milliseconds. */
	pagefind: { median: number; p95: number };
	pipeline: { median: number; p95: number };
	/** Pipeline minus Pagefind alone, per query. */
	overhead: { median: number; p95: number };
	/** The pipeline's own work without any index search (normalise, stop words, correction, synonyms). */
	analysis: { median: number; p95: number };
}

/**
 * Time per query of Pagefind alone (the question as typed, top 5 loaded) against the
 * whole pipeline (top 5 loaded), on a warm index, `rounds` times over `queries`.
 */
export async function pipelineOverhead(distDir: string, queries: string[], rounds = 3): Promise<Overhead> {
	const index = await openPagefind(distDir, pagefindRanking);
	const lexicon = JSON.parse(readFileSync(vocabularyFile(distDir), 'utf8')) as SearchVocabularyFile;
	const vocabulary = new Vocabulary(
		lexicon.vocabulary,
		lexicon.synonyms.flatMap((rule) => rule.from),
	);
	const pagefind: number[] = [];
	const pipeline: number[] = [];
	const overhead: number[] = [];
	const analysis: number[] = [];
	try {
		for (const query of queries) await index.search(query, 5); // warm: every chunk loaded once
		for (let round = 0; round < rounds; round++) {
			for (const query of queries) {
				let started = performance.now();
				await index.searchIndexOnly(query, 5);
				const alone = performance.now() - started;
				started = performance.now();
				await index.search(query, 5);
				const whole = performance.now() - started;
				started = performance.now();
				analyseQuery(query, { vocabulary, synonyms: lexicon.synonyms });
				analysis.push(performance.now() - started);
				pagefind.push(alone);
				pipeline.push(whole);
				overhead.push(whole - alone);
			}
		}
	} finally {
		await index.close();
	}
	const stats = (values: number[]) => ({ median: median(values), p95: percentile(values, 0.95) });
	return {
		queries: queries.length,
		pagefind: stats(pagefind),
		pipeline: stats(pipeline),
		overhead: stats(overhead),
		analysis: stats(analysis),
	};
}

/** Words in the vocabulary and its size, as written and gzipped. */
export function vocabularySize(distDir: string): { words: number; pages: number; weight: Weight } {
	const file = vocabularyFile(distDir);
	const data = JSON.parse(readFileSync(file, 'utf8')) as SearchVocabularyFile;
	return { words: data.vocabulary.counts.length, pages: data.vocabulary.pages, weight: weightOf(file) };
}

/** Bytes of a folder's files (the Pagefind index, for context). */
export function folderBytes(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}
