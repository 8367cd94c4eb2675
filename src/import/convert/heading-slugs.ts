/**
 * The anchors other generators give a heading, beside GitHub's, so links into an
 * imported page keep their place whichever generator wrote them.
 */

/** The anchor Python-Markdown's table of contents (MkDocs) gives a heading by default. */
export function pythonMarkdownSlug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[^\p{ASCII}]/gu, '')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.toLowerCase()
		.replace(/[-\s]+/g, '-');
}

/** The anchor Mintlify gives a heading: lower case, each run of characters other than letters and digits one hyphen. */
export function dashedSlug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}
