/**
 * "Contact support" after a reader answered "No" and no feedback endpoint is set: the
 * helpdesk's form (or mail) learns which article did not help, so the answer reaches the
 * team either way. A web form gets `?article=<slug>&feedback=not-helpful`; a `mailto:`
 * address gets a subject saying the same.
 */
export function notHelpfulContactLink(supportUrl: string, slug: string): string {
	if (supportUrl.startsWith('mailto:')) {
		const [address = '', query = ''] = supportUrl.slice('mailto:'.length).split('?');
		const params = new URLSearchParams(query);
		params.set('subject', `Article not helpful: ${slug}`);
		// Mail clients read %20, not "+", as a space.
		return `mailto:${address}?${params.toString().replace(/\+/g, '%20')}`;
	}
	const url = new URL(supportUrl);
	url.searchParams.set('article', slug);
	url.searchParams.set('feedback', 'not-helpful');
	return url.toString();
}
