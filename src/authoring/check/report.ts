import pc from 'picocolors';
import { annotationLimit, formatAnnotation } from '../../cli/github-annotations.ts';
import { inline, logLine } from '../../cli/untrusted-text.ts';
import type { Issue, IssueKind } from './types.ts';

/** The colours an issue line uses; picocolors' own, which NO_COLOR and a non-terminal turn off. */
type Colors = Pick<typeof pc, 'red' | 'yellow' | 'dim' | 'bold'>;

/**
 * `file:line:column severity message (hint)`: one line per issue, as editors and CI
 * logs link it. A file name is anyone's (a pull request can add `a\n::error::b.md`, or
 * one holding an escape sequence), and messages quote names and values, so each part
 * is cleaned onto the line before our colours go around it, and the line cannot
 * start a workflow command. A field is named in bold where colours are on, plainly
 * (`updated: …`) where they are not: Markdown's `**updated**`, which Astro's error
 * overlay renders, would print its asterisks here.
 */
export function formatIssue(issue: Issue, color: boolean | Colors = false): string {
	const paint = typeof color === 'object' ? color : color ? pc : pc.createColors(false);
	const severity = issue.kind.severity === 'error' ? paint.red('error') : paint.yellow('warning');
	const hint = issue.hint ? paint.dim(` (${inline(issue.hint)})`) : '';
	const field = issue.field ? `${paint.bold(inline(issue.field))}: ` : '';
	return `${logLine(issue.file)}:${issue.line}:${issue.column} ${severity} ${field}${inline(issue.message)}${hint}`;
}

/** The message with its field before it, plainly (`updated: last reviewed …`), for CI logs and annotations. */
export function issueText(issue: Pick<Issue, 'field' | 'message'>): string {
	return issue.field ? `${issue.field}: ${issue.message}` : issue.message;
}

/** "1 broken link", "2 broken links". */
export function formatCount(count: number, title: string): string {
	return `${count} ${title.replace(/\((\w+)\)/g, count === 1 ? '' : '$1')}`;
}

/** The kind's title for one issue: "broken link". */
export function singular(title: string): string {
	return title.replace(/\(\w+\)/g, '');
}

/** Counts per kind, in the kinds' sort order. */
export function summarize(issues: Issue[]): { kind: IssueKind; count: number }[] {
	const counts = new Map<IssueKind, number>();
	for (const issue of issues) counts.set(issue.kind, (counts.get(issue.kind) ?? 0) + 1);
	return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.sortOrder - b.kind.sortOrder);
}

/**
 * Workflow commands that put each issue on its line in the pull request, with a
 * pointer to the full log when there are more than GitHub shows.
 */
export function githubAnnotations(issues: Issue[]): string[] {
	const lines: string[] = [];
	const errors = issues.filter((issue) => issue.kind.severity === 'error').length;
	if (errors > annotationLimit) {
		lines.push(
			`::error::npm run check found ${errors} errors; GitHub shows the first ${annotationLimit} here: see the job log for all of them`,
		);
	}
	for (const issue of issues) {
		lines.push(
			formatAnnotation({
				level: issue.kind.severity === 'error' ? 'error' : 'warning',
				file: issue.file,
				line: issue.line,
				column: issue.column,
				title: singular(issue.kind.title),
				message: issue.hint ? `${issueText(issue)} (${issue.hint})` : issueText(issue),
			}),
		);
	}
	return lines;
}
