import type { ContentEntry } from '../../../content-model/content.ts';
import { isEmptyBody } from '../../../markdown/empty-body.ts';
import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';

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
