import type { ContentEntry } from '../../../content-model/content.ts';
import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';

/** What a reader never sees: comments, MDX's module lines, headings, rules and blank lines. */
const INVISIBLE_BLOCKS = [/<!--[\s\S]*?(?:-->|$)/g, /\{\s*\/\*[\s\S]*?\*\/\s*\}/g];
const INVISIBLE_LINE = /^(?:#{1,6}(?:\s.*)?|(?:[-*_]\s*){3,}|=+)?$/;
const MODULE_LINE = /^(?:import|export)\s/;

/**
 * True when a page body holds nothing to read: only headings over nothing, comments or
 * blank lines. An image, a list, a component or a sentence is something.
 */
export function isEmptyBody(body: string, mdx: boolean): boolean {
	const visible = INVISIBLE_BLOCKS.reduce((text, pattern) => text.replace(pattern, ''), body);
	return visible
		.split('\n')
		.map((line) => line.trim())
		.every((line) => INVISIBLE_LINE.test(line) || (mdx && MODULE_LINE.test(line)));
}

const isPublished = (entry: ContentEntry) => entry.kind === 'runbook' || !entry.data.draft;

/**
 * A published page with no body opens on its title and nothing under it: a customer who
 * searched and clicked learns nothing, and search has nothing of it to find.
 */
export const emptyBodyCheck: Check = {
	name: 'empty pages',
	run(context, report) {
		for (const entry of context.entries) {
			if (!isPublished(entry) || !isEmptyBody(entry.body, entry.file.endsWith('.mdx'))) continue;
			report({
				kind: issueKinds.emptyBody,
				file: entry.file,
				line: entry.bodyLine,
				column: 1,
				message: 'the page has nothing under its title',
				hint: 'write the answer, or set draft: true until it is written',
			});
		}
	},
};
