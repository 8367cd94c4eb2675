/**
 * Schemes whose address is code the browser runs with the page's rights. Other schemes
 * stay: the web, email and phone, and the deep links help centers give into apps
 * (`slack://open`, `ms-settings:privacy`, `zoommtg://`), which a browser hands to the app.
 */
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'livescript']);

/** Pictures written into the page itself, which browsers show and never run. */
const INLINE_PICTURE = /^data:image\/(?:png|gif|jpe?g|webp|avif);/;

/**
 * The scheme of an address as a browser reads it: it drops leading and trailing
 * spaces and control characters, and tabs and line breaks anywhere, before looking
 * for `scheme:` (so `java\tscript:` and ` JavaScript:` are `javascript`). Undefined for
 * an address without one: a path, `#heading`, `?query` or `//host/path`.
 */
function schemeOf(address: string): string | undefined {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these characters before reading a scheme.
	const cleaned = address.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * Why a link (or, with `picture`, a picture's address) must not reach a page, or
 * undefined when it may: its scheme runs code (`javascript:`, a `data:` page). The
 * address must be decoded first (HTML entities, as a parser gives attributes).
 */
export function unsafeAddressReason(address: string, options: { picture?: boolean } = {}): string | undefined {
	const scheme = schemeOf(address);
	if (scheme !== undefined && CODE_SCHEMES.has(scheme)) return `a ${scheme}: address`;
	// `data:text/html` is a whole page, script included; a picture written inline is only shown.
	if (scheme === 'data' && !(options.picture && INLINE_PICTURE.test(address.trim().toLowerCase())))
		return 'a data: address';
	return undefined;
}
