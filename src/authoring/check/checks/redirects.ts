import { ContentError } from '../../../content-model/errors.ts';
import { loadRedirects } from '../../../redirects/file.ts';
import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';

/**
 * `content/redirects.yaml` against the schema the build reads it with, so an old
 * address the build would stop on (a query, a `*`, one of the site's own paths) is
 * found with the rest, at its line.
 */
export const redirectsCheck: Check = {
	name: 'redirects',
	run(context, report) {
		try {
			loadRedirects(context.content.contentDir);
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			for (const problem of error.problems) {
				report({
					kind: issueKinds.redirect,
					file: problem.file,
					line: problem.line ?? 1,
					column: problem.column ?? 1,
					message: problem.field ? `**${problem.field}**: ${problem.message}` : problem.message,
					hint: problem.hint,
				});
			}
		}
	},
};
