// A local HTTP server that answers like a vendor's API, for the tests and the benches
// (`npm run bench:pull`): they point a command's base URL at it. Never used by the
// commands themselves. It logs every request and can be told to misbehave (a status,
// a rate limit, a broken body, a hang, a dropped connection) for the next requests that match.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeRequest {
	method: string;
	url: URL;
	headers: IncomingMessage['headers'];
	body: string;
}

export interface FakeResponse {
	status?: number;
	/** The reason phrase after the status (Node's default for the status without one). */
	statusText?: string;
	headers?: Record<string, string>;
	/** An object is sent as JSON; a string or bytes as they are (bodies that are not JSON, compressed ones). */
	body?: unknown;
}

export type FakeHandler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface Fault {
	/** Which requests it applies to; default every request. */
	match?: (request: FakeRequest) => boolean;
	/** How many matching requests it answers; default 1. */
	times?: number;
	/** `hang` never answers; `close` drops the connection (a network error). */
	response: FakeResponse | 'hang' | 'close';
}

export interface FakeServer {
	url: string;
	/** Requests received, in order (method, path and query, body). */
	requests: { method: string; path: string; body: string }[];
	inject(fault: Fault): void;
	close(): Promise<void>;
}

export async function startFakeServer(
	handler: FakeHandler,
	options: { logRequests?: boolean } = {},
): Promise<FakeServer> {
	const faults: (Fault & { left: number })[] = [];
	const requests: FakeServer['requests'] = [];
	const sockets = new Set<Socket>();
	const send = (response: ServerResponse, answer: FakeResponse) => {
		const text =
			typeof answer.body === 'string' || Buffer.isBuffer(answer.body) ? answer.body : JSON.stringify(answer.body ?? {});
		const headers = { 'content-type': 'application/json; charset=utf-8', ...answer.headers };
		if (answer.statusText === undefined) response.writeHead(answer.status ?? 200, headers);
		else response.writeHead(answer.status ?? 200, answer.statusText, headers);
		response.end(text);
	};
	const server = createServer((incoming, response) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', async () => {
			const request: FakeRequest = {
				method: incoming.method ?? 'GET',
				url: new URL(incoming.url ?? '/', 'http://fake.local'),
				headers: incoming.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			if (options.logRequests !== false) {
				requests.push({
					method: request.method,
					path: `${request.url.pathname}${request.url.search}`,
					body: request.body,
				});
			}
			const fault = faults.find((item) => item.left > 0 && (item.match?.(request) ?? true));
			if (fault) {
				fault.left--;
				if (fault.response === 'hang') return;
				if (fault.response === 'close') {
					incoming.socket.destroy();
					return;
				}
				send(response, fault.response);
				return;
			}
			try {
				send(response, await handler(request));
			} catch (error) {
				send(response, { status: 500, body: { error: `fake server bug: ${(error as Error).message}` } });
			}
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		inject(fault) {
			faults.push({ ...fault, left: fault.times ?? 1 });
		},
		close() {
			for (const socket of sockets) socket.destroy();
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

/** The bearer token of a request, or undefined. */
export function bearer(request: FakeRequest): string | undefined {
	const header = request.headers.authorization ?? '';
	return header.startsWith('Bearer ') ? header.slice(7) : undefined;
}

/** Opaque cursors, like the vendors': a number in base64. */
export function encodeCursor(value: number): string {
	return Buffer.from(`tryblock:${value}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number | undefined {
	if (!cursor) return undefined;
	const match = /^tryblock:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
	return match ? Number(match[1]) : undefined;
}
