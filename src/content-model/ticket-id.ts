// The rule for a ticket id, shared by the frontmatter schema (`tickets`), `npm run
// new`, `npm run link`, the coverage config's waivers and the export readers. Kept
// free of zod, so the worker thread that reads big exports can use it.
import { quoted } from '../cli/untrusted-text.ts';

/** Longest ticket id accepted; helpdesk ids are far shorter. */
export const MAX_TICKET_ID_LENGTH = 200;

/**
 * One word of visible characters: no whitespace or line break, no control, format
 * or bidi character (`RES-1234`, `48211`, `th_01HV…`, `#1042`).
 */
const ticketIdPattern = /^[^\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u;

/** The common case, checked without a regular expression: exports hold millions of ids. */
function isPrintableAscii(id: string): boolean {
	for (let index = 0; index < id.length; index++) {
		const code = id.charCodeAt(index);
		if (code <= 0x20 || code >= 0x7f) return false;
	}
	return true;
}

/** What a ticket id looks like, for messages. */
export const ticketIdRule = `one word without spaces, line breaks or control characters, at most ${MAX_TICKET_ID_LENGTH} characters (e.g. RES-1234)`;

/**
 * Why `id` (already trimmed) is not a ticket id, or undefined when it is one. The
 * id is shown quoted, with its invisible characters escaped.
 */
export function ticketIdProblem(id: string): string | undefined {
	if (id === '') return 'the ticket id is empty';
	if (id.length > MAX_TICKET_ID_LENGTH || !(isPrintableAscii(id) || ticketIdPattern.test(id))) {
		return `${quoted(id.length > 60 ? `${id.slice(0, 57)}...` : id)} is not a ticket id: expected ${ticketIdRule}`;
	}
	return undefined;
}

/**
 * The ticket ids in what a person typed for several (`RES-1, RES-2`): separated by
 * commas, each trimmed. A space is no separator, since no id holds one: `RES 1234` is
 * one id mistyped, which `ticketIdProblem` then names, not the tickets RES and 1234.
 */
export function splitTicketIds(value: string): string[] {
	return value
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
}
