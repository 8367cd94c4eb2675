import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
 * between pages of `data`, collections under `/help_center/collections`, the
 * workspace's help centers under `/help_center/help_centers` (one list, as
 * documented, with no `pages`), and no internal articles on this workspace (404).
 * `fixture` names the dump under tests/fixtures/import/ it answers with.
 */
export function fakeIntercom(options: { token: string; fixture?: string }): Promise<FakeApi> {
	const fixture = options.fixture ?? 'intercom';
	return serve((request, url, origin) => {
		if (request.headers.authorization !== `Bearer ${options.token}`) {
			return json(401, { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] });
		}
		const replaceHosts = (list: string) =>
			fixtureList(fixture, list, 'https://downloads.intercomcdn.com', origin, 'data').map((item) =>
				JSON.parse(JSON.stringify(item).replaceAll('https://help.acme.test', origin)),
			);
		if (url.pathname === '/help_center/help_centers') {
			// A workspace has at least its first help center; a fixture without the list has that one only.
			const listed = existsSync(path.join(importFixture(fixture), 'help_centers.json'));
			const data = listed
				? replaceHosts('help_centers')
				: [{ id: '1', workspace_id: 'acme123', identifier: 'acme', display_name: 'Acme', url: origin }];
			return json(200, { type: 'list', data });
		}
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

/** A file Freshdesk keeps for articles, `/helpdesk/attachments/<id>`, saved in the fixture as `<id>.<extension>`. */
function freshdeskFile(id: string): FakeResponse {
	const dir = path.join(importFixture('freshdesk'), 'helpdesk/attachments');
	const name = readdirSync(dir).find((entry) => entry.startsWith(`${id}.`));
	if (!name) return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not found</h1>' };
	return file('freshdesk', `helpdesk/attachments/${name}`);
}

/**
 * Freshdesk's API v2 as documented: basic auth with the API key as user and `X`
 * as password, bare JSON arrays paged by `page` and `per_page` (at most 100),
 * categories, each category's folders, each folder's subfolders and articles, and
 * the article files behind the portal's `/helpdesk/attachments/<id>`. A folder as
 * listed holds only its own fields: where it sits is the list it came in.
 * `bulk` adds that many generated articles to the Invoices folder.
 */
export function fakeFreshdesk(options: { apiKey: string; bulk?: number }): Promise<FakeApi> {
	const expected = `Basic ${Buffer.from(`${options.apiKey}:X`).toString('base64')}`;
	return serve((request, url, origin) => {
		if (url.pathname.startsWith('/helpdesk/attachments/')) return freshdeskFile(url.pathname.split('/').at(-1) ?? '');
		if (request.headers.authorization !== expected) {
			return json(401, { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' });
		}
		const list = (name: string) =>
			JSON.parse(
				readFileSync(path.join(importFixture('freshdesk'), `${name}.json`), 'utf8').replaceAll(
					'https://acme.freshdesk.com',
					origin,
				),
			) as Record<string, unknown>[];
		const withoutPlace = ({ category_id, parent_folder_id, ...own }: Record<string, unknown>) => own;
		let items: unknown[] | undefined;
		const { pathname } = url;
		if (pathname === '/api/v2/solutions/categories') items = list('categories');
		const inCategory = /^\/api\/v2\/solutions\/categories\/(\d+)\/folders$/.exec(pathname)?.[1];
		if (inCategory)
			items = list('folders')
				.filter((folder) => String(folder.category_id) === inCategory && folder.parent_folder_id === undefined)
				.map(withoutPlace);
		const inFolder = /^\/api\/v2\/solutions\/folders\/(\d+)\/(subfolders|articles)$/.exec(pathname);
		if (inFolder?.[2] === 'subfolders')
			items = list('folders')
				.filter((folder) => String(folder.parent_folder_id) === inFolder[1])
				.map((folder) => ({ ...withoutPlace(folder), parent_folder_id: folder.parent_folder_id }));
		if (inFolder?.[2] === 'articles') {
			items = list('articles').filter((article) => String(article.folder_id) === inFolder[1]);
			if (inFolder[1] === '48000201')
				for (let index = 1; index <= (options.bulk ?? 0); index++)
					items.push({
						id: 49000000000 + index,
						title: `Invoice question ${index}`,
						description: '<p>Yes.</p>',
						status: 2,
						folder_id: 48000201,
						category_id: 48000002,
					});
		}
		if (!items) return json(404, { code: 'not_found', message: 'Resource not found' });
		const perPage = Number(url.searchParams.get('per_page') ?? 30);
		const page = Number(url.searchParams.get('page') ?? 1);
		if (perPage > 100)
			return json(400, {
				description: 'Validation failed',
				errors: [{ field: 'per_page', message: 'Has to be less than or equal to 100', code: 'invalid_value' }],
			});
		return json(200, items.slice((page - 1) * perPage, page * perPage));
	});
}

/**
 * Help Scout's Docs API v1 as documented: basic auth with the API key as user and
 * `X` as password, lists under their name as `{ page, pages, count, items }` paged by
 * `page` (two articles a page here, to make several), collections, each collection's
 * categories and articles (references without their text), each article whole
 * under `/v1/articles/{id}`, and the images of the docs site.
 */
export function fakeHelpScoutDocs(options: { apiKey: string }): Promise<FakeApi> {
	const expected = `Basic ${Buffer.from(`${options.apiKey}:X`).toString('base64')}`;
	return serve((request, url, origin) => {
		if (url.pathname.startsWith('/docs/assets/')) return file('helpscout-docs', url.pathname);
		if (request.headers.authorization !== expected) return json(401, { error: 'Unauthorized' });
		const list = (name: string) =>
			JSON.parse(
				readFileSync(path.join(importFixture('helpscout-docs'), `${name}.json`), 'utf8').replaceAll(
					'https://acme.helpscoutdocs.com',
					origin,
				),
			) as Record<string, unknown>[];
		const page = (key: string, items: unknown[], size: number) => {
			const number = Number(url.searchParams.get('page') ?? 1);
			const pages = Math.max(1, Math.ceil(items.length / size));
			return json(200, {
				[key]: { page: number, pages, count: items.length, items: items.slice((number - 1) * size, number * size) },
			});
		};
		const size = Math.min(Number(url.searchParams.get('pageSize') ?? 50), 100);
		if (url.pathname === '/v1/collections') return page('collections', list('collections'), size);
		const inCollection = /^\/v1\/collections\/(\w+)\/(categories|articles)$/.exec(url.pathname);
		if (inCollection?.[2] === 'categories')
			return page(
				'categories',
				list('categories').filter((category) => category.collectionId === inCollection[1]),
				size,
			);
		if (inCollection?.[2] === 'articles') {
			const refs = list('articles')
				.filter((article) => article.collectionId === inCollection[1])
				.map(({ text, categories, related, keywords, ...ref }) => ref);
			return page('articles', refs, Math.min(size, 2));
		}
		const single = /^\/v1\/articles\/(\w+)$/.exec(url.pathname)?.[1];
		const article = list('articles').find((item) => item.id === single);
		if (article) return json(200, { article });
		return json(404, { error: 'Not Found' });
	});
}

/**
 * Zoho Desk as documented: the refresh-token grant at `/oauth/v2/token` (a wrong refresh
 * token answered with a 200 and `{ error }`), then `Authorization: Zoho-oauthtoken <token>`
 * and the `orgId` header on every Desk request, lists as `{ data }` paged by `from` (from
 * 1) and `limit` (at most 50; a 204 past the last), the root categories, each one's
 * category tree, the articles (without `answer` or attachments), each article whole,
 * its attachments and the editor's gallery images. `bulk` adds that many generated
 * articles to the Billing category; `images` is the origin that stands for the
 * fixture's other image host (`https://images.acme.test`).
 */
export function fakeZohodesk(options: {
	clientId: string;
	clientSecret: string;
	refreshToken: string;
	orgId: string;
	accessToken?: string;
	bulk?: number;
	images?: string;
}): Promise<FakeApi> {
	const accessToken = options.accessToken ?? 'zoho-access-1';
	return serve((request, url, origin) => {
		if (url.pathname === '/oauth/v2/token') {
			const form = new URLSearchParams(String(request.body ?? ''));
			const right =
				form.get('grant_type') === 'refresh_token' &&
				form.get('client_id') === options.clientId &&
				form.get('client_secret') === options.clientSecret &&
				form.get('refresh_token') === options.refreshToken;
			return json(
				200,
				right ? { access_token: accessToken, expires_in: 3600, api_domain: origin } : { error: 'invalid_code' },
			);
		}
		if (url.pathname.startsWith('/galleryDocuments/'))
			return { ...file('zohodesk', url.pathname), headers: { 'content-type': 'image/png' } };
		if (request.headers.authorization !== `Zoho-oauthtoken ${accessToken}`)
			return json(401, { errorCode: 'INVALID_OAUTH', message: 'The OAuth Token you provided is invalid.' });
		if (request.headers.orgid !== options.orgId)
			return json(422, { errorCode: 'INVALID_DATA', message: 'orgId is not valid' });
		const generated = Array.from({ length: options.bulk ?? 0 }, (_, index) => ({
			id: String(5100000000 + index),
			title: `Invoice question ${index + 1}`,
			answer: '<p>Yes.</p>',
			categoryId: '4000000002',
			rootCategoryId: '4000000002',
			status: 'Published',
			permission: 'ALL',
			modifiedTime: '2025-01-01T00:00:00.000Z',
		}));
		const read = (name: string): Record<string, unknown>[] => [
			...(JSON.parse(
				readFileSync(path.join(importFixture('zohodesk'), `${name}.json`), 'utf8')
					.replaceAll('https://desk.zoho.com', origin)
					.replaceAll('https://images.acme.test', options.images ?? 'https://images.acme.test'),
			) as Record<string, unknown>[]),
			...(name === 'articles' ? generated : []),
		];
		const page = (items: unknown[]) => {
			const from = Number(url.searchParams.get('from') ?? 1);
			const limit = Number(url.searchParams.get('limit') ?? 10);
			if (limit > 50 || from < 1)
				return json(422, { errorCode: 'INVALID_DATA', message: 'limit must be at most 50, from at least 1' });
			const data = items.slice(from - 1, from - 1 + limit);
			return data.length === 0 ? { status: 204, headers: {}, body: '' } : json(200, { data });
		};
		if (url.pathname === '/api/v1/kbRootCategories')
			return page(read('categories').map(({ children, ...root }) => root));
		const tree = /^\/api\/v1\/kbRootCategories\/(\d+)\/categoryTree$/.exec(url.pathname)?.[1];
		const root = read('categories').find((category) => category.id === tree);
		if (root) return json(200, root);
		if (url.pathname === '/api/v1/articles')
			return page(read('articles').map(({ answer, attachments, ...listed }) => listed));
		if (/^\/api\/v1\/articles\/\d+\/attachments\/\d+\/content$/.test(url.pathname))
			return { ...file('zohodesk', url.pathname), headers: { 'content-type': 'text/plain' } };
		const single = /^\/api\/v1\/articles\/(\d+)$/.exec(url.pathname)?.[1];
		const article = read('articles').find((item) => item.id === single);
		if (article) return json(200, article);
		return json(404, { errorCode: 'URL_NOT_FOUND', message: 'The URL you requested could not be found.' });
	});
}

/** A Document360 answer: its envelope around `data` (or `result`, for reader groups). */
function document360Answer(key: 'data' | 'result', value: unknown): FakeResponse {
	return json(200, { [key]: value, extension_data: null, success: true, errors: [], warnings: [], information: [] });
}

/**
 * Document360's API v2 as its reference documents it: the token in the `api_token`
 * header, the project's workspaces (`/v2/ProjectVersions`, here with an API reference
 * workspace beside the knowledge base), a workspace's category tree (subcategories in
 * `child_categories`) and its article list in one language, each article and its
 * settings, a Page category's text (under `category`), and reader groups five to a page (`offSet`). The images are on a second
 * server, the CDN, which `cdn` is; its requests' `api_token` headers are in its
 * `authorizations`.
 */
export async function fakeDocument360(options: { token: string }): Promise<FakeApi & { cdn: FakeApi }> {
	const cdnTokens = new Map<string, string | undefined>();
	const cdn = await serve((request, url) => {
		const token = request.headers.api_token;
		cdnTokens.set(url.pathname, typeof token === 'string' ? token : undefined);
		return file('document360', url.pathname);
	});
	const fixture = (name: string) =>
		JSON.parse(
			readFileSync(path.join(importFixture('document360'), `${name}.json`), 'utf8').replaceAll(
				'https://cdn.document360.io',
				`${cdn.origin}/cdn.document360.io`,
			),
		) as Record<string, unknown>[];
	const tokens = new Map<string, string | undefined>();
	const api = await serve((request, url) => {
		const token = request.headers.api_token;
		tokens.set(url.pathname, typeof token === 'string' ? token : undefined);
		if (token !== options.token)
			return json(401, { success: false, errors: [{ description: 'Unauthorized', error_code: '401' }] });
		const [workspace] = fixture('workspace');
		const workspaceId = String(workspace?.id);
		if (url.pathname === '/v2/ProjectVersions') {
			const { imported_language: _language, ...own } = workspace ?? {};
			const reference = { id: 'api-reference-ws', slug: 'api', is_main_version: false, version_type: 1 };
			return document360Answer('data', [reference, own]);
		}
		const inWorkspace = /^\/v2\/ProjectVersions\/([\w-]+)\/(categories|articles)$/.exec(url.pathname);
		if (inWorkspace && inWorkspace[1] !== workspaceId)
			return json(400, {
				success: false,
				errors: [{ description: 'The supplied project version id does not exist in your project', error_code: '400' }],
			});
		if (inWorkspace?.[2] === 'categories') {
			const all = fixture('categories');
			const tree = (parent: unknown): unknown[] =>
				all
					.filter((category) => category.parent_category_id === parent)
					.map((category) => ({ ...category, articles: [], child_categories: tree(category.id) }));
			return document360Answer('data', tree(null));
		}
		const all = fixture('articles');
		const page = /^\/v2\/Categories\/([\w-]+)\/content\/en$/.exec(url.pathname)?.[1];
		const pageRecord = all.find((item) => item.page_category && item.id === page);
		if (pageRecord) {
			const { page_category, language_code, category_id, ...own } = pageRecord;
			return json(200, { category: own, extension_data: null, success: true, errors: [] });
		}
		const articles = all.filter((item) => !item.page_category);
		if (inWorkspace?.[2] === 'articles')
			return document360Answer(
				'data',
				articles.map(({ content, html_content, settings, authors, ...ref }) => ref),
			);
		const single = /^\/v2\/Articles\/([\w-]+)\/en(\/settings)?$/.exec(url.pathname);
		const article = articles.find((item) => item.id === single?.[1]);
		if (single && article) {
			const { settings, language_code, ...own } = article;
			return document360Answer('data', single[2] ? settings : own);
		}
		if (url.pathname === '/v2/Readers/groups') {
			const page = Number(url.searchParams.get('offSet') ?? 1);
			return document360Answer('result', fixture('reader_groups').slice((page - 1) * 5, page * 5));
		}
		return json(400, { success: false, errors: [{ description: 'Article not found', error_code: null }] });
	});
	return {
		...api,
		get requests() {
			return api.requests;
		},
		authorizations: tokens,
		cdn: {
			...cdn,
			get requests() {
				return cdn.requests;
			},
			authorizations: cdnTokens,
		},
		close: async () => {
			await api.close();
			await cdn.close();
		},
	};
}

/**
 * A Document360 project whose API echoes the token it was sent, in other letter cases,
 * into a category's name, an article's title, Markdown, slug and tags, and an error.
 */
export async function echoingDocument360(token: string): Promise<FakeApi> {
	return serve((request, url) => {
		if (request.headers.api_token !== token) return json(401, { success: false, errors: [] });
		const workspace = {
			id: 'ws1',
			is_main_version: true,
			version_type: 0,
			language_versions: [{ code: 'en', set_as_default: true, site_protection_level: 0 }],
		};
		const article = {
			id: 'a1',
			title: `Rotate ${token} now`,
			content: `The token ${token.toLowerCase()} was shown here.\n`,
			content_type: 0,
			category_id: 'c1',
			status: 3,
			slug: `rotate-${token.toLowerCase()}`,
			url: `https://docs.acme.test/docs/rotate-${token.toLowerCase()}`,
			modified_at: '2026-01-03T10:00:00Z',
		};
		if (url.pathname === '/v2/ProjectVersions') return document360Answer('data', [workspace]);
		if (url.pathname === '/v2/ProjectVersions/ws1/categories')
			return document360Answer('data', [{ id: 'c1', name: `Keys ${token.toUpperCase()}`, child_categories: [] }]);
		if (url.pathname === '/v2/ProjectVersions/ws1/articles')
			return document360Answer('data', [{ id: 'a1', title: article.title, modified_at: article.modified_at }]);
		if (url.pathname === '/v2/Articles/a1/en') return document360Answer('data', article);
		if (url.pathname === '/v2/Articles/a1/en/settings')
			return document360Answer('data', { slug: article.slug, tags: [token.toUpperCase()] });
		return json(404, { success: false, errors: [{ description: `no such thing for ${token}` }] });
	});
}
