import { plainLine, quoted } from '../../../cli/untrusted-text.ts';
import { ContentError, type ContentProblem } from '../../../content-model/errors.ts';
import { displayPath } from '../../../content-model/paths.ts';
import { type LocatedRedirect, loadRedirects, redirectsPath } from '../../../redirects/file.ts';
import { type ResolvedRedirect, resolveRedirects } from '../../../redirects/resolve.ts';
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
 * Redirects to a section of an article (`to: verify-domain#add-records`) whose article
 * has no such heading: the redirect would land at the top of the page. The handbook's
 * redirects are judged too, since `npm run check` judges every article.
 */
function missingSections(redirects: ResolvedRedirect[], context: CheckContext, file: string): ContentProblem[] {
	return redirects.flatMap((redirect) => {
		if (redirect.article === undefined || redirect.section === undefined) return [];
		const article = context.bySlug.get(redirect.article);
		if (!article || context.anchors(article).has(redirect.section)) return [];
		return [
			{
				file,
				...(redirect.line === undefined ? {} : { line: redirect.line }),
				message: `the redirect from ${redirect.from} leads to #${plainLine(redirect.section, 100)}, which is no heading of ${quoted(redirect.article)}`,
				hint: `name one of its headings (${[...context.anchors(article)].slice(0, 5).join(', ') || 'it has none'}), or leave out the #section`,
			},
		];
	});
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
			const resolved = resolveRedirects(read.entries, [...context.content.articles, ...invalid], 'public', file);
			problems = [...resolved.problems, ...missingSections(resolved.redirects, context, file)];
		}
		for (const problem of problems) {
			report({
				kind: issueKinds.redirect,
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
