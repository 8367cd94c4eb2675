import pc from 'picocolors';
import type { Issue, IssueKind } from './types.ts';

/** `file:line:column severity message (hint)`: one line per issue, as editors and CI logs link it. */
export function formatIssue(issue: Issue, color = false): string {
	const paint = color ? pc : pc.createColors(false);
	const severity = issue.kind.severity === 'error' ? paint.red('error') : paint.yellow('warning');
	const hint = issue.hint ? paint.dim(` (${issue.hint})`) : '';
	return `${issue.file}:${issue.line}:${issue.column} ${severity} ${issue.message}${hint}`;
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

function escapeData(value: string): string {
	return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
	return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** GitHub Actions shows at most 10 annotations of each severity per step. */
export const annotationLimit = 10;

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
		const command = issue.kind.severity === 'error' ? 'error' : 'warning';
		const properties = `file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column},title=${escapeProperty(singular(issue.kind.title))}`;
		const message = issue.hint ? `${issue.message} (${issue.hint})` : issue.message;
		lines.push(`::${command} ${properties}::${escapeData(message)}`);
	}
	return lines;
}
