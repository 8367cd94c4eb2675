import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
	type FakeRequest,
	type FakeResponse,
	type FakeServer,
	startFakeServer,
} from '../../../src/http/fake-server.ts';
import { importFixture } from './helpers.ts';

export interface FakeApi {
	origin: string;
	/** Every request path the server answered, in order. */
	readonly requests: string[];
	/** The authorization header of each request, by path. */
	authorizations: Map<string, string | undefined>;
	/** Makes the next matching requests misbehave. */
	inject: FakeServer['inject'];
	close: () => Promise<void>;
}

/** A vendor's API on the project's local fake server; `url` is the request's address on it. */
async function serve(handler: (request: FakeRequest, url: URL, origin: string) => FakeResponse): Promise<FakeApi> {
	const authorizations = new Map<string, string | undefined>();
	let origin = '';
	const server = await startFakeServer((request) => {
		authorizations.set(request.url.pathname, request.headers.authorization);
		return handler(request, new URL(`${request.url.pathname}${request.url.search}`, origin), origin);
	});
	origin = server.url;
	return {
		origin,
		get requests() {
			return server.requests.map((request) => request.path);
		},
		authorizations,
		inject: (fault) => server.inject(fault),
		close: () => server.close(),
	};
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
	return { status, headers, body };
}

const contentTypes: Record<string, string> = {
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.txt': 'text/plain',
	'.csv': 'text/csv',
};

/** A file saved in the fixture dump, as the help center serves it; 404 when there is none. */
function file(fixture: string, pathname: string): FakeResponse {
	const target = path.join(importFixture(fixture), decodeURIComponent(pathname));
	if (!existsSync(target)) return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not found</h1>' };
	const type = contentTypes[path.extname(target)] ?? 'application/octet-stream';
	return { headers: { 'content-type': type }, body: readFileSync(target) };
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
 * `Retry-After` on the first request for the second page of articles, each
 * article's attachment list, and the attachments behind the same credentials.
 */
export function fakeZendesk(options: { email: string; token: string }): Promise<FakeApi> {
	const expected = `Basic ${Buffer.from(`${options.email}/token:${options.token}`).toString('base64')}`;
	let limited = false;
	return serve((request, url, origin) => {
		if (request.headers.authorization !== expected) {
			return json(401, { error: "Couldn't authenticate you" });
		}
		const list = /^\/api\/v2\/help_center\/(articles|sections|categories)\.json$/.exec(url.pathname)?.[1];
		if (list) {
			const items = fixtureList('zendesk', list, 'https://acme.zendesk.com', origin, list);
			const size = Number(url.searchParams.get('page[size]') ?? 30);
			const after = Number(url.searchParams.get('page[after]') ?? 0);
			if (list === 'articles' && after > 0 && !limited) {
				limited = true;
				return json(429, { error: 'TooManyRequests' }, { 'retry-after': '1' });
			}
			const pageSize = list === 'articles' ? Math.min(size, 2) : size;
			const page = items.slice(after, after + pageSize);
			const more = after + pageSize < items.length;
			const next = new URL(url);
			next.searchParams.set('page[after]', String(after + pageSize));
			return json(200, {
				[list]: page,
				meta: { has_more: more, after_cursor: more ? String(after + pageSize) : null, before_cursor: null },
				links: { next: more ? next.href : null, prev: null },
			});
		}
		const attachmentsOf = /^\/api\/v2\/help_center\/articles\/(\d+)\/attachments\.json$/.exec(url.pathname)?.[1];
		if (attachmentsOf) {
			const all = fixtureList(
				'zendesk',
				'article_attachments',
				'https://acme.zendesk.com',
				origin,
				'article_attachments',
			);
			return json(200, {
				article_attachments: all.filter((attachment) => String(attachment.article_id) === attachmentsOf),
				next_page: null,
			});
		}
		if (url.pathname.startsWith('/hc/article_attachments/')) return file('zendesk', url.pathname);
		return json(404, { error: 'RecordNotFound' });
	});
}

/**
 * Intercom's Articles API as documented: a bearer token, `pages.next` links
 * between pages of `data`, collections under `/help_center/collections`, and no
 * internal articles on this workspace (404).
 */
export function fakeIntercom(options: { token: string }): Promise<FakeApi> {
	return serve((request, url, origin) => {
		if (request.headers.authorization !== `Bearer ${options.token}`) {
			return json(401, { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] });
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
			return json(200, {
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
		}
		if (url.pathname.startsWith('/i/o/')) return file('intercom', `downloads.intercomcdn.com${url.pathname}`);
		return json(404, { type: 'error.list', errors: [{ code: 'not_found', message: 'Resource Not Found' }] });
	});
}
