/** Words helpdesk agents type into an empty articles field. */
const emptyMarkers = new Set(['-', '--', 'n/a', 'na', 'none', 'null', 'nil']);

/** The slug of the article an old help center's address leads to now (`content/redirects.yaml`), if any. */
export type OldAddressLookup = (path: string) => string | undefined;

/**
 * The article slug one reference stands for: a slug (`verify-domain`), a site path
 * (`/articles/verify-domain/`), a full URL whose last path segment is the slug
 * (`https://help.example.com/articles/verify-domain/`), a content file
 * (`content/articles/verify-domain.md`), or, through `oldAddress`, a link to the old
 * help center the team moved from (`https://help.example.com/hc/en-us/articles/360001234-Verify`).
 * Query strings and anchors are ignored.
 */
export function slugFromReference(reference: string, oldAddress?: OldAddressLookup): string | undefined {
	let text = reference.trim();
	if (text === '' || emptyMarkers.has(text.toLowerCase())) return undefined;
	if (text.includes('://')) {
		try {
			text = new URL(text).pathname;
		} catch {
			return text.toLowerCase();
		}
	}
	text = text.replace(/[?#].*$/, '');
	if (oldAddress && text.startsWith('/') && !text.startsWith('/articles/')) {
		const moved = oldAddress(text);
		if (moved !== undefined) return moved;
	}
	const segments = text.split('/').filter((segment) => segment !== '');
	const last = segments.at(-1);
	if (last === undefined) return undefined;
	let slug = last.replace(/\.(mdx?|html?)$/i, '');
	if (slug === 'index' && segments.length > 1) slug = (segments.at(-2) as string).replace(/\.(mdx?|html?)$/i, '');
	try {
		slug = decodeURIComponent(slug);
	} catch {
		// A stray % stays as written; the slug will not exist and is reported as a broken link.
	}
	return slug.toLowerCase();
}

/** Separators between references in one cell: commas, semicolons, whitespace and line breaks (NEL too). */
const separators = /[\s\u0085,;]+/;

/** Every article slug an export's articles cell names, in order, without repeats. */
export function parseArticleReferences(cell: string, oldAddress?: OldAddressLookup): string[] {
	const slugs: string[] = [];
	for (const part of cell.split(separators)) {
		const slug = slugFromReference(part, oldAddress);
		if (slug !== undefined && !slugs.includes(slug)) slugs.push(slug);
	}
	return slugs;
}
