// Text that arrives from a helpdesk is untrusted: it may carry terminal escape
// sequences, bidi overrides or line breaks that forge a CI log line. These helpers
// make it one plain line before it is stored in the cache or printed.

// C0 and C1 controls (tab and line breaks are handled as whitespace first), DEL,
// bidi embeddings, overrides and isolates, zero-width and other invisible format characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
// ESC [ ... final byte (CSI) and ESC ] ... BEL or ESC \ (OSC): removed whole, not only their ESC.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const csi = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const osc = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;

/** One line of plain text: escape sequences and control characters removed, whitespace collapsed, length capped. */
export function plainLine(value: string, maxLength = 200): string {
	const line = value.replace(csi, '').replace(osc, '').replace(/\s+/g, ' ').replace(unsafe, '').trim();
	return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

/** A helpdesk value for the cache: any JSON scalar as one plain line; anything else is empty. */
export function fieldText(value: unknown, maxLength = 200): string {
	if (typeof value === 'string') return plainLine(value, maxLength);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return '';
}

/** Replaces every occurrence of each secret, so no message can show a token even if a vendor echoes it. */
export function redact(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
	return out;
}
