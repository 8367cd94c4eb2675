import { readFileSync } from 'node:fs';
import { nearest } from '../../../cli/suggest.ts';
import { checkAudienceLinks } from '../../../content-model/content.ts';
import type { ContentProblem } from '../../../content-model/errors.ts';
import { parseSource } from '../../../content-model/frontmatter.ts';
import { issueKinds } from '../kinds.ts';
import type { Check, CheckContext } from '../types.ts';

/** The value a field holds in a file that failed validation (read again, only for such files). */
function rawValue(file: string, field: string): unknown {
	try {
		const data = parseSource(readFileSync(file, 'utf8'), file).parsed?.data;
		return data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : undefined;
	} catch {
		return undefined;
	}
}

/** "did you mean" for a mistyped taxonomy id or `related` slug. */
function suggestionFor(problem: ContentProblem, context: CheckContext): string | undefined {
	const { taxonomy } = context.content;
	if (problem.field === 'category' || problem.field === 'productArea') {
		const value = rawValue(problem.file, problem.field);
		const terms = problem.field === 'category' ? taxonomy.categories : taxonomy.productAreas;
		return typeof value === 'string'
			? nearest(
					value,
					terms.map((term) => term.id),
				)
			: undefined;
	}
	const related = problem.field === undefined ? undefined : /^related\.(\d+)$/.exec(problem.field);
	if (!related) return undefined;
	const value = context.entries.find((entry) => entry.file === problem.file)?.data.related[Number(related[1])];
	return value === undefined ? undefined : nearest(value, [...context.bySlug.keys()]);
}

/**
 * Frontmatter against the schema the site builds with, plus what only shows across
 * files (duplicate slugs, `related` slugs that do not exist): the same problems
 * `loadContent` finds, with the nearest id or slug suggested for a typo.
 */
export const frontmatterCheck: Check = {
	name: 'frontmatter',
	run(context, report) {
		for (const problem of context.content.problems) {
			const suggestion = suggestionFor(problem, context);
			const hint = suggestion ? `did you mean "${suggestion}"?` : problem.hint;
			report({
				kind: issueKinds.frontmatter,
				file: problem.file,
				line: problem.line ?? 1,
				column: problem.column ?? 1,
				message: problem.field ? `**${problem.field}**: ${problem.message}` : problem.message,
				hint,
			});
		}
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
				message: problem.field ? `**${problem.field}**: ${problem.message}` : problem.message,
				hint: problem.hint,
			});
		}
	},
};
