import { ContentError, type ContentProblem } from '../../../content-model/errors.ts';
import { displayPath } from '../../../content-model/paths.ts';
import { type LocatedRedirect, loadRedirects, redirectsPath } from '../../../redirects/file.ts';
import { resolveRedirects } from '../../../redirects/resolve.ts';
import { issueKinds } from '../kinds.ts';
import type { Check, CheckContext } from '../types.ts';

/** The entries of `content/redirects.yaml`, or the problems that stop the build from reading it. */
function readEntries(context: CheckContext): { entries: LocatedRedirect[] } | { problems: ContentProblem[] } {
	try {
		return { entries: loadRedirects(context.content.contentDir) };
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { problems: error.problems };
	}
}

/**
 * `content/redirects.yaml` against the schema the build reads it with, so an old
 * address the build would stop on (a query, a `*`, one of the site's own paths) is
 * found with the rest, at its line; then each entry resolved as the build resolves it
 * (src/redirects/resolve.ts), so one that leads to no article, or repeats an old
 * address, fails here where the build only warns and leaves it out. One that leads to
 * an internal article or a draft is fine: the handbook build writes it, the public
 * build leaves it out by design.
 */
export const redirectsCheck: Check = {
	name: 'redirects',
	run(context, report) {
		const read = readEntries(context);
		let problems: ContentProblem[];
		if ('problems' in read) problems = read.problems;
		else {
			// An article whose frontmatter is invalid is reported for that; a redirect to it is not reported as well.
			const invalid = [...context.content.invalidSlugs]
				.filter(([, kind]) => kind === 'article')
				.map(([slug]) => ({ slug, data: { audience: 'public' as const, draft: false } }));
			const file = displayPath(redirectsPath(context.content.contentDir));
			problems = resolveRedirects(read.entries, [...context.content.articles, ...invalid], 'public', file).problems;
		}
		for (const problem of problems) {
			report({
				kind: issueKinds.redirect,
				file: problem.file,
				line: problem.line ?? 1,
				column: problem.column ?? 1,
				message: problem.field ? `**${problem.field}**: ${problem.message}` : problem.message,
				hint: problem.hint,
			});
		}
	},
};
