/**
 * Elements whose content is only text and inline markup, so no table or list item can
 * sit inside them. The plugins skip these subtrees: most of a page's nodes are the
 * words inside paragraphs, headings and code.
 */
export const phrasingOnly = new Set([
	'p',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'pre',
	'code',
	'a',
	'em',
	'strong',
	'del',
	'span',
]);
