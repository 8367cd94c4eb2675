import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { importFixture } from './helpers.ts';

export interface FakeApi {
	origin: string;
	/** Every request path the server answered, in order. */
	requests: string[];
	/** The authorization header of each request, by path. */
	authorizations: Map<string, string | undefined>;
	close: () => Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL, origin: string) => void;

/** A local HTTP server answering like a vendor's API, started and stopped by the test. */
async function serve(handler: Handler): Promise<FakeApi> {
	const requests: string[] = [];
	const authorizations = new Map<string, string | undefined>();
	let origin = '';
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', origin);
		requests.push(`${url.pathname}${url.search}`);
		authorizations.set(url.pathname, request.headers.authorization);
		handler(request, response, url, origin);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		requests,
		authorizations,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
	response.writeHead(status, { 'content-type': 'application/json', ...headers });
	response.end(JSON.stringify(body));
}

/** The fixture dump, with its help center's addresses pointing at the fake server. */
function fixtureList(
	system: string,
	list: string,
	from: string,
	origin: string,
	key: string,
): Record<string, unknown>[] {
	const text = readFileSync(path.join(importFixture(system), `${list}.json`), 'utf8').replaceAll(from, origin);
	return (JSON.parse(text) as Record<string, Record<string, unknown>[]>)[key] ?? [];
}

/**
 * Zendesk's Help Center API as documented: basic auth with `{email}/token:{token}`,
 * cursor pagination (`page[size]`, `meta.has_more`, `links.next`), a 429 with
 * `Retry-After` on the first request for the second page of articles, and the
 * attachments behind the same credentials.
 */
export function fakeZendesk(options: { email: string; token: string }): Promise<FakeApi> {
	const expected = `Basic ${Buffer.from(`${options.email}/token:${options.token}`).toString('base64')}`;
	let limited = false;
	return serve((request, response, url, origin) => {
		if (request.headers.authorization !== expected) {
			json(response, 401, { error: "Couldn't authenticate you" });
			return;
		}
		const list = /^\/api\/v2\/help_center\/(articles|sections|categories)\.json$/.exec(url.pathname)?.[1];
		if (list) {
			const items = fixtureList('zendesk', list, 'https://acme.zendesk.com', origin, list);
			const size = Number(url.searchParams.get('page[size]') ?? 30);
			const after = Number(url.searchParams.get('page[after]') ?? 0);
			if (list === 'articles' && after > 0 && !limited) {
				limited = true;
				json(response, 429, { error: 'TooManyRequests' }, { 'retry-after': '1' });
				return;
			}
			const pageSize = list === 'articles' ? Math.min(size, 2) : size;
			const page = items.slice(after, after + pageSize);
			const more = after + pageSize < items.length;
			const next = new URL(url);
			next.searchParams.set('page[after]', String(after + pageSize));
			json(response, 200, {
				[list]: page,
				meta: { has_more: more, after_cursor: more ? String(after + pageSize) : null, before_cursor: null },
				links: { next: more ? next.href : null, prev: null },
			});
			return;
		}
		if (url.pathname.startsWith('/hc/article_attachments/')) {
			response.writeHead(200, { 'content-type': 'image/png' });
			response.end(readFileSync(path.join(importFixture('zendesk'), url.pathname)));
			return;
		}
		json(response, 404, { error: 'RecordNotFound' });
	});
}

/**
 * Intercom's Articles API as documented: a bearer token, `pages.next` links
 * between pages of `data`, collections under `/help_center/collections`, and no
 * internal articles on this workspace (404).
 */
export function fakeIntercom(options: { token: string }): Promise<FakeApi> {
	return serve((request, response, url, origin) => {
		if (request.headers.authorization !== `Bearer ${options.token}`) {
			json(response, 401, { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] });
			return;
		}
		const replaceHosts = (list: string) =>
			fixtureList('intercom', list, 'https://downloads.intercomcdn.com', origin, 'data').map((item) =>
				JSON.parse(JSON.stringify(item).replaceAll('https://help.acme.test', origin)),
			);
		if (url.pathname === '/articles' || url.pathname === '/help_center/collections') {
			const items = replaceHosts(url.pathname === '/articles' ? 'articles' : 'collections');
			const page = Number(url.searchParams.get('page') ?? 1);
			const perPage = url.pathname === '/articles' ? 2 : 20;
			const total = Math.ceil(items.length / perPage);
			const next = new URL(url);
			next.searchParams.set('page', String(page + 1));
			json(response, 200, {
				type: 'list',
				pages: {
					type: 'pages',
					page,
					per_page: perPage,
					total_pages: total,
					...(page < total ? { next: next.href } : {}),
				},
				total_count: items.length,
				data: items.slice((page - 1) * perPage, page * perPage),
			});
			return;
		}
		if (url.pathname.startsWith('/i/o/')) {
			response.writeHead(200, { 'content-type': 'image/png' });
			response.end(readFileSync(path.join(importFixture('intercom'), 'downloads.intercomcdn.com', url.pathname)));
			return;
		}
		json(response, 404, { type: 'error.list', errors: [{ code: 'not_found', message: 'Resource Not Found' }] });
	});
}
