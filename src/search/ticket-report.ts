import pc from 'picocolors';
import { inline, joinLines, quoted } from '../cli/untrusted-text.ts';
import { contentPath } from '../content-model/paths.ts';
import type { TicketEvalReport, TicketGroupScore } from './ticket-eval.ts';
import type { TicketAt } from './ticket-subjects.ts';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const fixed = (value: number | null) => (value === null ? '  -  ' : value.toFixed(3));

function table(title: string, rows: readonly TicketGroupScore[]): string[] {
	const width = Math.max(title.length, ...rows.map((row) => row.label.length));
	return [
		`  ${title.padEnd(width)}  tickets  found  hit@3`,
		...rows.map(
			(row) =>
				`  ${row.label.padEnd(width)}  ${String(row.tickets).padStart(7)}  ${String(row.found).padStart(5)}  ${fixed(row.hitAt3)}`,
		),
	];
}

/**
 * Why the ticket-subject eval searched no subject, and what to do about it: the
 * exports' subject column is empty in every row, no closed ticket (with a subject)
 * links an article, or none links a page the searched build shows customers. `where`
 * is the exports the reason is about (all of them when it is not named). Alone, such
 * a run measured nothing (exit 2, as a run with no question set); beside question
 * sets, its report says so and the sets decide.
 */
export function nothingMeasured(
	report: TicketEvalReport,
	options: { pulled?: boolean; configFile?: string } = {},
): { where?: string[]; message: string; hint: string } {
	const empty = report.emptySubjects ?? [];
	if (report.linked === 0 && empty.length > 0) {
		return {
			where: empty,
			message: `${empty.length === 1 ? 'its subject column is' : 'their subject columns are'} empty in every row, so no subject was searched and nothing was measured`,
			hint: `export the tickets again with their subjects, or, if another column holds them, add that column's name to \`coverage.columns.subject\` in ${options.configFile ?? contentPath('config')}`,
		};
	}
	if (report.linked === 0) {
		const subjects = options.pulled
			? '; pulled tickets keep their subjects only with npm run tickets:pull -- --with-subjects'
			: '';
		return {
			message: 'no closed ticket with a subject links an article, so no subject was searched and nothing was measured',
			hint: `link each closed ticket to the article that answers it (npm run link -- <ticket-id> <slug>, or the export's articles column)${subjects}`,
		};
	}
	return {
		message: `${plural(report.linked, 'closed ticket')} ${report.linked === 1 ? 'links' : 'link'} an article, but none a page this build shows customers, so no subject was searched and nothing was measured`,
		hint: 'build the site with the articles they link (npm run build), or link them to published articles (npm run link -- <ticket-id> <slug>)',
	};
}

/** Tickets named in full before the rest are counted. */
const WITHOUT_SUBJECT_SHOWN = 5;

/** The linked tickets that were not searched for want of a subject, each at its row. */
function withoutSubjectLines(tickets: readonly TicketAt[], c: ReturnType<typeof pc.createColors>): string[] {
	if (tickets.length === 0) return [];
	const shown = tickets
		.slice(0, WITHOUT_SUBJECT_SHOWN)
		.map((ticket) => `${inline(ticket.id)} (${inline(ticket.file)}:${ticket.line})`);
	const more = tickets.length > shown.length ? `, and ${tickets.length - shown.length} more` : '';
	const count =
		tickets.length === 1
			? '1 of them has no subject, so it was'
			: `${tickets.length} of them have no subject, so they were`;
	return [c.yellow(`${count} not searched: ${shown.join(', ')}${more}`)];
}

/** The ticket-subject eval for people: the share found, per category and product area, and each ticket not found. */
export function formatTicketReport(
	report: TicketEvalReport,
	options: {
		sources: string[];
		labels: (id: string) => string;
		color?: boolean;
		configFile?: string;
		/** The synonyms file as messages name it; default the one in `TRYBLOCK_CONTENT_DIR` or `content`. */
		synonymsFile?: string;
		pulled?: boolean;
	},
): string {
	const c = pc.createColors(options.color ?? false);
	if (report.hitAt3 === null) {
		// One line, naming the exports it is about: no count of nothing.
		const { where, message, hint } = nothingMeasured(report, options);
		return `${joinLines([`Ticket-subject eval of ${(where ?? options.sources).join(', ')}: ${message}: ${hint}.`])}\n`;
	}
	const out = [
		`Ticket-subject eval: ${report.linked} closed, linked tickets from ${options.sources.join(', ')}; ${report.results.length} answered by a page customers can find`,
		...withoutSubjectLines(report.withoutSubject ?? [], c),
		'',
	];
	out.push(
		`  hit@3  ${fixed(report.hitAt3)}  (${report.found}/${report.results.length})  minimum ${report.minimum}  ${report.passed ? c.green('ok') : c.red('below minimum')}`,
		'',
		...table('category', report.byCategory),
		'',
		...table('product area', report.byProductArea),
	);
	const missed = report.results.filter((result) => result.rank === null || result.rank > 3);
	if (missed.length > 0) {
		out.push('', c.yellow(`Not found: the linked article is not in the first 3 results (${missed.length})`));
		for (const result of missed) {
			const { ticket } = result;
			out.push(
				`  ${inline(ticket.id)}  ${c.dim(`${options.labels(ticket.category)} / ${options.labels(ticket.productArea)}`)}  ${quoted(ticket.subject)}`,
				`    expected ${result.expect.join(' or ')}: ${result.rank === null ? 'not in the first 10 results' : `at #${result.rank}`}`,
				...result.hits.slice(0, 3).map((hit, index) => `    ${index + 1}. ${hit.slug}`),
			);
			if (result.hits.length === 0) out.push('    no results at all');
		}
	}
	if (report.customerWords.length > 0) {
		out.push(
			'',
			c.yellow(
				`Customers' words the article does not use (add them as its aliases, or to ${options.synonymsFile ?? contentPath('synonyms')}):`,
			),
			...report.customerWords.map(
				(article) =>
					`  ${article.slug} (${plural(article.missed, 'ticket')} not found): ${article.words.map((entry) => `${inline(entry.word)} ×${entry.tickets}`).join(', ')}`,
			),
		);
	}
	out.push('');
	if (report.passed)
		out.push(c.green('Passed: customers find the answer to enough tickets by searching their subject.'));
	else {
		const where = options.configFile ? ` in ${options.configFile}` : '';
		out.push(
			c.red(
				`Failed: ticket-subject hit@3 is ${fixed(report.hitAt3)}, below the minimum ${report.minimum} (search.minTicketHitAt3${where}).`,
			),
		);
	}
	return `${joinLines(out, { colors: options.color })}\n`;
}

/** The same as data. Subjects are included: the report is for the team, never the public site. */
export function ticketReportJson(report: TicketEvalReport) {
	return {
		linked: report.linked,
		searched: report.results.length,
		found: report.found,
		hitAt3: report.hitAt3,
		minimum: report.minimum,
		passed: report.passed,
		byCategory: report.byCategory,
		byProductArea: report.byProductArea,
		customerWords: report.customerWords,
		withoutSubject: report.withoutSubject ?? [],
		tickets: report.results.map((result) => ({
			id: result.ticket.id,
			subject: result.ticket.subject,
			category: result.ticket.category,
			productArea: result.ticket.productArea,
			expect: result.expect,
			rank: result.rank,
			slugs: result.hits.map((hit) => hit.slug),
		})),
	};
}
