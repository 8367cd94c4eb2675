import { plainLine, quoted, quotedExcerpt } from '../cli/untrusted-text.ts';
import { formatProblem } from '../content-model/errors.ts';
import { contentPath } from '../content-model/paths.ts';
import type { GateResult } from './gate.ts';
import type { PassedLines } from './raw-row.ts';
import type { ExportSummary } from './read-export.ts';
import { type CategoryResult, type CoverageReport, waiverReport } from './report.ts';

/** A rate as a percentage that never rounds up to 100% while a ticket is missing. */
export function percent(rate: number | null): string {
	if (rate === null) return '–';
	return `${Math.floor(rate * 1000) / 10}%`;
}

/** Columns of the per-category table, in the terminal and in Markdown alike. */
export const categoryColumns: readonly string[] = ['Category', 'Closed', 'Linked', 'Link rate', 'Minimum', 'Status'];

/**
 * A category's cells in that table. The status is the formats' own wording, for the
 * category that has no tickets, the covered one and the one with unlinked tickets.
 */
export function categoryCells(
	category: CategoryResult,
	status: { empty: string; covered: string; uncovered: (unlinked: number) => string },
): string[] {
	const text =
		category.closed === 0
			? status.empty
			: category.covered
				? status.covered
				: status.uncovered(category.unlinked.length);
	return [
		category.label,
		String(category.closed),
		String(category.linked),
		percent(category.linkRate),
		percent(category.minLinkRate),
		text,
	];
}

export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** Notes that do not fail the check but a reader should see. */
export interface Note {
	/** Where the note points, when it is about a file. */
	file?: string;
	line?: number;
	text: string;
}

export function waiverTarget(waiver: {
	ticket: string | null;
	category: string | null;
	productArea: string | null;
}): string {
	return waiver.ticket !== null ? `ticket ${waiver.ticket}` : `${waiver.category} / ${waiver.productArea}`;
}

/** `line 3`, `lines 1–3`; a workbook's are sheet rows (`rows 1–3`). */
function lineRange(lines: PassedLines, unit: 'line' | 'row'): string {
	return lines.from === lines.to ? `${unit} ${lines.from}` : `${unit}s ${lines.from}–${lines.to}`;
}

/** The first line passed over, short and quoted: it comes from the export. */
function firstPassed(lines: PassedLines): string {
	return `it starts ${quoted(plainLine(lines.first, 80))}`;
}

/**
 * Which sheet of a workbook the tickets came from, when it is not the one a person
 * sees on opening it (the first visible sheet); nothing for other exports.
 */
function chosenSheetNote(summary: { sheet?: string; sheets?: string[]; hiddenSheets?: string[] }): string | undefined {
	const { sheet, sheets = [], hiddenSheets = [] } = summary;
	const hidden = new Set(hiddenSheets);
	const firstShown = sheets.find((name) => !hidden.has(name));
	if (sheet === undefined || sheet === firstShown) return undefined;
	const list = sheets.map((name) => (hidden.has(name) ? `${quoted(name)} (hidden)` : quoted(name))).join(', ');
	return hidden.has(sheet)
		? `the tickets were read from hidden sheet ${quoted(sheet)}, as no visible sheet's header names the ticket columns (sheets: ${list})`
		: `the tickets were read from sheet ${quoted(sheet)}, the first whose header names the ticket columns (sheets: ${list})`;
}

/** The notes on lines of an export that were passed over as no tickets: a title above the header, a footer below the rows. */
export function passedLinesNotes(summary: {
	file: string;
	preamble?: PassedLines;
	footer?: PassedLines;
	sheet?: string;
}): Note[] {
	const notes: Note[] = [];
	const { file, preamble, footer } = summary;
	const unit = summary.sheet === undefined ? 'line' : 'row';
	if (preamble) {
		notes.push({
			file,
			line: preamble.to + 1,
			text: `the header row is here; the title above it (${lineRange(preamble, unit)}) is passed over, not read as tickets; ${firstPassed(preamble)}`,
		});
	}
	if (footer) {
		notes.push({
			file,
			line: footer.from,
			text: `the report's footer from here (${lineRange(footer, unit)}) is left out, not read as tickets; ${firstPassed(footer)}`,
		});
	}
	return notes;
}

/**
 * How an export's numeric dates were read: the row that proves the order, and the
 * setting that says it, so the next export (which may hold only early days of the
 * month) is read the same way.
 */
function dateOrderNote(file: string, order: NonNullable<ExportSummary['dateOrder']>, settingsFile: string): Note {
	const first = order.format.startsWith('D') ? 'day' : 'month';
	return {
		file,
		line: order.line,
		text: `closed dates are read as ${order.format}, ${first} first, as this row's ${quotedExcerpt(order.date)} can only be (${plural(order.tickets, 'ticket')}): set \`coverage.dateFormat: ${order.format}\` in ${settingsFile} to say so`,
	};
}

/** Warnings of a run: categories whose unlinked tickets have no article of theirs, expired or unused waivers, exports without rows or without an articles column. */
export function collectWarnings(result: GateResult): Note[] {
	const { report, exports, policy, judged } = result;
	const notes: Note[] = [];
	for (const id of report.emptyCategories) {
		const unlinked = report.categories.find((category) => category.id === id)?.unlinked.length ?? 0;
		notes.push({
			text: `category "${id}" has no published article, and ${unlinked} of its closed tickets ${unlinked === 1 ? 'links' : 'link'} none: customers who meet it find nothing to help themselves`,
		});
	}
	for (const outcome of judged.waivers) {
		const waiver = waiverReport(outcome, judged);
		const where = { file: policy.configFile, line: outcome.line };
		if (outcome.expired) {
			const tickets = waiver.tickets.length > 0 ? `; it no longer exempts ${waiver.tickets.join(', ')}` : '';
			notes.push({
				...where,
				text: `the waiver for ${waiverTarget(waiver)} expired on ${waiver.expires} (owner: ${waiver.owner})${tickets}`,
			});
		} else if (waiver.tickets.length === 0) {
			notes.push({ ...where, text: `the waiver for ${waiverTarget(waiver)} exempts no unlinked ticket: remove it` });
		}
	}
	for (const summary of exports) {
		const sheetNote = chosenSheetNote(summary);
		if (sheetNote !== undefined) notes.push({ file: summary.file, text: sheetNote });
		notes.push(...passedLinesNotes(summary));
		if (summary.dateOrder) notes.push(dateOrderNote(summary.file, summary.dateOrder, policy.configFile));
		if (summary.rows === 0) notes.push({ file: summary.file, text: 'holds no tickets' });
		else if (!summary.hasArticles) {
			notes.push({
				file: summary.file,
				text: "has no articles column, so only the articles' `tickets` frontmatter links its tickets; if the helpdesk keeps the article link in a field, add its header to `coverage.columns.articles`",
			});
		}
	}
	notes.push(...unknownTermNotes(result));
	if (report.totals.closed === 0 && report.totals.invalid === 0) {
		const window = closedWindow(report);
		notes.push({ text: `no closed tickets were judged${window ? ` (${window})` : ''}${unknownStatusesHint(result)}` });
	}
	return notes;
}

/**
 * The category and product-area values that named no term, once each with their rows:
 * a helpdesk keeps the names it was set up with ("Bug", "Billing & Invoices"), and
 * one line per value says what each row's message cannot, that listing it under the
 * term's `helpdeskValues` makes all its tickets count.
 */
function unknownTermNotes(result: GateResult): Note[] {
	const { table } = result.judged;
	const taxonomyFile = contentPath('taxonomy', result.content.contentDir);
	const kinds = [
		['category', table.unknownCategories],
		['product area', table.unknownProductAreas],
	] as const;
	return kinds.flatMap(([kind, tally]) => {
		const values = [...tally].sort((a, b) => b[1] - a[1]);
		if (values.length === 0) return [];
		const rows = values.reduce((sum, [, count]) => sum + count, 0);
		const shown = values.slice(0, 5).map(([value, count]) => `${quotedExcerpt(value, 60)} ${count}`);
		const more = values.length > shown.length ? `, and ${values.length - shown.length} more` : '';
		return [
			{
				text: `${rows === 1 ? '1 closed row names a' : `${rows} closed rows name a`} ${kind} the taxonomy does not have (${shown.join(', ')}${more}): if your helpdesk calls a ${kind} of the taxonomy that, list the name under the term's \`helpdeskValues\` in ${taxonomyFile}`,
			},
		];
	});
}

/**
 * Why no ticket was judged when the exports hold rows but none has a closed status:
 * the statuses read, most frequent first, and where to list the ones that mean
 * closed (a helpdesk in another language, or an API's status codes such as Freshdesk's 4 and 5).
 */
function unknownStatusesHint(result: GateResult): string {
	const reason = noClosedStatusReason(result);
	return reason ? `: ${reason}` : '';
}

/**
 * Set when rows were read and not one has a status the settings count as closed: the
 * gate then judges nothing, which is a mapping to fix, never a pass.
 */
export function noClosedStatusReason(result: GateResult): string | undefined {
	const { table } = result.judged;
	const statuses = [...table.otherStatuses].sort((a, b) => b[1] - a[1]);
	const notClosed = statuses.reduce((sum, [, count]) => sum + count, 0);
	if (notClosed === 0 || notClosed !== table.rows) return undefined;
	const shown = statuses.slice(0, 5).map(([status, count]) => `${quoted(status)} ${count}`);
	const more = statuses.length > shown.length ? `, and ${statuses.length - shown.length} more` : '';
	const closed = result.content.config.coverage.closedStatuses.map((status) => quoted(status)).join(', ');
	return `no row has a closed status (${closed}); the statuses read are ${shown.join(', ')}${more}. If some of them mean closed, list them under \`coverage.closedStatuses\` in ${result.policy.configFile}`;
}

export function formatNote(note: Note): string {
	return note.file ? formatProblem({ file: note.file, line: note.line, message: note.text }) : note.text;
}

/** Which closed tickets were judged, when `--since` or `--before` narrowed them: "closed since 2026-01-01". */
export function closedWindow(report: Pick<CoverageReport, 'since' | 'before'>): string {
	const parts = [report.since && `since ${report.since}`, report.before && `before ${report.before}`].filter(Boolean);
	return parts.length > 0 ? `closed ${parts.join(' and ')}` : '';
}

/** The one-line verdict. */
export function verdictLine(report: CoverageReport): string {
	if (report.ok)
		return `every category meets its minimum link rate (${plural(report.totals.closed, 'closed ticket')} judged)`;
	const parts: string[] = [];
	if (report.uncoveredCategories.length > 0) {
		parts.push(
			`${plural(report.uncoveredCategories.length, 'category', 'categories')} uncovered (${report.uncoveredCategories.join(', ')})`,
		);
	}
	if (report.totals.invalid > 0) parts.push(`${plural(report.totals.invalid, 'row')} cannot be judged`);
	return parts.join('; ');
}
