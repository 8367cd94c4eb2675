import { SourceUnreadable } from './sources/types.ts';
import { plainText } from './text.ts';

export interface HttpOptions {
	/** Who is asked, for messages: "Zendesk", "Intercom". */
	service: string;
	/** Headers for the service's own API (authorization); never sent to other hosts. */
	headers: Record<string, string>;
	/** The origin the headers belong to. */
	origin: string;
	/** What to tell a person whose token was refused. */
	authHint: string;
	fetch?: typeof fetch;
	/** Longest single wait the client accepts for a 429 before giving up (seconds). */
	maxWaitSeconds?: number;
	/** Tries for a 5xx or a network error before giving up. */
	attempts?: number;
	/** Told about every wait (rate limit or retry), for a line on stderr. */
	onWait?: (seconds: number, reason: string) => void;
	sleep?: (milliseconds: number) => Promise<void>;
}

const defaultSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date), or an epoch `X-RateLimit-Reset`. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
	const retryAfter = headers.get('retry-after');
	if (retryAfter !== null) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, (date - now) / 1000);
	}
	const reset = Number(headers.get('x-ratelimit-reset'));
	if (Number.isFinite(reset) && reset > 1e9) return Math.max(0, reset - now / 1000);
	return undefined;
}

/** The path and query of a URL, for messages: never the host's credentials, never a token in a query. */
function shown(url: string): string {
	try {
		const parsed = new URL(url);
		return `${parsed.pathname}`;
	} catch {
		return plainText(url, 120);
	}
}

/**
 * A small API client in the shape of Octokit's: every request retries 5xx and
 * network errors with backoff and waits out a 429 for as long as `Retry-After`
 * says (bounded), so the code that pages through a list stays a plain loop.
 * Credentials go only to the service's own origin.
 */
export function createHttpClient(options: HttpOptions) {
	const doFetch = options.fetch ?? fetch;
	const sleep = options.sleep ?? defaultSleep;
	const attempts = options.attempts ?? 4;
	const maxWait = options.maxWaitSeconds ?? 120;

	async function request(url: string, accept: string): Promise<Response> {
		const sameOrigin = new URL(url).origin === options.origin;
		const headers = { accept, 'user-agent': 'tryblock-import', ...(sameOrigin ? options.headers : {}) };
		let failure = '';
		for (let attempt = 1; attempt <= attempts; attempt++) {
			let response: Response;
			try {
				response = await doFetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(60_000) });
			} catch (error) {
				failure = plainText((error as Error).message, 200);
				if (attempt < attempts) {
					const seconds = 2 ** (attempt - 1);
					options.onWait?.(seconds, `network error (${failure})`);
					await sleep(seconds * 1000);
					continue;
				}
				break;
			}
			if (response.status === 429) {
				const seconds = retryAfterSeconds(response.headers) ?? 2 ** attempt;
				await response.body?.cancel();
				if (seconds > maxWait) {
					throw new SourceUnreadable(
						`${options.service} asked to wait ${Math.ceil(seconds)} s before ${shown(url)} (rate limit)`,
						'run the import again later',
					);
				}
				options.onWait?.(seconds, 'rate limit');
				await sleep(seconds * 1000);
				attempt--;
				continue;
			}
			if (response.status >= 500) {
				failure = `${response.status} ${response.statusText}`;
				await response.body?.cancel();
				if (attempt < attempts) {
					const seconds = 2 ** (attempt - 1);
					options.onWait?.(seconds, `${options.service} answered ${failure}`);
					await sleep(seconds * 1000);
				}
				continue;
			}
			return response;
		}
		throw new SourceUnreadable(`${options.service} could not be reached for ${shown(url)}: ${failure}`);
	}

	async function refused(response: Response, url: string): Promise<never> {
		const status = `${response.status} ${response.statusText}`.trim();
		await response.body?.cancel();
		if (response.status === 401 || response.status === 403) {
			throw new SourceUnreadable(`${options.service} refused the credentials (${status})`, options.authHint);
		}
		throw new SourceUnreadable(`${options.service} answered ${status} for ${shown(url)}`);
	}

	return {
		/** GETs a JSON document from the service. */
		async json(url: string): Promise<unknown> {
			const response = await request(url, 'application/json');
			if (!response.ok) return refused(response, url);
			const text = await response.text();
			try {
				return JSON.parse(text);
			} catch {
				throw new SourceUnreadable(`${options.service} sent malformed JSON for ${shown(url)}`);
			}
		},
		/**
		 * Every page of a list, as an async iterator: `next` reads the address of the
		 * following page from a response (cursor or offset), undefined on the last one.
		 */
		async *pages(first: string, next: (body: unknown, url: string) => string | undefined): AsyncGenerator<unknown> {
			let url: string | undefined = first;
			const seen = new Set<string>();
			while (url !== undefined) {
				if (seen.has(url)) throw new SourceUnreadable(`${options.service} sent the same page twice (${shown(url)})`);
				seen.add(url);
				const body = await this.json(url);
				yield body;
				url = next(body, url);
			}
		},
		/** Downloads a file (an image), at most `maxBytes` of it. */
		async download(
			url: string,
			maxBytes: number,
		): Promise<{ ok: true; bytes: Uint8Array; contentType?: string } | { ok: false; reason: string }> {
			let response: Response;
			try {
				response = await request(url, 'image/*,*/*;q=0.5');
			} catch (error) {
				return { ok: false, reason: (error as Error).message };
			}
			if (!response.ok) {
				await response.body?.cancel();
				return { ok: false, reason: `${response.status} ${response.statusText}`.trim() };
			}
			const length = Number(response.headers.get('content-length'));
			if (Number.isFinite(length) && length > maxBytes) {
				await response.body?.cancel();
				return { ok: false, reason: `larger than ${Math.round(maxBytes / 1024 ** 2)} MB` };
			}
			const bytes = new Uint8Array(await response.arrayBuffer());
			if (bytes.byteLength > maxBytes)
				return { ok: false, reason: `larger than ${Math.round(maxBytes / 1024 ** 2)} MB` };
			return { ok: true, bytes, contentType: response.headers.get('content-type') ?? undefined };
		},
	};
}

export type HttpClient = ReturnType<typeof createHttpClient>;
