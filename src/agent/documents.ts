import type { Audience } from '../content-model/schemas/article.ts';
import type { SiteSettings } from '../content-model/schemas/site.ts';
import { shownCategory } from '../site/customer-terms.ts';
import { type AgentArticle, type AgentRunbook, isoDay, urlsOf } from './corpus.ts';

/** Text on one line, safe inside Markdown link text. */
export function inlineText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/([\\[\]])/g, '\\$1');
}

function header(title: string, description: string, facts: [string, string | undefined][]): string {
	const lines = facts.flatMap(([name, value]) => (value ? [`- ${name}: ${value}`] : []));
	const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
	return `# ${oneLine(title)}\n\n> ${oneLine(description)}\n\n${lines.join('\n')}\n`;
}

/**
 * An article as a Markdown document: its title, its description as a quote, a short
 * list of facts (category where the build shows it, product area, updated, URL), then
 * the body. The public build names a category only in the customer words a team opted
 * in to, as the site does; the handbook names every category in the team's words. The internal
 * build (`build: 'internal'`) adds who may read it, whether it is a draft and who owns it.
 */
export function articleDocument(site: Pick<SiteSettings, 'url'>, article: AgentArticle, build: Audience): string {
	const internalFacts: [string, string | undefined][] =
		build === 'internal'
			? [
					['Audience', article.audience === 'internal' ? 'Internal: not in the public help center' : 'Public'],
					['Status', article.draft ? 'Draft: not published' : undefined],
					['Owner', article.owner],
				]
			: [];
	const head = header(article.title, article.description, [
		['Category', shownCategory(article.category, build)?.label],
		['Product area', article.productArea.label],
		['Updated', isoDay(article.updated)],
		['URL', urlsOf.article(site, article.slug).url],
		...internalFacts,
	]);
	return `${head}\n${article.markdown}`;
}

/** A runbook as a Markdown document, in the same shape as an article. */
export function runbookDocument(site: Pick<SiteSettings, 'url'>, runbook: AgentRunbook): string {
	const head = header(runbook.title, runbook.description, [
		['Type', 'Runbook (internal)'],
		['Owner', runbook.owner],
		['Updated', isoDay(runbook.updated)],
		['URL', urlsOf.runbook(site, runbook.slug).url],
	]);
	return `${head}\n${runbook.markdown}`;
}
