import { diffArrays } from 'diff';

/**
 * Where each line of a rewritten text came from. The readers of other generators'
 * syntax (content tabs, MkDocs' admonitions, GitBook's blocks) add fence lines and
 * take others out, so a line of the text the Markdown parser reads is no longer the
 * same line of the page; a note about it must still name the page's line. Each
 * rewrite is compared with the text before it (jsdiff's Myers diff over the lines,
 * white space at their ends aside): a line kept is mapped to the line it was, and a line
 * written in place of others to the first of them.
 */

/** At most this many lines added or taken out by one rewrite are followed; past it, lines are no longer known. */
const MAX_EDITS = 2000;

/**
 * For each line of `after` (0-based), the line of `before` it came from, or -1 for a
 * line added from nothing. Undefined when the texts differ too much to tell.
 */
export function alignLines(before: readonly string[], after: readonly string[]): number[] | undefined {
	const changes = diffArrays(
		before.map((line) => line.trim()),
		after.map((line) => line.trim()),
		{ maxEditLength: MAX_EDITS },
	);
	if (!changes) return undefined;
	const from = new Array<number>(after.length).fill(-1);
	let x = 0;
	let y = 0;
	for (const change of changes) {
		if (change.removed) x += change.count;
		else if (change.added) y += change.count;
		else for (let kept = 0; kept < change.count; kept++) from[y++] = x++;
	}
	const m = after.length;
	const n = before.length;
	// A line written in place of others (`!!! note` as a fence) stands for the first of them.
	let lastKept = -1;
	for (let line = 0; line < m; line++) {
		if (from[line] !== -1) {
			lastKept = from[line] as number;
			continue;
		}
		let next = line;
		while (next < m && from[next] === -1) next++;
		const nextKept = next < m ? (from[next] as number) : n;
		const replaced = nextKept - lastKept - 1;
		for (let added = line; added < next; added++)
			if (replaced > 0) from[added] = lastKept + 1 + Math.min(added - line, replaced - 1);
		line = next - 1;
	}
	return from;
}

/** The lines of a text as it is rewritten, each with the line of the original it stands for. */
export class LineMap {
	/** For each line of the current text (0-based), the original's line (0-based), or -1. */
	private origins: number[];

	constructor(text: string) {
		this.origins = text.split('\n').map((_, index) => index);
	}

	/** Follows a rewrite of the text from `before` to `after`. */
	rewrite(before: string, after: string): void {
		if (before === after) return;
		const beforeLines = before.split('\n');
		const afterLines = after.split('\n');
		const from = alignLines(beforeLines, afterLines);
		this.origins = from
			? from.map((line) => (line === -1 ? -1 : (this.origins[line] ?? -1)))
			: afterLines.map(() => -1);
	}

	/** The original's line (1-based) that the current text's line `line` (1-based) stands for, if known. */
	original(line: number): number | undefined {
		const origin = this.origins[line - 1];
		return origin === undefined || origin === -1 ? undefined : origin + 1;
	}
}
