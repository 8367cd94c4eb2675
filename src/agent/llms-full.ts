import { type AgentCorpus, articleSections } from './corpus.ts';
import { articleDocument, runbookDocument } from './documents.ts';
import { corpusSummary, corpusTitle } from './llms-txt.ts';

/**
 * `/llms-full.txt`: the whole knowledge base in one Markdown file, for agents that
 * take everything at once. The site title and summary, then every article as its
 * Markdown document (in llms.txt order), then the runbooks in the internal build.
 */
export function buildLlmsFullTxt(corpus: AgentCorpus): string {
	const articles = articleSections(corpus).flatMap(({ articles }) =>
		articles.map((article) => articleDocument(corpus.site, article, corpus.audience)),
	);
	const runbooks = [...corpus.runbooks]
		.sort((a, b) => a.title.localeCompare(b.title, 'en'))
		.map((runbook) => runbookDocument(corpus.site, runbook));
	const head = `# ${corpusTitle(corpus)}\n\n> ${corpusSummary(corpus)}\n`;
	return [head, ...articles, ...runbooks].join('\n');
}
