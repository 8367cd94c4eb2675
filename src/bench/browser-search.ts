import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { median } from './report.ts';
import { percentile } from './search.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
};

/** Serves a built site's files on a free local port, as any static host would. */
async function serve(distDir: string) {
	const root = path.resolve(distDir);
	const server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
		if (!file.startsWith(root)) return response.writeHead(403).end();
		try {
			const body = await readFile(file);
			response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

export interface BrowserCosts {
	/** CPU slowdown applied (4 is Lighthouse's phone emulation). */
	slowdown: number;
	/** Whether Pagefind ran in its worker (as shipped) or on the page's main thread. */
	worker: boolean;
	samples: number;
	pagefind: { median: number; p95: number };
	pipeline: { median: number; p95: number };
	/** Pipeline less Pagefind alone, question by question. */
	added: { median: number; p95: number };
	/**
	 * Typing each question word by word, a search per word as a search box makes them:
	 * pipeline less Pagefind alone per search, the searches of the question's earlier
	 * words remembered as the page remembers them.
	 */
	typing: { median: number; p95: number };
}

/**
 * Times the search page's own code in Chromium, with the CPU slowed `slowdown` times
 * (Chrome DevTools' throttling, as Lighthouse's phone emulation uses): for each
 * question, Pagefind alone on the question as typed and the whole pipeline, each with
 * its first 5 pages loaded, after a warm-up round. With `worker: false`, Pagefind runs
 * on the main thread, where the throttling surely applies to it too: the throttling
 * may not slow a worker, so the figures with it are a lower bound.
 */
export async function browserCosts(
	distDir: string,
	queries: string[],
	options: { executablePath: string; slowdown: number; worker: boolean; rounds?: number },
): Promise<BrowserCosts> {
	const site = await serve(distDir);
	const browser = await chromium.launch({ executablePath: options.executablePath, args: ['--no-sandbox'] });
	try {
		const page = await browser.newPage();
		await page.goto(`${site.url}/search/`);
		await page.waitForLoadState('networkidle');
		const session = await page.context().newCDPSession(page);
		await session.send('Emulation.setCPUThrottlingRate', { rate: options.slowdown });
		const times = await page.evaluate(
			async ({ queries, rounds, worker }) => {
				const scripts = performance.getEntriesByType('resource').map((entry) => entry.name);
				const loader = scripts.find((name) => /\/_astro\/load\.[\w-]+\.js$/.test(name));
				if (!loader) throw new Error('the search page loaded no search code');
				const bundle = '/pagefind/pagefind.js';
				const pagefind = await import(/* @vite-ignore */ bundle);
				if (!worker) {
					// Started before the search code starts it: its own options then go to this instance.
					await pagefind.options({ noWorker: true });
					await pagefind.init();
				}
				const module = await import(/* @vite-ignore */ loader);
				type SiteSearch = () => Promise<{
					search(query: string, options: { limit: number }): Promise<unknown>;
					forgetSearches(): void;
				}>;
				// The bundler renames exports but keeps a namespace object of the module for its lazy import.
				const namespace = Object.values(module).find(
					(value): value is { siteSearch: SiteSearch } =>
						typeof value === 'object' && value !== null && 'siteSearch' in value,
				);
				if (!namespace) throw new Error('the search code exports no siteSearch');
				const siteSearch = namespace.siteSearch;
				const search = await siteSearch();
				const timed = async (work: () => Promise<unknown>) => {
					const started = performance.now();
					await work();
					return performance.now() - started;
				};
				const pagefindAlone = (query: string) =>
					timed(async () => {
						const response = await pagefind.search(query);
						await Promise.all(
							(response?.results ?? []).slice(0, 5).map((result: { data(): unknown }) => result.data()),
						);
					});
				const alone: number[] = [];
				const pipeline: number[] = [];
				const typing: number[] = [];
				for (let round = 0; round <= rounds; round++) {
					for (const query of queries) {
						const a = await pagefindAlone(query);
						// Each question on its own: nothing remembered from the ones before.
						search.forgetSearches();
						const p = await timed(() => search.search(query, { limit: 5 }));
						if (round > 0) {
							alone.push(a);
							pipeline.push(p);
						}
					}
				}
				for (const query of queries) {
					search.forgetSearches();
					const words = query.split(/\s+/);
					for (let count = 1; count <= words.length; count++) {
						const typed = words.slice(0, count).join(' ');
						const a = await pagefindAlone(typed);
						typing.push((await timed(() => search.search(typed, { limit: 5 }))) - a);
					}
				}
				return { alone, pipeline, typing };
			},
			{ queries, rounds: options.rounds ?? 2, worker: options.worker },
		);
		const spread = (values: number[]) => ({ median: median(values), p95: percentile(values, 0.95) });
		return {
			slowdown: options.slowdown,
			worker: options.worker,
			samples: times.pipeline.length,
			pagefind: spread(times.alone),
			pipeline: spread(times.pipeline),
			added: spread(times.pipeline.map((value, index) => value - (times.alone[index] as number))),
			typing: spread(times.typing),
		};
	} finally {
		await browser.close();
		await site.close();
	}
}
