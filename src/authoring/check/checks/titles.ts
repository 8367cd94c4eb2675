import type { ContentEntry } from '../../../content-model/content.ts';
import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';

/** How titles are compared: case and runs of white space do not count. */
export const titleKey = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Two articles (or two runbooks) with the same title look like one search result
 * twice; the later file is reported, naming the first.
 */
export const duplicateTitlesCheck: Check = {
	name: 'duplicate titles',
	run(context, report) {
		for (const entries of [context.content.articles, context.content.runbooks] as ContentEntry[][]) {
			const first = new Map<string, ContentEntry>();
			for (const entry of entries) {
				const key = titleKey(entry.data.title);
				const earlier = first.get(key);
				if (!earlier) {
					first.set(key, entry);
					continue;
				}
				report({
					kind: issueKinds.duplicateTitle,
					file: entry.file,
					line: entry.lineOf(['title']) ?? 1,
					column: 1,
					field: 'title',
					message: `"${entry.data.title}" is also the title of ${earlier.file}`,
					hint: 'give each page a title that says what sets it apart, or merge the two',
				});
			}
		}
	},
};
