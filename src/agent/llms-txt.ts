import { type AgentArticle, type AgentCorpus, absoluteUrl, articleSections, urlsOf } from './corpus.ts';
import { inlineText } from './documents.ts';

export const agentFiles = { llmsTxt: '/llms.txt', llmsFullTxt: '/llms-full.txt', kbJson: '/kb.json' } as const;

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The site's name as agents see it; the internal build says it is internal. */
export function corpusTitle(corpus: Pick<AgentCorpus, 'site' | 'audience'>): string {
	return corpus.audience === 'internal' ? `${corpus.site.name} (internal)` : corpus.site.name;
}

/** The summary quote under the title. */
export function corpusSummary(corpus: Pick<AgentCorpus, 'site' | 'audience'>): string {
	return corpus.audience === 'internal'
		? `Internal handbook of the ${corpus.site.productName} support team: every knowledge-base article (public, internal-only and drafts) and the team's runbooks. Not for customers.`
		: oneLine(corpus.site.tagline);
}

function articleNote(article: AgentArticle): string {
	const marks = [article.audience === 'internal' ? 'Internal only.' : '', article.draft ? 'Draft, not published.' : ''];
	return [...marks, oneLine(article.description)].filter(Boolean).join(' ');
}

/**
 * `/llms.txt` after the llms.txt convention (https://llmstxt.org): the site name as
 * `#`, a one-line summary as a quote, a paragraph on what the files are, then one
 * `##` section per product area (per ticket category in the handbook) listing
 * `- [Title](Markdown URL): description`.
 */
export function buildLlmsTxt(corpus: AgentCorpus): string {
	const { site } = corpus;
	const count = corpus.articles.length;
	const intro = [
		`${count} ${count === 1 ? 'article' : 'articles'} about ${site.productName}, grouped by ${corpus.audience === 'internal' ? 'ticket category' : 'product area'}. Each link leads to the article as Markdown; the web page is the same address without \`.md\`.`,
		`Every article in one file: ${absoluteUrl(site, agentFiles.llmsFullTxt)}. With metadata (tags, aliases, product area) as JSON: ${absoluteUrl(site, agentFiles.kbJson)}.`,
	];
	if (corpus.runbooks.length > 0) {
		intro.push('Runbooks link to their pages in the handbook; their text is in the two files above as well.');
	}
	const sections = articleSections(corpus).map(({ name, articles }) => {
		const lines = articles.map(
			(article) =>
				`- [${inlineText(article.title)}](${urlsOf.article(site, article.slug).markdownUrl}): ${articleNote(article)}`,
		);
		return `## ${oneLine(name)}\n\n${lines.join('\n')}\n`;
	});
	if (corpus.runbooks.length > 0) {
		const lines = [...corpus.runbooks]
			.sort((a, b) => a.title.localeCompare(b.title, 'en'))
			.map(
				(runbook) =>
					`- [${inlineText(runbook.title)}](${urlsOf.runbook(site, runbook.slug).url}): ${oneLine(runbook.description)}`,
			);
		sections.push(`## Runbooks\n\n${lines.join('\n')}\n`);
	}
	return `# ${corpusTitle(corpus)}\n\n> ${corpusSummary(corpus)}\n\n${intro.join('\n\n')}\n\n${sections.join('\n')}`;
}

export interface LlmsTxtLink {
	title: string;
	url: string;
	notes?: string;
}
export interface LlmsTxt {
	title: string;
	summary?: string;
	sections: { name: string; links: LlmsTxtLink[] }[];
}

const LINK = /^- \[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)(?:: (.+))?$/;

/**
 * Reads an llms.txt file and checks it against the convention: exactly one `#` title
 * first, an optional `>` summary, free text, then `##` sections whose lines are all
 * `- [name](absolute URL): notes` items. Returns the structure and every problem,
 * each with its line number.
 */
export function parseLlmsTxt(text: string): { parsed: LlmsTxt; problems: string[] } {
	const lines = text.split('\n');
	const problems: string[] = [];
	const parsed: LlmsTxt = { title: '', sections: [] };
	const first = lines.findIndex((line) => line.trim() !== '');
	const titleLine = lines[first] ?? '';
	if (!titleLine.startsWith('# '))
		problems.push(`line ${first + 1}: expected the "# Title" line first, found "${titleLine}"`);
	else parsed.title = titleLine.slice(2).trim();
	let section: LlmsTxt['sections'][number] | undefined;
	lines.forEach((line, index) => {
		if (index <= first || line.trim() === '') return;
		const where = `line ${index + 1}`;
		if (line.startsWith('# ')) problems.push(`${where}: a second "#" title; only one is allowed`);
		else if (line.startsWith('## ')) {
			section = { name: line.slice(3).trim(), links: [] };
			parsed.sections.push(section);
		} else if (section) {
			const match = LINK.exec(line);
			if (!match)
				problems.push(`${where}: expected "- [name](url): notes" in section "${section.name}", found "${line}"`);
			else {
				const [, title = '', url = '', notes] = match;
				if (!/^https?:\/\//.test(url)) problems.push(`${where}: link "${url}" is not an absolute URL`);
				section.links.push({ title: title.replace(/\\(.)/g, '$1'), url, notes });
			}
		} else if (line.startsWith('> ') && parsed.summary === undefined) parsed.summary = line.slice(2).trim();
	});
	for (const { name, links } of parsed.sections) {
		if (links.length === 0) problems.push(`section "${name}" lists no links`);
	}
	return { parsed, problems };
}
