/**
 * GitBook's mark for a link to a page it had lost, which led nowhere on the old site
 * either: `broken-reference`, and in newer spaces `/broken/pages/<page id>` (the id of
 * the deleted page, as GitBook names pages: letters, digits, `-` and `_`). Returns the
 * mark as GitBook wrote it, for the report, or undefined for any other link.
 */
export function lostLinkMark(href: string): string | undefined {
	try {
		const { pathname } = new URL(href, 'http://link');
		if (/(^|\/)broken-reference\/?$/.test(pathname)) return 'broken-reference';
		if (/^\/broken\/pages\/[\w-]{16,}\/?$/.test(pathname)) return '/broken/pages/';
		return undefined;
	} catch {
		return undefined;
	}
}
