import {
	categoryCells,
	categoryColumns,
	collectWarnings,
	formatNote,
	plural,
	verdictLine,
	waiverTarget,
} from './format-shared.ts';
import type { GateResult } from './gate.ts';
import { countByCategoryAndArea } from './matrix.ts';
import { describeReason, planNextSteps } from './next-article.ts';

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function row(cells: string[]): string {
	return `| ${cells.join(' | ')} |`;
}

/** A summary for a pull-request comment or a CI step summary. */
export function formatMarkdown(result: GateResult, options: { limit?: number } = {}): string {
	const limit = options.limit ?? 50;
	const { report, judged } = result;
	const out: string[] = [];
	out.push(`## ${report.ok ? '✅' : '❌'} Ticket coverage: ${report.ok ? 'passed' : 'failed'}`, '');
	out.push(`${verdictLine(report)}.${report.since ? ` Tickets closed since ${report.since}.` : ''}`, '');
	out.push(row([...categoryColumns]), row(['---', '---:', '---:', '---:', '---:', '---']));
	const status = {
		empty: 'no tickets',
		covered: '✅ covered',
		uncovered: (unlinked: number) => `❌ ${unlinked} unlinked`,
	};
	for (const category of report.categories) out.push(row(categoryCells(category, status)));

	const counts = countByCategoryAndArea(judged);
	out.push('', '<details><summary>By category × product area (linked/closed)</summary>', '');
	out.push(row(['', ...judged.taxonomy.productAreas.map((area) => area.label)]));
	out.push(row(['---', ...judged.taxonomy.productAreas.map(() => '---:')]));
	judged.taxonomy.categories.forEach((category, index) => {
		const closed = counts.closed[index] as number[];
		const linked = counts.linked[index] as number[];
		out.push(row([category.label, ...closed.map((count, area) => (count === 0 ? '·' : `${linked[area]}/${count}`))]));
	});
	out.push('', '</details>');

	if (report.unlinkedTickets.length > 0) {
		const steps = planNextSteps(report, judged, result.content, limit);
		out.push('', `### Write these articles next (${plural(report.unlinkedTickets.length, 'unlinked ticket')})`, '');
		out.push(row(['Ticket', 'Category / area', 'Reason', 'Subject', 'Row']), row(['---', '---', '---', '---', '---']));
		for (const step of steps) {
			const { ticket } = step;
			out.push(
				row([
					ticket.id,
					`${ticket.category} / ${ticket.productArea}`,
					cell(describeReason(step)),
					cell(step.subject ?? ''),
					`\`${ticket.file}:${ticket.line}\``,
				]),
			);
		}
		if (report.unlinkedTickets.length > steps.length)
			out.push('', `…and ${report.unlinkedTickets.length - steps.length} more.`);
		out.push('', 'Scaffold each article:', '', '```bash', ...steps.map((step) => step.command), '```');
	}
	if (report.invalidRows.length > 0) {
		out.push('', `### Rows that cannot be judged (${report.invalidRows.length})`, '');
		out.push(row(['Row', 'Reason']), row(['---', '---']));
		for (const invalid of report.invalidRows.slice(0, limit))
			out.push(row([`\`${invalid.file}:${invalid.line}\``, cell(invalid.reason)]));
		if (report.invalidRows.length > limit) out.push('', `…and ${report.invalidRows.length - limit} more.`);
	}
	const applied = report.waivers.applied.filter((waiver) => waiver.tickets.length > 0);
	if (applied.length > 0) {
		out.push('', '### Waivers in force', '');
		for (const waiver of applied) {
			out.push(
				`- ${waiverTarget(waiver)} until ${waiver.expires} (${cell(waiver.owner)}: ${cell(waiver.reason)}): ${waiver.tickets.join(', ')}`,
			);
		}
	}
	const warnings = collectWarnings(result);
	if (warnings.length > 0) {
		out.push('', '### Warnings', '');
		for (const note of warnings) out.push(`- ${cell(formatNote(note))}`);
	}
	return `${out.join('\n')}\n`;
}
