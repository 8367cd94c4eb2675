import pc from 'picocolors';
import { type Annotation, annotationLimit, formatAnnotation } from '../cli/github-annotations.ts';
import { quoted } from '../cli/untrusted-text.ts';
import { collectWarnings, percent } from './format-shared.ts';
import { formatText } from './format-text.ts';
import type { GateResult } from './gate.ts';
import { describeReason, planNextSteps } from './next-article.ts';

/**
 * Workflow-command annotations for GitHub Actions: each uncovered category, unlinked
 * ticket and invalid row on its file and line (the first 10, then a pointer to the
 * log), warnings, then the full text report for the log. Annotation fields are
 * escaped as the runner reads them (`formatAnnotation`), and the text report keeps
 * every export value on its line, so no value can start a workflow command.
 */
export function formatGithub(result: GateResult): string {
	const { report } = result;
	const errors: Annotation[] = [];
	for (const category of report.categories.filter((item) => !item.covered)) {
		errors.push({
			level: 'error',
			title: `Category ${category.id} uncovered`,
			message: `${category.label}: ${category.linked} of ${category.closed} closed tickets link an article (${percent(category.linkRate)}, minimum ${percent(category.minLinkRate)}). Unlinked: ${category.unlinked.join(', ')}`,
		});
	}
	for (const row of report.invalidRows) {
		errors.push({
			level: 'error',
			title: 'Ticket row cannot be judged',
			message: row.reason,
			file: row.file,
			line: row.line,
		});
	}
	for (const step of planNextSteps(report, result.judged, result.content, annotationLimit)) {
		const { ticket } = step;
		errors.push({
			level: 'error',
			title: `Ticket ${ticket.id} has no article`,
			message: `${ticket.category} / ${ticket.productArea}, ${describeReason(step)}${step.subject ? `: ${quoted(step.subject)}` : ''}. Write the article: ${step.command}`,
			file: ticket.file,
			line: ticket.line,
		});
	}
	const lines = errors.slice(0, annotationLimit).map(formatAnnotation);
	const problemCount = report.uncoveredCategories.length + report.invalidRows.length + report.unlinkedTickets.length;
	if (problemCount > lines.length) {
		lines.push(
			formatAnnotation({
				level: 'error',
				title: 'More coverage problems',
				message: `${problemCount - lines.length} more problems: the full report is in the log of this step`,
			}),
		);
	}
	for (const note of collectWarnings(result).slice(0, annotationLimit)) {
		lines.push(
			formatAnnotation({
				level: 'warning',
				title: 'Ticket coverage',
				message: note.text,
				file: note.file,
				line: note.line,
			}),
		);
	}
	// Each annotation is one line by construction: `formatAnnotation` escapes every break.
	return `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${formatText(result, { colors: pc.createColors(false), limit: 200 })}`;
}
