import { normalizeOldPath } from '../../redirects/old-path.ts';
import type { MintlifyRedirect } from './generators.ts';

/**
 * Mintlify's `redirects` (docs.json, mint.json) as old addresses of the pages they lead
 * to: plain ones, patterns (`/beta/:slug*` → `/v2/:slug*`) spelt out for each page they
 * reach, and, for the report, those the import cannot keep.
 */

/** An old address and where it leads: a page's address, perhaps at a section of it. */
export interface RedirectAddress {
	to: string;
	fragment?: string;
	/** The redirect as `docs.json` wrote it, for the report. */
	written: string;
}

const writtenAs = (file: string, source: string, destination: string) => `${file}: redirect ${source} → ${destination}`;

/**
 * Mintlify's redirects as old addresses, source → destination, the destination's heading
 * apart (`/billing#plans` leads to the page, at its section `plans`). They are written from the docs' root (`/start`),
 * or, on a site served under a path, often from the site's (`/help/start` for docs served
 * under `/help`): a redirect whose source and destination both start with that path is read
 * so, unless its destination under the path again is a page.
 */
export function mintlifyRedirectAddresses(
	file: string,
	redirects: ReadonlyMap<string, string>,
	servedAt: string,
	underBase: (sitePath: string) => string,
	isPage: (address: string) => boolean,
): Map<string, RedirectAddress> {
	const base = servedAt.replace(/\/+$/, '');
	const fromSiteRoot = (value: string) => base !== '' && (value === base || value.startsWith(`${base}/`));
	const addresses = new Map<string, RedirectAddress>();
	for (const [from, to] of redirects) {
		const destination = to.replace(/[#?].*$/, '') || '/';
		const fragment = /#(.+)$/.exec(to)?.[1];
		const asWritten = fromSiteRoot(from) && fromSiteRoot(destination) && !isPage(underBase(destination));
		const address = (value: string) => (asWritten ? normalizeOldPath(value.replace(/(.)\/$/, '$1')) : underBase(value));
		addresses.set(address(from), {
			to: address(destination),
			...(fragment ? { fragment } : {}),
			written: writtenAs(file, from, to),
		});
	}
	return addresses;
}

/** A path ending in one parameter, `/beta/:slug*` (any number of segments) or `/beta/:slug` (one): its fixed part and the parameter. */
function trailingParameter(value: string): { prefix: string; name: string; many: boolean } | undefined {
	const match = /^((?:\/[^/:*?#]+)*)\/:(\w+)(\*)?$/.exec(value);
	if (!match) return undefined;
	return { prefix: match[1] ?? '', name: match[2] ?? '', many: match[3] === '*' };
}

/**
 * The redirects Mintlify reads as patterns or that leave the docs: each pattern that ends
 * in the same parameter on both sides (`/beta/:slug*` → `/v2/:slug*`) gives every page
 * under its destination (`/v2/setup`) an old address under its source (`/beta/setup`);
 * the rest are lines for the report: a pattern the import cannot spell out or that
 * reaches no page, and a destination on another site.
 */
export function mintlifyPatternAddresses(
	file: string,
	others: readonly MintlifyRedirect[],
	pages: ReadonlyMap<string, string>,
	underBase: (sitePath: string) => string,
): { addresses: Map<string, RedirectAddress>; review: string[] } {
	const addresses = new Map<string, RedirectAddress>();
	const review: string[] = [];
	for (const { source, destination } of others) {
		const written = writtenAs(file, source, destination);
		if (/^[a-z][a-z0-9+.-]*:/i.test(destination)) {
			review.push(`${written} leads to another site; add it to your host's redirects if you keep it`);
			continue;
		}
		const from = trailingParameter(source);
		const to = trailingParameter(destination);
		if (!from || !to || from.name !== to.name || from.many !== to.many) {
			review.push(`${written} is a pattern the import cannot follow; add it to your host's redirects if you keep it`);
			continue;
		}
		const target = underBase(to.prefix || '/');
		const within = target === '/' ? '/' : `${target}/`;
		let found = 0;
		for (const address of pages.keys()) {
			if (!address.startsWith(within)) continue;
			const rest = address.slice(within.length);
			if (rest === '' || (!from.many && rest.includes('/'))) continue;
			addresses.set(underBase(`${from.prefix}/${rest}`), { to: address, written });
			found++;
		}
		if (found === 0) review.push(`${written} leads to no page of the folder; its old addresses lead nowhere`);
	}
	return { addresses, review };
}
