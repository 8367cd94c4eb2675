// Text that arrives from a helpdesk is untrusted: it may carry terminal escape
// sequences, bidi overrides or line breaks that forge a CI log line. These helpers
// make it one plain line before it is stored in the cache or printed.
import { inline } from '../cli/untrusted-text.ts';

// Escape sequences, controls, bidi overrides and line breaks go through the project's
// one module for untrusted text; zero-width and other invisible characters go too, so
// a category that looks right matches the taxonomy.
const invisible = /[\u200b-\u200d\u2060-\u2064\ufeff]/g;

/** One line of plain text: escape sequences and control characters removed, whitespace collapsed, length capped. */
export function plainLine(value: string, maxLength = 200): string {
	const line = inline(value).replace(invisible, '').replace(/\s+/g, ' ').trim();
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
