import type pc from 'picocolors';
import { inline, joinLines, plainOrQuoted, quoted, quotedExcerpt } from '../cli/untrusted-text.ts';
import {
	categoryCells,
	categoryColumns,
	closedWindow,
	collectWarnings,
	formatNote,
	percent,
	plural,
	verdictLine,
	waiverTarget,
} from './format-shared.ts';
import type { GateResult } from './gate.ts';
import { Verdict } from './judge.ts';
import { countByCategoryAndArea } from './matrix.ts';
import {
	describeUnreadable,
	expectedArticlesValue,
	linkTicketCommand,
	type NextStep,
	planNextSteps,
} from './next-article.ts';

export type Colors = ReturnType<typeof pc.createColors>;

function table(rows: string[][], align: ('l' | 'r')[]): string[] {
	const widths = align.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
	return rows.map((row) =>
		row
			.map((cell, column) =>
				align[column] === 'r' ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
			)
			.join('  ')
			.trimEnd(),
	);
}

/** Which exports were read and what was in them: two lines. */
function sourcesLines(result: GateResult): string[] {
	const { exports, judged, report } = result;
	const files = exports.map((item) => `${inline(item.file)} (${item.format}, ${plural(item.rows, 'row')})`).join(', ');
	const facts = [
		`${plural(report.totals.closed, 'closed ticket')} judged${closedWindow(report) ? ` (${closedWindow(report)})` : ''}`,
	];
	const statusFact = (tally: Map<string, number>, what: string) => {
		const counts = [...tally].sort((a, b) => b[1] - a[1]);
		if (counts.length === 0) return;
		const total = counts.reduce((sum, [, count]) => sum + count, 0);
		facts.push(
			`${plural(total, 'row')} ${what} (${counts.map(([status, count]) => `${plainOrQuoted(status)} ${count}`).join(', ')})`,
		);
	};
	statusFact(judged.table.qualifiedStatuses, 'closed with a qualifier, judged');
	statusFact(judged.table.otherStatuses, 'not closed, ignored');
	const waived = judged.verdicts.reduce((sum, verdict) => sum + (verdict === Verdict.waived ? 1 : 0), 0);
	if (waived > 0) facts.push(`${plural(waived, 'ticket')} waived`);
	if (report.totals.duplicates > 0) {
		const examples = judged.table.duplicateExamples.map(inline).join(', ');
		facts.push(`${plural(report.totals.duplicates, 'duplicate row')} (e.g. ${examples}): the last row read wins`);
	}
	return [`Ticket coverage of ${files}`, facts.join(' · ')];
}

function categoryTable(result: GateResult, c: Colors): string[] {
	const { report } = result;
	const status = {
		empty: 'no tickets',
		covered: 'covered',
		uncovered: (unlinked: number) => `UNCOVERED (${unlinked} unlinked)`,
	};
	const rows = [[...categoryColumns], ...report.categories.map((category) => categoryCells(category, status))];
	const { closed, linked } = report.totals;
	rows.push(['Total', String(closed), String(linked), percent(closed === 0 ? null : linked / closed), '', '']);
	const lines = table(rows, ['l', 'r', 'r', 'r', 'r', 'l']);
	return lines.map((line, index) => {
		if (index === 0) return c.bold(line);
		const category = report.categories[index - 1];
		if (!category) return c.dim(line);
		return category.covered ? line : c.red(line);
	});
}

function matrixTable(result: GateResult, c: Colors): string[] {
	const { taxonomy } = result.judged;
	const counts = countByCategoryAndArea(result.judged);
	const rows = [['', ...taxonomy.productAreas.map((area) => area.label)]];
	const gaps: boolean[][] = [];
	taxonomy.categories.forEach((category, row) => {
		const closed = counts.closed[row] as number[];
		const linked = counts.linked[row] as number[];
		gaps.push(closed.map((count, column) => (linked[column] as number) < count));
		rows.push([category.label, ...closed.map((count, column) => (count === 0 ? '·' : `${linked[column]}/${count}`))]);
	});
	const lines = table(rows, ['l', ...taxonomy.productAreas.map(() => 'r' as const)]);
	return [
		c.bold('By category × product area') + c.dim(' (linked/closed; · no closed tickets)'),
		...lines.map((line, index) => (index === 0 ? c.dim(line) : gaps[index - 1]?.some(Boolean) ? c.yellow(line) : line)),
	];
}

function stepLines(step: NextStep, number: number, c: Colors): string[] {
	const { ticket } = step;
	const reason = { 'no-article': 'no article', 'broken-link': 'broken link', 'draft-only': 'only a draft links it' }[
		ticket.reason
	];
	const lines = [
		`${c.bold(`${number}. ${inline(ticket.id)}`)}  ${ticket.category} / ${ticket.productArea}  ${c.red(reason)}  ${c.dim(`${inline(ticket.file)}:${ticket.line}`)}`,
	];
	// A blank subject is no reason to leave the ticket out: it still counts, and the title below falls back to its area and category.
	lines.push(step.subject ? `   ${quoted(step.subject)}` : c.dim('   (no subject in the export)'));
	for (const broken of step.brokenSlugs) {
		const fix = broken.didYouMean
			? `: did you mean "${broken.didYouMean}"? Fix the articles cell in the helpdesk,`
			: '.';
		lines.push(`   The export names ${quotedExcerpt(broken.slug)}, which no article or runbook has${fix}`);
	}
	for (const keys of step.unreadable)
		lines.push(
			`   The export's articles value is ${describeUnreadable(keys)}, which names no article: expected ${expectedArticlesValue}.`,
		);
	for (const draft of step.drafts)
		lines.push(`   Finish and publish the draft ${inline(draft.file)} (remove \`draft: true\`),`);
	const fixable = step.drafts.length > 0 || step.brokenSlugs.some((broken) => broken.didYouMean);
	lines.push(fixable ? '   or write the article:' : '   Write the article:');
	lines.push(`   ${c.cyan(inline(step.command))}`);
	if (step.candidates.length > 0) {
		const names =
			step.candidates.length === 1
				? step.candidates[0]
				: `${step.candidates.slice(0, -1).join(', ')} or ${step.candidates.at(-1)}`;
		const [only] = step.candidates;
		const link =
			step.candidates.length === 1 && only !== undefined
				? `link it instead: ${inline(linkTicketCommand(ticket.id, only))}`
				: `link that one instead: ${inline(linkTicketCommand(ticket.id))}`;
		lines.push(c.dim(`   If ${names} already answers it, ${link}`));
	}
	return lines;
}

/**
 * The text report: what a support engineer reads in a terminal or a CI log. Every
 * field from an export goes through `inline`, and every line through `joinLines`,
 * so ticket text can neither break a line (and forge a workflow command) nor drive
 * the terminal.
 */
export function formatText(result: GateResult, options: { colors: Colors; limit?: number }): string {
	const c = options.colors;
	const limit = options.limit ?? 50;
	const { report } = result;
	const out: string[] = [...sourcesLines(result), '', ...categoryTable(result, c), '', ...matrixTable(result, c)];

	if (report.unlinkedTickets.length > 0) {
		const steps = planNextSteps(report, result.judged, result.content, limit);
		out.push('', c.bold(`Write these articles next: ${plural(report.unlinkedTickets.length, 'unlinked ticket')}`));
		steps.forEach((step, index) => {
			out.push(...stepLines(step, index + 1, c));
		});
		if (report.unlinkedTickets.length > steps.length) {
			out.push(c.dim(`…and ${report.unlinkedTickets.length - steps.length} more: --format json lists them all`));
		}
	}
	if (report.invalidRows.length > 0) {
		// A helpdesk's own name for a term is mended once in the taxonomy, not row by row.
		const { unknownCategories, unknownProductAreas } = result.judged.table;
		const where =
			unknownCategories.size + unknownProductAreas.size > 0
				? "fix them in the export, or list your helpdesk's names for the terms in the taxonomy, as Warnings says"
				: 'fix them in the export';
		out.push('', c.bold(`Rows that cannot be judged: ${report.invalidRows.length} (${where}; they fail the check)`));
		for (const row of report.invalidRows.slice(0, limit))
			out.push(`  ${c.dim(`${inline(row.file)}:${row.line}`)}  ${inline(row.reason)}`);
		if (report.invalidRows.length > limit)
			out.push(c.dim(`  …and ${report.invalidRows.length - limit} more: --format json lists them all`));
	}
	if (report.waivers.applied.some((waiver) => waiver.tickets.length > 0)) {
		out.push('', c.bold('Waivers in force'));
		for (const waiver of report.waivers.applied.filter((item) => item.tickets.length > 0)) {
			out.push(
				inline(
					`  ${waiverTarget(waiver)} until ${waiver.expires} (${waiver.owner}: ${waiver.reason}): ${waiver.tickets.join(', ')}`,
				),
			);
		}
	}
	const warnings = collectWarnings(result);
	if (warnings.length > 0) {
		out.push('', c.bold('Warnings'));
		for (const note of warnings) out.push(c.yellow(`  ! ${inline(formatNote(note))}`));
	}
	out.push(
		'',
		report.ok ? `${c.green(c.bold('PASS'))} ${verdictLine(report)}` : `${c.red(c.bold('FAIL'))} ${verdictLine(report)}`,
	);
	return `${joinLines(out, { colors: c.isColorSupported })}\n`;
}
