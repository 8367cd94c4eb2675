import { showInvisible } from '../cli/untrusted-text.ts';
import { contentPath } from '../content-model/paths.ts';
import { escapeHtml } from '../text/html.ts';
import type { TicketEvalReport, TicketGroupScore } from './ticket-eval.ts';

/** The marker the insights page leaves for the ticket-subject eval, filled after the index is built. */
export const TICKET_EVAL_MARKER = '<div data-ticket-search-eval></div>';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

function scoreTable(id: string, caption: string, heading: string, rows: readonly TicketGroupScore[]): string {
	const body = rows
		.map(
			(row) =>
				`<tr><th scope="row">${escapeHtml(row.label)}</th><td class="num">${row.tickets}</td><td class="num">${row.found}</td><td class="num">${percent(row.hitAt3)}</td></tr>`,
		)
		.join('');
	return `<p class="table-caption" id="${id}">${escapeHtml(caption)}</p><div class="table-scroll" tabindex="0" role="region" aria-labelledby="${id}"><table aria-labelledby="${id}"><thead><tr><th scope="col">${heading}</th><th scope="col" class="num">Linked tickets</th><th scope="col" class="num">Found by search</th><th scope="col" class="num">Share</th></tr></thead><tbody>${body}</tbody></table></div>`;
}

/** What the eval read: how many exports and pulled caches, and whether any was pulled. */
export interface TicketEvalInputs {
	files: number;
	pulled: boolean;
	/** The content folder the tickets and settings were read from; default `TRYBLOCK_CONTENT_DIR` or `content`. */
	contentDir?: string;
}

const rebuild = 'then build the handbook again (<code>npm run build:internal</code>)';

/**
 * Why no subject was searched, and what to do about it, as the page's other empty
 * states say it: no tickets yet, exports whose subject column is empty, no closed
 * ticket with a subject linking an article, or none linking a public one.
 */
function nothingToSearch(report: TicketEvalReport, inputs: TicketEvalInputs): string {
	const empty = report.emptySubjects ?? [];
	const file = (part: 'config' | 'tickets') => `<code>${escapeHtml(contentPath(part, inputs.contentDir))}</code>`;
	if (inputs.files === 0) {
		return `<p>No tickets yet, so there is nothing to search: run <code>npm run tickets:pull -- --with-subjects</code>, or add a helpdesk export with a subject column to ${file('tickets')}, ${rebuild}.</p>`;
	}
	if (report.linked === 0 && empty.length > 0) {
		const columns = empty.length === 1 ? 'The subject column of' : 'The subject columns of';
		return `<p>${columns} ${empty.map((file) => `<code>${escapeHtml(file)}</code>`).join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty in every row, so there is nothing to search: export the tickets again with their subjects, or, if another column holds them, add its name to <code>coverage.columns.subject</code> in ${file('config')}, ${rebuild}.</p>`;
	}
	if (report.linked === 0) {
		const pulled = inputs.pulled
			? ' Pulled tickets keep their subjects only with <code>npm run tickets:pull -- --with-subjects</code>.'
			: '';
		return `<p>No closed ticket with a subject links an article, so there is nothing to search yet: link each closed ticket to the article that answers it (<code>npm run link -- &lt;ticket-id&gt; &lt;slug&gt;</code>, or the export's articles column), ${rebuild}.${pulled}</p>`;
	}
	const tickets = report.linked === 1 ? '1 closed ticket links' : `${report.linked} closed tickets link`;
	return `<p>${tickets} an article, but none a public article customers can see, so there is nothing to search yet: publish the articles they link (<code>audience: public</code>, not a draft), or link the tickets to public articles (<code>npm run link -- &lt;ticket-id&gt; &lt;slug&gt;</code>), ${rebuild}.</p>`;
}

/**
 * The ticket-subject eval as the insights page shows it: the share of linked tickets a
 * customer could have answered by searching their own subject, per category and
 * product area, and the tickets whose article search did not find.
 */
export function ticketEvalHtml(
	report: TicketEvalReport,
	labels: (id: string) => string,
	inputs: TicketEvalInputs,
): string {
	if (report.hitAt3 === null) return nothingToSearch(report, inputs);
	const synonyms = escapeHtml(contentPath('synonyms', inputs.contentDir));
	const missed = report.results.filter((result) => result.rank === null || result.rank > 3);
	const rows = missed
		.map(
			(result) =>
				`<tr><th scope="row">${escapeHtml(result.ticket.id)}</th><td>${escapeHtml(showInvisible(result.ticket.subject))}</td><td>${escapeHtml(labels(result.ticket.category))} / ${escapeHtml(labels(result.ticket.productArea))}</td><td>${result.expect.map((slug) => `<a href="/articles/${encodeURIComponent(slug)}/">${escapeHtml(slug)}</a>`).join(', ')}</td><td class="num">${result.rank === null ? 'not in the first 10' : `#${result.rank}`}</td></tr>`,
		)
		.join('');
	const words = report.customerWords
		.map(
			(article) =>
				`<tr><th scope="row"><a href="/articles/${encodeURIComponent(article.slug)}/">${escapeHtml(article.slug)}</a></th><td class="num">${article.missed}</td><td>${article.words.map((entry) => `${escapeHtml(entry.word)} (${entry.tickets})`).join(', ')}</td></tr>`,
		)
		.join('');
	return [
		`<p class="ticket-search-total"><strong data-stat="ticket-search">${percent(report.hitAt3)}</strong> of ${report.results.length} closed, linked tickets find their article in the first 3 search results when the subject is searched as the customer wrote it (minimum ${percent(report.minimum)}).</p>`,
		scoreTable(
			'ticket-search-category',
			'Found by searching the subject, per category.',
			'Category',
			report.byCategory,
		),
		scoreTable(
			'ticket-search-area',
			'Found by searching the subject, per product area.',
			'Product area',
			report.byProductArea,
		),
		missed.length === 0
			? '<p>Search found the linked article of every ticket.</p>'
			: `<p class="table-caption" id="ticket-search-missed">${missed.length} tickets whose article search did not put in the first 3. Their subjects hold the words to add to the article (or its aliases), or to ${synonyms}.</p><div class="table-scroll" tabindex="0" role="region" aria-labelledby="ticket-search-missed"><table aria-labelledby="ticket-search-missed"><thead><tr><th scope="col">Ticket</th><th scope="col">Subject</th><th scope="col">Category / area</th><th scope="col">Linked article</th><th scope="col" class="num">Rank</th></tr></thead><tbody>${rows}</tbody></table></div>`,
		words === ''
			? ''
			: `<p class="table-caption" id="ticket-search-words">Words those customers wrote that their article does not use, with the number of tickets: add the ones customers really say as the article's aliases, or as synonyms in ${synonyms}.</p><div class="table-scroll" tabindex="0" role="region" aria-labelledby="ticket-search-words"><table aria-labelledby="ticket-search-words"><thead><tr><th scope="col">Article</th><th scope="col" class="num">Tickets not found</th><th scope="col">Customers' words it lacks</th></tr></thead><tbody>${words}</tbody></table></div>`,
	].join('');
}
