/**
 * Schemes whose address is code the browser runs with the page's rights. Other schemes
 * stay: the web, email and phone, and the deep links help centers give into apps
 * (`slack://open`, `ms-settings:privacy`, `zoommtg://`), which a browser hands to the app.
 */
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'livescript']);

/**
 * The HTML attributes that hold an address a browser follows or loads, as HTML and
 * JSX write them (any case): the ones the import, the build's guard and the agents'
 * Markdown clear of code.
 */
export const ADDRESS_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href'] as const;

const addressAttributeNames: ReadonlySet<string> = new Set(ADDRESS_ATTRIBUTES);

/** Whether an HTML or JSX attribute (`href`, `formAction`) holds such an address. */
export function isAddressAttribute(name: string): boolean {
	return addressAttributeNames.has(name.toLowerCase());
}

/** Pictures written into the page itself, which browsers show and never run. */
const INLINE_PICTURE = /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/i;

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/** `&#106;`, `&#x6A;` (with or without `;`), and the named references that can spell a scheme's parts. */
const CHARACTER_REFERENCE = /&#(?:x0*([\da-f]{1,6})|0*(\d{1,7}));?|&(colon|tab|newline|amp);?/gi;
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&' };

function decodeReferences(text: string): string {
	return text.replace(CHARACTER_REFERENCE, (whole, hex?: string, decimal?: string, name?: string) => {
		if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
		const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

const decodePercents = (text: string) =>
	text.replace(/%([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** Whitespace, control and invisible characters, which browsers drop from a scheme or ignore around it. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\s]/gu;

/**
 * The address's scheme as a browser would read it, lower case (`javascript` for
 * ` JaVa&#x09;Script&colon;…`), or undefined for a relative address (a path, `#heading`,
 * `?query`, `//host/path`). Stricter than a browser: character references and
 * percent-encoding are decoded (repeatedly) and any whitespace, control or invisible
 * character is dropped before the scheme is read, so no spelling of one hides it, in
 * Markdown as written or in an attribute as a parser gives it.
 */
export function addressScheme(address: string): string | undefined {
	let text = address;
	for (let round = 0; round < 5; round++) {
		const decoded = decodePercents(decodeReferences(text));
		if (decoded === text) break;
		text = decoded;
	}
	return SCHEME.exec(text.replace(INVISIBLE, ''))?.[1]?.toLowerCase();
}

/**
 * Why a link (or, with `picture`, a picture's address) must not reach a page, or
 * undefined when it may: its scheme runs code (`javascript:`, a `data:` page). The one
 * rule of the import, the build's guard, the agents' Markdown and `npm run check`.
 */
export function unsafeAddressReason(address: string, options: { picture?: boolean } = {}): string | undefined {
	const scheme = addressScheme(address);
	if (scheme !== undefined && CODE_SCHEMES.has(scheme)) return `a ${scheme}: address`;
	// `data:text/html` is a whole page, script included; a picture written inline is only shown.
	if (scheme === 'data' && !(options.picture && INLINE_PICTURE.test(address.replace(INVISIBLE, ''))))
		return 'a data: address';
	return undefined;
}
