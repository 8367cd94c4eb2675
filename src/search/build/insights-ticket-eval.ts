import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isArticleVisible } from '../../content-model/visibility.ts';
import { defaultTicketInputs } from '../../helpdesk/cache/inputs.ts';
import { escapeHtml } from '../../text/html.ts';
import { loadContentForCoverage } from '../../tickets/gate.ts';
import { runTicketEval } from '../ticket-eval.ts';
import { TICKET_EVAL_MARKER, ticketEvalHtml } from '../ticket-eval-html.ts';

/**
 * Fills the insights page's ticket-subject eval, once the internal build's index is
 * written: every linked ticket's subject searched with the help center's pipeline,
 * counting only public articles, the pages customers can be shown. Returns the line
 * for the build log, or undefined when the build has no insights page.
 */
export async function fillInsightsTicketEval(outDir: string, contentDir: string): Promise<string | undefined> {
	const page = path.join(outDir, 'insights', 'index.html');
	if (!existsSync(page)) return undefined;
	const html = readFileSync(page, 'utf8');
	if (!html.includes(TICKET_EVAL_MARKER)) return undefined;
	let section: string;
	let summary: string;
	try {
		const content = loadContentForCoverage(contentDir);
		const inputs = defaultTicketInputs(contentDir);
		const publicArticles = new Set(
			content.articles.filter((article) => isArticleVisible(article.data, 'public')).map((article) => article.slug),
		);
		const labels = new Map(
			[...content.taxonomy.categories, ...content.taxonomy.productAreas].map((term) => [term.id, term.label]),
		);
		const files = [...inputs.exports, ...inputs.caches];
		const report = await runTicketEval({
			distDir: outDir,
			files,
			content,
			isShown: (slug) => publicArticles.has(slug),
		});
		section = ticketEvalHtml(report, (id) => labels.get(id) ?? id, {
			files: files.length,
			pulled: inputs.caches.length > 0,
			contentDir,
		});
		summary = `Searched ${report.results.length} linked tickets' subjects for the insights page: ${report.found} found in the first 3.`;
	} catch (error) {
		const reason = (error as Error).message.split('\n')[0] ?? 'unknown error';
		section = `<p>The ticket exports cannot be searched: ${escapeHtml(reason)}. Run <code>npm run check:coverage</code> to see why.</p>`;
		summary = `The insights page has no ticket-subject eval: ${reason}`;
	}
	writeFileSync(page, html.replace(TICKET_EVAL_MARKER, section));
	return summary;
}
