/**
 * The one rule for which addresses an imported article may keep. An imported site or
 * helpdesk is untrusted: a link or picture whose address runs code (`javascript:`,
 * `vbscript:`, `data:text/html`) must never reach an article. An address is kept when
 * it is relative (a path, `#fragment`, `?query`, `//host`) or its scheme is http, https,
 * mailto or tel; a picture may also be an inline PNG, GIF, JPEG, WebP or AVIF, which the
 * import copies beside the article.
 */

const KEPT = new Set(['http', 'https', 'mailto', 'tel']);
const INLINE_PICTURE = /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i;
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

/**
 * The address's scheme as a browser would read it, lower case (`javascript` for
 * ` JaVa&#x09;Script&colon;…`), or undefined for a relative address. Stricter than a
 * browser: character references and percent-encoding are decoded (repeatedly) and any
 * whitespace, control or invisible character is dropped before the scheme is read, so
 * no spelling of one hides it.
 */
export function addressScheme(address: string): string | undefined {
	let text = address;
	for (let round = 0; round < 5; round++) {
		const decoded = decodePercents(decodeReferences(text));
		if (decoded === text) break;
		text = decoded;
	}
	const bare = text.replace(/[\p{Cc}\p{Cf}\p{Z}\s]/gu, '');
	return SCHEME.exec(bare)?.[1]?.toLowerCase();
}

/** Whether an imported link (`link`) or picture (`picture`) may keep this address. */
export function isSafeAddress(address: string, kind: 'link' | 'picture'): boolean {
	const scheme = addressScheme(address);
	if (scheme === undefined || KEPT.has(scheme)) return true;
	return kind === 'picture' && scheme === 'data' && INLINE_PICTURE.test(address.replace(/[\p{Cc}\p{Z}\s]/gu, ''));
}
