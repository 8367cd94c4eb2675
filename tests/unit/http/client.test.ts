// The HTTP client both helpdesk commands share, against real local servers. What each
// command makes of it (the pull's 429s, 5xx and malformed pages per vendor, the
// import's refused tokens) is tested through the commands in tests/unit/helpdesk and
// tests/unit/import; here, what only the client decides.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip, gzipSync } from 'node:zlib';
import { z } from 'astro/zod';
import { afterEach, describe, expect, test } from 'vitest';
import { createServiceClient, type ServiceClientOptions } from '../../../src/http/client.ts';
import { ServiceAuthError, ServiceError } from '../../../src/http/errors.ts';
import {
	type FakeHandler,
	type FakeResponse,
	type FakeServer,
	startFakeServer,
} from '../../../src/http/fake-server.ts';
import { vendorMessage, type Wait } from '../../../src/http/messages.ts';
import { paginate } from '../../../src/http/paginate.ts';

const quick = { attempts: 3, backoffSeconds: 0.01, maxWaitSeconds: 30 };
const token = 'tk-secret-value';

let servers: FakeServer[] = [];
afterEach(async () => {
	await Promise.all(servers.map((server) => server.close()));
	servers = [];
});

async function serve(handler: FakeHandler, logHeaders?: Map<string, string | undefined>): Promise<FakeServer> {
	const server = await startFakeServer((request) => {
		logHeaders?.set(`${server.url}${request.url.pathname}`, request.headers.authorization);
		return handler(request);
	});
	servers.push(server);
	return server;
}

function client(baseUrl: string, options: Partial<ServiceClientOptions> = {}) {
	const waits: Wait[] = [];
	const created = createServiceClient({
		service: 'Acme',
		baseUrl,
		headers: () => ({ authorization: `Bearer ${token}` }),
		refusal: { credentials: 'ACME_TOKEN', hint: 'create a token with read access' },
		retry: quick,
		again: 'run it again later',
		onWait: (wait) => waits.push(wait),
		...options,
	});
	return { ...created, waits };
}

const ok = z.object({ ok: z.boolean() });

describe('credentials go to the service’s own origin only', () => {
	test('a next-page link to another host is refused before anything is sent there', async () => {
		const elsewhere = await serve(() => ({ body: { ok: true } }));
		const api = client((await serve(() => ({ body: { ok: true } }))).url);
		await expect(api.json({ method: 'GET', url: `${elsewhere.url}/api/next` }, ok)).rejects.toThrow(
			new ServiceError(
				`Acme pointed the next page at ${elsewhere.url}, not ${servers[1]?.url}: refusing to send the credentials there`,
			),
		);
		expect(elsewhere.requests).toEqual([]);
	});

	test('files are downloaded from any host, with the token only on the service’s own', async () => {
		const seen = new Map<string, string | undefined>();
		const cdn = await serve(() => ({ headers: { 'content-type': 'image/png' }, body: 'PNG bytes' }), seen);
		const api = await serve((request): FakeResponse => {
			if (request.url.pathname === '/moved') return { status: 302, headers: { location: `${cdn.url}/signed.png` } };
			return { headers: { 'content-type': 'image/png' }, body: 'own bytes' };
		}, seen);
		const acme = client(api.url);
		const own = await acme.download(`${api.url}/attachment.png`, 1024);
		expect(own).toMatchObject({ ok: true, contentType: 'image/png' });
		expect(seen.get(`${api.url}/attachment.png`)).toBe(`Bearer ${token}`);
		// Redirected to a CDN: the bytes arrive, the token stays behind.
		const moved = await acme.download(`${api.url}/moved`, 1024);
		expect(moved.ok && moved.bytes.toString()).toBe('PNG bytes');
		expect(seen.has(`${cdn.url}/signed.png`)).toBe(true);
		expect(seen.get(`${cdn.url}/signed.png`)).toBeUndefined();
		expect(await acme.download(`${cdn.url}/direct.png`, 1024)).toMatchObject({ ok: true });
		expect(seen.get(`${cdn.url}/direct.png`)).toBeUndefined();
	});

	test('a refusal names the setting, quotes the service with any echoed secret scrubbed, and says what to do', async () => {
		const api = await serve((request) => ({
			status: 401,
			body: { error: `invalid token ${request.headers.authorization?.slice(7)}` },
		}));
		const error = await client(api.url)
			.json({ method: 'GET', url: '/me' }, ok)
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ServiceAuthError);
		expect((error as ServiceAuthError).message).toBe('Acme refused the credentials in ACME_TOKEN (401 Unauthorized)');
		expect((error as ServiceAuthError).hint).toBe(
			'Acme says "invalid token [redacted]": create a token with read access',
		);
		expect((error as ServiceAuthError).status).toBe(401);
	});

	test('a scheme with a hyphen (Zoho-oauthtoken): the bare token an answer echoes is scrubbed too', async () => {
		const api = await serve((request) => ({
			status: 400,
			body: { message: `bad token ${request.headers.authorization?.slice('Zoho-oauthtoken '.length)}` },
		}));
		const zoho = client(api.url, { headers: () => ({ authorization: `Zoho-oauthtoken ${token}` }) });
		const error = await zoho.json({ method: 'GET', url: '/me' }, ok).catch((caught: unknown) => caught);
		expect((error as ServiceError).message).toMatch(/: Acme answered 400 Bad Request: bad token \[redacted\]$/);
	});
});

describe('retries and waits, decided by the policy', () => {
	test('a 429 is waited out as Retry-After asks, and the caller is told before the wait', async () => {
		const api = await serve(() => ({ body: { ok: true } }));
		api.inject({ response: { status: 429, headers: { 'retry-after': '0.1' }, body: {} } });
		const acme = client(api.url);
		expect(await acme.json({ method: 'GET', url: '/x?page=2' }, ok)).toEqual({ ok: true });
		expect(acme.waits).toEqual([
			{
				request: `GET ${api.url}/x?page=2`,
				rateLimited: true,
				seconds: 0.1,
				reason: 'as Retry-After asks',
				attempt: 1,
				attempts: 3,
			},
		]);
	});

	test('a wait longer than the policy allows stops at once, naming the setting to raise', async () => {
		const api = await serve(() => ({ status: 429, headers: { 'retry-after': '600' }, body: {} }));
		const error = await client(api.url, { retrySetting: 'tickets.source.retry' })
			.json({ method: 'GET', url: '/x' }, ok)
			.then(() => new ServiceError('no error'))
			.catch((caught: ServiceError) => caught);
		expect([error.message, error.hint]).toEqual([
			`GET ${api.url}/x: Acme is rate limiting and asks to wait 600 s (Retry-After), longer than tickets.source.retry.maxWaitSeconds (30 s)`,
			'run it again later, or raise tickets.source.retry.maxWaitSeconds',
		]);
		expect(api.requests).toHaveLength(1);
	});

	test('a dropped connection is retried with backoff; one that keeps dropping names the request', async () => {
		const api = await serve(() => ({ body: { ok: true } }));
		api.inject({ response: 'close' });
		const acme = client(api.url);
		expect(await acme.json({ method: 'GET', url: '/x' }, ok)).toEqual({ ok: true });
		expect(acme.waits[0]).toMatchObject({ rateLimited: false, attempt: 2, reason: 'the network failed (ECONNRESET)' });

		api.inject({ response: 'close', times: 3 });
		await expect(acme.json({ method: 'GET', url: '/y' }, ok)).rejects.toThrow(
			`GET ${api.url}/y: the network failed after 3 tries (ECONNRESET)`,
		);
	});

	test('a failed first request names it with a token in its address scrubbed, though the token was fetched for it', async () => {
		const api = await serve(() => ({ status: 503, body: {} }));
		const acme = client(api.url);
		const failure = acme.json({ method: 'GET', url: `/x?access_token=${token}` }, ok);
		await expect(failure).rejects.toThrow(
			`GET ${api.url}/x?access_token=[redacted]: Acme answered 503 Service Unavailable 3 times`,
		);
		expect(acme.waits.map((wait) => wait.request)).toEqual([
			`GET ${api.url}/x?access_token=[redacted]`,
			`GET ${api.url}/x?access_token=[redacted]`,
		]);
	});

	test('a service that stops answering fails the try after the timeout, without waiting for the OS', async () => {
		const api = await serve(() => ({ body: { ok: true } }));
		api.inject({ response: 'hang', times: 3 });
		const started = performance.now();
		await expect(client(api.url, { timeoutMs: 200 }).json({ method: 'GET', url: '/slow' }, ok)).rejects.toThrow(
			`GET ${api.url}/slow: the network failed after 3 tries (no answer for 0.2 s)`,
		);
		expect(performance.now() - started).toBeLessThan(5000);
	});

	test('a body that is not JSON is tried again (a transfer cut short); one of the wrong shape is not', async () => {
		const api = await serve(() => ({ body: { ok: 'yes' } }));
		api.inject({ response: { body: '{"ok": tr' } });
		const acme = client(api.url);
		await expect(acme.json({ method: 'GET', url: '/x' }, ok)).rejects.toThrow(
			`GET ${api.url}/x: the response is not what the API documents (ok: Invalid input: expected boolean, received string)`,
		);
		expect(acme.waits[0]?.reason).toMatch(/^the response was cut short \(not valid JSON: /);
		expect(api.requests).toHaveLength(2);
	});
});

describe('bodies', () => {
	test('a 204 No Content is what the request says it stands for, and otherwise no JSON', async () => {
		const api = await serve(() => ({ status: 204, body: '' }));
		const acme = client(api.url);
		const list = z.object({ data: z.array(z.unknown()) });
		expect(await acme.json({ method: 'GET', url: '/search', noContent: { data: [] } }, list)).toEqual({ data: [] });
		await expect(acme.json({ method: 'GET', url: '/search' }, list)).rejects.toThrow(/the response is not valid JSON/);
	});

	test('compressed answers are read, and a byte-order mark does not break the JSON', async () => {
		const api = await serve((request) =>
			request.url.pathname === '/bom' ? { body: '\ufeff{"ok":true}' } : { body: { ok: true } },
		);
		const acme = client(api.url);
		api.inject({
			response: { headers: { 'content-encoding': 'gzip' }, body: gzipSync('{"ok":true}') },
		});
		expect(await acme.json({ method: 'GET', url: '/gz' }, ok)).toEqual({ ok: true });
		expect(await acme.json({ method: 'GET', url: '/bom' }, ok)).toEqual({ ok: true });
	});

	test('a download larger than allowed is not read to the end, and says why', async () => {
		const api = await serve((request) =>
			request.url.pathname === '/missing.png'
				? { status: 404, body: { error: 'RecordNotFound' } }
				: { body: 'x'.repeat(64 * 1024) },
		);
		const acme = client(api.url);
		expect(await acme.download(`${api.url}/big.png`, 1024 * 1024)).toMatchObject({ ok: true });
		expect(await acme.download(`${api.url}/big.png`, 1024)).toEqual({ ok: false, reason: 'larger than 1 KB' });
		expect(await acme.download(`${api.url}/missing.png`, 1024)).toEqual({ ok: false, reason: '404 Not Found' });
	});

	test('a compressed answer that inflates past the limit stops there, at the first try, and says why', async () => {
		// 50 KB of gzip that inflates to 50 MB of zeros: a decompression bomb, from a broken proxy or worse.
		const api = await serve(() => ({
			headers: { 'content-encoding': 'gzip' },
			body: gzipSync(Buffer.alloc(50 * 1024 ** 2)),
		}));
		const acme = client(api.url, { maxResponseBytes: 1024 ** 2 });
		await expect(acme.json({ method: 'GET', url: '/bomb' }, ok)).rejects.toThrow(
			new ServiceError(`GET ${api.url}/bomb: the response is larger than 1 MB, more than any page of the API holds`, {
				hint: 'check the base URL and any proxy on the way, then run it again later',
			}),
		);
		expect(api.requests).toHaveLength(1);
		expect(acme.waits).toEqual([]);
	});

	test('an answer that never ends (an endless gzip stream) is cut off at the limit', async () => {
		const endless = createServer((_request, response) => {
			response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
			const gzip = createGzip();
			gzip.pipe(response);
			const zeros = Buffer.alloc(1024 ** 2);
			const pump = () => {
				while (!response.destroyed && gzip.write(zeros));
				if (!response.destroyed) gzip.once('drain', pump);
			};
			response.on('close', () => gzip.destroy());
			pump();
		});
		await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(endless.address() as AddressInfo).port}`;
		try {
			const acme = client(url, { maxResponseBytes: 4 * 1024 ** 2 });
			await expect(acme.json({ method: 'GET', url: '/stream' }, ok)).rejects.toThrow(
				`GET ${url}/stream: the response is larger than 4 MB`,
			);
		} finally {
			endless.closeAllConnections();
			await new Promise((resolve) => endless.close(resolve));
		}
	}, 20_000);

	test("a service's error message is read from the shapes their APIs document, made plain", () => {
		expect(vendorMessage('{"error":"Couldn\'t authenticate you"}')).toBe("Couldn't authenticate you");
		expect(
			vendorMessage('{"type":"error.list","errors":[{"code":"unauthorized","message":"Access Token Invalid"}]}'),
		).toBe('Access Token Invalid');
		expect(vendorMessage('{"error":"invalid_client","error_description":"Bad secret"}')).toBe('Bad secret');
		expect(vendorMessage('{"_error":{"status":403,"title":"Forbidden","message":"Missing scope"}}')).toBe(
			'Missing scope',
		);
		expect(vendorMessage('{"error":{"msg":"401 Unauthorized: Invalid email or API key."}}')).toBe(
			'401 Unauthorized: Invalid email or API key.',
		);
		expect(vendorMessage('<html><body><h1>502 Bad\u001b[2J Gateway</h1></body></html>')).toBe('502 Bad Gateway');
	});
});

describe('pagination as an async iterator', () => {
	test('every page in order until one names no next; a position given twice stops the loop', async () => {
		const pages = new Map<number, { items: number[]; next?: number }>([
			[1, { items: [1, 2], next: 2 }],
			[2, { items: [3], next: 3 }],
			[3, { items: [] }],
		]);
		const seen: number[] = [];
		for await (const page of paginate(1, async (at) => pages.get(at) ?? { items: [] }, { service: 'Acme' })) {
			seen.push(...page.items);
		}
		expect(seen).toEqual([1, 2, 3]);

		const looping = paginate('a', async (at) => ({ at, next: at === 'a' ? 'b' : 'a' }), { service: 'Acme' });
		const visited: string[] = [];
		await expect(
			(async () => {
				for await (const page of looping) visited.push(page.at);
			})(),
		).rejects.toThrow('Acme answered with the same page position twice ("a")');
		expect(visited).toEqual(['a', 'b']);
	});
});
