import { GUIDE_PREFIX } from '../../templates.ts';
import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';

/** Guidance that `npm run new` put in the template must be replaced before the page ships. */
export const unfinishedCheck: Check = {
	name: 'template text',
	run(context, report) {
		for (const entry of context.entries) {
			if (entry.data.description.startsWith(GUIDE_PREFIX)) {
				report({
					kind: issueKinds.unfinished,
					file: entry.file,
					line: entry.lineOf(['description']) ?? 1,
					column: 1,
					field: 'description',
					message: 'still the template text',
					hint: 'write one or two sentences that answer the question',
				});
			}
			for (const comment of context.scan(entry).comments) {
				if (!comment.text.startsWith(GUIDE_PREFIX)) continue;
				report({
					kind: issueKinds.unfinished,
					file: entry.file,
					line: comment.line,
					column: comment.column,
					message: `template note left in: "${comment.text.slice(GUIDE_PREFIX.length).trim()}"`,
					hint: 'write that part, then delete the note',
				});
			}
		}
	},
};
