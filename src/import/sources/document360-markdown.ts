import type { ConversionNote } from '../convert/types.ts';

/** Document360's callout opening: `:::(Info) (Its title)`, `:::(Warning)`, `:::(Internal) (Private notes)`. */
const CALLOUT = /^(\s*):::[ \t]*\((\w+)\)(?:[ \t]*\((.*)\))?[ \t]*$/;
const CLOSE = /^\s*:::\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * A Document360 Markdown article made plain for the converter: its callouts
 * (`:::(Info) (Title)` … `:::`) become the directive blocks the converter makes into
 * asides (`:::info[Title]`), and its private notes (`:::(Internal)`), which only the
 * team saw on the portal, are left out and said in a note, so they never reach a
 * public article. Code blocks are left as written; line ends become `\n`.
 */
export function document360Markdown(text: string): { text: string; notes: ConversionNote[] } {
	// Document360 keeps what its editor was given: Windows line ends too.
	const lines = text.split(/\r\n?|\n/);
	const out: string[] = [];
	const notes: ConversionNote[] = [];
	let fence: string | undefined;
	let privateNote: { title: string } | undefined;
	for (const line of lines) {
		const marker = FENCE.exec(line)?.[1];
		if (privateNote) {
			if (!fence && CLOSE.test(line)) privateNote = undefined;
			else if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length)))
				fence = fence ? undefined : marker;
			continue;
		}
		if (marker) {
			if (!fence) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
			out.push(line);
			continue;
		}
		const callout = fence ? null : CALLOUT.exec(line);
		if (!callout) {
			out.push(line);
			continue;
		}
		const [, indent = '', kind = '', title] = callout;
		if (kind.toLowerCase() === 'internal') {
			privateNote = { title: title?.trim() ?? '' };
			notes.push({
				level: 'review',
				message: `a private note${privateNote.title ? ` ("${privateNote.title}")` : ''}, which only the team saw on Document360, was left out; copy what still matters into a runbook or the article`,
			});
			continue;
		}
		const label = title?.trim().replace(/[[\]]/g, '');
		out.push(`${indent}:::${kind.toLowerCase()}${label ? `[${label}]` : ''}`);
	}
	const last = notes.at(-1);
	if (privateNote && last)
		last.message = `${last.message.replace(/; copy .*$/, '')}: it is never closed, so it held the rest of the page, which readers did not see either; check where it should end`;
	return { text: out.join('\n'), notes };
}
