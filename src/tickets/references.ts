/** Words helpdesk agents type into an empty articles field. */
const emptyMarkers = new Set(['-', '--', 'n/a', 'na', 'none', 'null', 'nil']);

/**
 * The article slug one reference stands for: a slug (`verify-domain`), a site path
 * (`/articles/verify-domain/`), a full URL whose last path segment is the slug
 * (`https://help.example.com/articles/verify-domain/`) or a content file
 * (`content/articles/verify-domain.md`). Query strings and anchors are ignored.
 */
export function slugFromReference(reference: string): string | undefined {
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
export function parseArticleReferences(cell: string): string[] {
	const slugs: string[] = [];
	for (const part of cell.split(separators)) {
		const slug = slugFromReference(part);
		if (slug !== undefined && !slugs.includes(slug)) slugs.push(slug);
	}
	return slugs;
}
