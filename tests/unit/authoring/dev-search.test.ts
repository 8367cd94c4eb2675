import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { devSearch, devSearchStatus } from '../../../src/integrations/dev-search.ts';
import { temporaryDir } from './helpers.ts';

afterEach(() => {
	delete process.env.TRYBLOCK_DEV_SEARCH_INDEX;
});

type Middleware = (
	request: { url?: string },
	response: Writable & { setHeader: (name: string, value: string) => void },
	next: () => void,
) => void;

/** Runs the integration's dev hooks against a fake server and returns the handler it adds (mounted at the site's root). */
function searchHandler(outDir: string): Middleware {
	let handler: Middleware | undefined;
	const integration = devSearch();
	const logger = { info: () => {} };
	(integration.hooks['astro:config:setup'] as (options: unknown) => void)({ command: 'dev' });
	(integration.hooks['astro:config:done'] as (options: unknown) => void)({
		config: { outDir: pathToFileURL(`${outDir}/`) },
	});
	(integration.hooks['astro:server:setup'] as (options: unknown) => void)({
		server: { middlewares: { use: (fn: Middleware) => (handler = fn) } },
		logger,
	});
	if (!handler) throw new Error('no middleware registered');
	return handler;
}

function request(
	handler: Middleware,
	url: string,
): Promise<{ served: boolean; headers: Record<string, string>; body: string }> {
	return new Promise((resolve) => {
		const headers: Record<string, string> = {};
		const chunks: Buffer[] = [];
		const response = Object.assign(
			new Writable({
				write(chunk, _encoding, done) {
					chunks.push(Buffer.from(chunk));
					done();
				},
			}),
			{ setHeader: (name: string, value: string) => (headers[name] = value) },
		);
		response.on('finish', () => resolve({ served: true, headers, body: Buffer.concat(chunks).toString() }));
		handler({ url }, response, () => resolve({ served: false, headers, body: '' }));
	});
}

describe('search under npm run dev', () => {
	test('says what to run when no build has made an index yet', () => {
		expect(devSearchStatus(path.join(tmpdir(), 'no-such-build', 'pagefind'))).toEqual({
			available: false,
			message:
				"Search needs an index, and the dev server cannot make one: run npm run build once, then reload. Dev then searches that build's pages.",
		});
	});

	test("serves the last build's index and the search files beside it, and says it lags behind edits since then", async () => {
		const outDir = temporaryDir('dev-search');
		mkdirSync(path.join(outDir, 'pagefind'));
		mkdirSync(path.join(outDir, 'search', 'related'), { recursive: true });
		writeFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), '{"version":"1.6.0"}');
		writeFileSync(path.join(outDir, 'pagefind', 'pagefind-component-ui.js'), 'export {};');
		writeFileSync(path.join(outDir, 'search', 'vocabulary.json'), '{"version":1}');
		writeFileSync(path.join(outDir, 'search', 'related', 'd.json'), '{"version":1,"related":""}');
		writeFileSync(path.join(outDir, 'search', 'index.html'), '<p>the built search page</p>');
		writeFileSync(path.join(outDir, 'search', 'suggestions.json'), '[]');
		const handler = searchHandler(outDir);
		const status = devSearchStatus();
		expect(status.available).toBe(true);
		expect(status.message).toMatch(
			/^In dev, search uses the index of your last build \(.+\): articles added or edited since then show up in results after npm run build\.$/,
		);
		expect(await request(handler, '/pagefind/pagefind-component-ui.js')).toEqual({
			served: true,
			headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' },
			body: 'export {};',
		});
		// The search page loads the vocabulary and related words the build wrote from that index.
		expect(await request(handler, '/search/vocabulary.json')).toEqual({
			served: true,
			headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
			body: '{"version":1}',
		});
		expect((await request(handler, '/search/related/d.json?v=1')).body).toBe('{"version":1,"related":""}');
		// Pages and endpoints are the dev server's own, fresh from the content.
		for (const url of ['/search/', '/search/?q=domain', '/search/index.html', '/search/suggestions.json', '/']) {
			expect((await request(handler, url)).served, url).toBe(false);
		}
		expect((await request(handler, '/pagefind/missing.js')).served).toBe(false);
		expect((await request(handler, '/search/related/zz.json')).served).toBe(false);
		expect((await request(handler, '/pagefind/%2e%2e/%2e%2e/etc/passwd')).served).toBe(false);
		expect((await request(handler, '/pagefind/%2e%2e/search/index.html')).served).toBe(false);
	});

	test('a build that starts a server of its own serves nothing and says nothing', () => {
		const integration = devSearch();
		const said: string[] = [];
		const used: string[] = [];
		(integration.hooks['astro:config:setup'] as (options: unknown) => void)({ command: 'build' });
		(integration.hooks['astro:server:setup'] as (options: unknown) => void)({
			server: { middlewares: { use: (at: string) => used.push(at) } },
			logger: { info: (message: string) => said.push(message) },
		});
		expect({ said, used }).toEqual({ said: [], used: [] });
	});
});
