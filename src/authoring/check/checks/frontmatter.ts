import { checkAudienceLinks } from '../../../content-model/content.ts';
import type { ContentProblem } from '../../../content-model/errors.ts';
import { issueKinds } from '../kinds.ts';
import type { Check, Issue } from '../types.ts';

/** A frontmatter problem as `npm run check` reports it; `npm run link` prints its page's the same way. */
export function frontmatterIssue(problem: ContentProblem): Issue {
	return {
		kind: issueKinds.frontmatter,
		file: problem.file,
		line: problem.line ?? 1,
		column: problem.column ?? 1,
		field: problem.field,
		message: problem.message,
		hint: problem.hint,
	};
}

/**
 * Frontmatter against the schema the site builds with, plus what only shows across
 * files (duplicate slugs, `related` slugs that do not exist): the problems
 * `loadContent` finds, each with the nearest id or slug it suggests for a typo.
 */
export const frontmatterCheck: Check = {
	name: 'frontmatter',
	run(context, report) {
		for (const problem of context.content.problems) report(frontmatterIssue(problem));
	},
};

/** A public article's `related` list must not name pages customers cannot open (the build's own rule). */
export const relatedAudienceCheck: Check = {
	name: 'related audience',
	run(context, report) {
		for (const problem of checkAudienceLinks(context.content, 'public')) {
			report({
				kind: issueKinds.hiddenLink,
				file: problem.file,
				line: problem.line ?? 1,
				column: problem.column ?? 1,
				field: problem.field,
				message: problem.message,
				hint: problem.hint,
			});
		}
	},
};
