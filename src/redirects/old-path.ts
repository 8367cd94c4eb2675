import { escapeHtml } from '../text/html.ts';

/**
 * Characters an old address keeps as they are in its stored form: those a browser
 * sends unencoded in a path (the URL Standard's path percent-encode set leaves them
 * alone), less `*` and `:`, which `_redirects` reads as a splat and a placeholder.
 */
const LITERAL = /^[A-Za-z0-9\-._~!$&'()+,;=@|[\]/]$/;

function percentEncode(character: string): string {
	return [...Buffer.from(character, 'utf8')]
		.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
		.join('');
}

/**
 * An old address in the one form `content/redirects.yaml` entries are compared and
 * written in: percent-encoded as a browser requests it (`/Getting%20started/Create%20a%20vault`).
 * Spaces, non-ASCII letters and the like are encoded, escapes are kept with upper-case
 * hex, and an escape of a character that needs none (`%41`, `%27`) is decoded, so
 * `/a b` and `/a%20b`, or `/é` and `/%c3%a9`, have one form. Idempotent.
 */
export function normalizeOldPath(path: string): string {
	return path.replace(/%([0-9A-Fa-f]{2})|[\s\S]/gu, (match, hex: string | undefined) => {
		if (hex === undefined) return LITERAL.test(match) ? match : percentEncode(match);
		const character = String.fromCharCode(Number.parseInt(hex, 16));
		return LITERAL.test(character) && character !== '/' ? character : `%${hex.toUpperCase()}`;
	});
}

/** A path as its files are named (`/Getting started/100% done`), in the stored form: every `%` is a character. */
export function encodeOldPath(decoded: string): string {
	return normalizeOldPath(decoded.replaceAll('%', '%25'));
}

/**
 * The path a static host looks up for an old address (Netlify, Cloudflare Pages, nginx
 * and `astro preview` decode the request): the name of its redirect page, which Astro
 * writes at `<path>/index.html`. Undefined where no page can stand: a path with `.`
 * (a file's address), with `[` `]` (Astro reads a parameter), with `%`, `#`, `?`, `\`
 * or a control character once decoded, or an escape that is no UTF-8. Those addresses
 * are left to `_redirects`.
 */
export function redirectPagePath(from: string): string | undefined {
	if (from.includes('//') || from.includes('.') || !from.startsWith('/')) return undefined;
	let segments: string[];
	try {
		segments = from.slice(1).split('/').map(decodeURIComponent);
	} catch {
		return undefined;
	}
	if (segments.some((segment) => /[/\\%#?[\]\p{Cc}]/u.test(segment))) return undefined;
	return `/${segments.join('/')}`;
}

/** Names a web page is served under as it is, with the type its extension gives (`/docs/setup.html`). */
const PAGE_FILE = /\.x?html?$/i;

/**
 * Where the build writes the redirect page of an old address Astro cannot name
 * (`redirectPagePath` is undefined), relative to the output folder: the decoded path,
 * as static hosts look it up. An address ending in `.html` or `.htm` is that file
 * (`docs/setup.html`); any other is a folder's `index.html` (`docs/v2.0/setup/index.html`,
 * `notes/Don't #1 tip/index.html`), which hosts serve for the address with or without
 * its final `/`. Undefined when no file can answer it: a segment that is empty, `.`
 * or `..` (it would name another folder), or holds `/`, `\` or a control character
 * once decoded, or an escape that is no UTF-8.
 */
export function redirectFilePath(from: string): string | undefined {
	if (!from.startsWith('/') || from.includes('//')) return undefined;
	let segments: string[];
	try {
		segments = from.slice(1).replace(/\/$/, '').split('/').map(decodeURIComponent);
	} catch {
		return undefined;
	}
	if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || /[/\\\p{Cc}]/u.test(segment)))
		return undefined;
	const last = segments.at(-1) as string;
	if (PAGE_FILE.test(last) && !from.endsWith('/')) return segments.join('/');
	return [...segments, 'index.html'].join('/');
}

/**
 * A redirect page: a refresh to the article, its canonical address, kept out of search
 * engines, and a link for browsers that do not refresh, as Astro writes its own. A
 * refresh drops the `#section` of the address asked for, which a host's 301 hands on,
 * so a line of script leads there with it first (`/hc/…/360001001#h_01HRECORDS` to
 * that heading of the article). The old address comes from the team's file and is
 * escaped like any text.
 */
export function redirectPageHtml(options: { from: string; to: string; site?: string }): string {
	const to = escapeHtml(options.to);
	const canonical = options.site
		? `<link rel="canonical" href="${escapeHtml(new URL(options.to, options.site).href)}">`
		: '';
	// A target with its own `#section` leads there, as a 301's would.
	const forward = options.to.includes('#')
		? ''
		: `<script>location.replace(${JSON.stringify(options.to).replace(/</g, '\\u003c')}+location.hash)</script>`;
	return `<!doctype html><title>Redirecting to: ${to}</title>${forward}<meta http-equiv="refresh" content="0;url=${to}"><meta name="robots" content="noindex">${canonical}<body><a href="${to}">Redirecting from <code>${escapeHtml(options.from)}</code> to <code>${to}</code></a></body>`;
}

/**
 * The article slug an old address sits on when it lies under the help center's own
 * `/articles/` pages: `verify-domain` for `/articles/verify-domain/`, its Markdown
 * (`/articles/verify-domain.md`) or a file beside it (`/articles/verify-domain/checklist.pdf`).
 * Old help centers served their articles there too; such an address may redirect
 * only while no article here has that slug, or it would hide the article's page.
 */
export function articlePageSlug(from: string): string | undefined {
	const match = /^\/articles\/([^/]+)/.exec(from);
	if (!match) return undefined;
	let segment = (match[1] as string).replace(/\.md$/i, '');
	try {
		segment = decodeURIComponent(segment);
	} catch {
		// A stray % is kept as written: no slug has one.
	}
	return segment;
}

/** Whether an old address is exactly an article's page here, `/articles/<slug>` with or without its slash. */
export function isArticlePage(from: string, slug: string): boolean {
	return from.replace(/\/+$/, '') === `/articles/${slug}`;
}
