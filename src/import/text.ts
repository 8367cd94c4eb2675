import { inline } from '../cli/untrusted-text.ts';

/**
 * Text from a help center (titles, names, server messages) as one short line for a
 * terminal, a CI log or a YAML comment: the shared untrusted-text rules (no escape
 * sequences, controls or bidi overrides, line breaks collapsed), then cut to `limit`.
 */
export function plainText(text: string, limit = 300): string {
	const line = inline(text).replace(/\s+/g, ' ').trim();
	return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}
