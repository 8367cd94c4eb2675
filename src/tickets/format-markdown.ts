import { inline, joinLines, markdownCode, markdownText, showInvisible } from '../cli/untrusted-text.ts';
import {
	categoryCells,
	categoryColumns,
	closedWindow,
	collectWarnings,
	formatNote,
	plural,
	verdictLine,
	waiverTarget,
} from './format-shared.ts';
import type { GateResult } from './gate.ts';
import { countByCategoryAndArea } from './matrix.ts';
import { describeReason, planNextSteps } from './next-article.ts';

/** A table row of text cells, each escaped (`markdownText`), so no value can split a cell or become Markdown. */
function row(cells: string[]): string {
	return `| ${cells.map(markdownText).join(' | ')} |`;
}

/** A table row whose cells are Markdown already (alignment rows, code spans). */
function rawRow(cells: string[]): string {
	return `| ${cells.join(' | ')} |`;
}

/**
 * A summary for a pull-request comment or a CI step summary. Every value from an
 * export is escaped (`markdownText`, `markdownCode`), in table cells and lists alike.
 */
export function formatMarkdown(result: GateResult, options: { limit?: number } = {}): string {
	const limit = options.limit ?? 50;
	const { report, judged } = result;
	const out: string[] = [];
	out.push(`## ${report.ok ? '✅' : '❌'} Ticket coverage: ${report.ok ? 'passed' : 'failed'}`, '');
	const window = closedWindow(report);
	out.push(`${verdictLine(report)}.${window ? ` Tickets ${window}.` : ''}`, '');
	out.push(row([...categoryColumns]), rawRow(['---', '---:', '---:', '---:', '---:', '---']));
	const status = {
		empty: 'no tickets',
		covered: '✅ covered',
		uncovered: (unlinked: number) => `❌ ${unlinked} unlinked`,
	};
	for (const category of report.categories) out.push(row(categoryCells(category, status)));

	const counts = countByCategoryAndArea(judged);
	out.push('', '<details><summary>By category × product area (linked/closed)</summary>', '');
	out.push(row(['', ...judged.taxonomy.productAreas.map((area) => area.label)]));
	out.push(rawRow(['---', ...judged.taxonomy.productAreas.map(() => '---:')]));
	judged.taxonomy.categories.forEach((category, index) => {
		const closed = counts.closed[index] as number[];
		const linked = counts.linked[index] as number[];
		out.push(row([category.label, ...closed.map((count, area) => (count === 0 ? '·' : `${linked[area]}/${count}`))]));
	});
	out.push('', '</details>');

	if (report.unlinkedTickets.length > 0) {
		const steps = planNextSteps(report, judged, result.content, limit);
		out.push('', `### Write these articles next (${plural(report.unlinkedTickets.length, 'unlinked ticket')})`, '');
		out.push(
			row(['Ticket', 'Category / area', 'Reason', 'Subject', 'Row']),
			rawRow(['---', '---', '---', '---', '---']),
		);
		for (const step of steps) {
			const { ticket } = step;
			const cells = [
				ticket.id,
				`${ticket.category} / ${ticket.productArea}`,
				describeReason(step),
				showInvisible(step.subject ?? ''),
			];
			out.push(rawRow([...cells.map(markdownText), markdownCode(`${ticket.file}:${ticket.line}`)]));
		}
		if (report.unlinkedTickets.length > steps.length)
			out.push('', `…and ${report.unlinkedTickets.length - steps.length} more.`);
		out.push('', 'Scaffold each article:', '', '```bash', ...steps.map((step) => inline(step.command)), '```');
	}
	if (report.invalidRows.length > 0) {
		out.push('', `### Rows that cannot be judged (${report.invalidRows.length})`, '');
		out.push(row(['Row', 'Reason']), rawRow(['---', '---']));
		for (const invalid of report.invalidRows.slice(0, limit))
			out.push(rawRow([markdownCode(`${invalid.file}:${invalid.line}`), markdownText(invalid.reason)]));
		if (report.invalidRows.length > limit) out.push('', `…and ${report.invalidRows.length - limit} more.`);
	}
	const applied = report.waivers.applied.filter((waiver) => waiver.tickets.length > 0);
	if (applied.length > 0) {
		out.push('', '### Waivers in force', '');
		for (const waiver of applied) {
			out.push(
				`- ${markdownText(waiverTarget(waiver))} until ${waiver.expires} (${markdownText(waiver.owner)}: ${markdownText(waiver.reason)}): ${markdownText(waiver.tickets.join(', '))}`,
			);
		}
	}
	const warnings = collectWarnings(result);
	if (warnings.length > 0) {
		out.push('', '### Warnings', '');
		for (const note of warnings) out.push(`- ${markdownText(formatNote(note))}`);
	}
	return `${joinLines(out)}\n`;
}
