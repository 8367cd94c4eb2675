import type { Audience } from '../content-model/schemas/article.ts';
import type { SiteSettings } from '../content-model/schemas/site.ts';
import type { CategoryTerm, TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { paths } from '../site/urls.ts';

/** A knowledge-base article as agents receive it: metadata plus its body as plain Markdown. */
export interface AgentArticle {
	slug: string;
	title: string;
	description: string;
	/**
	 * The ticket category, with its customer words if the taxonomy gives it any. The
	 * files show it only where the site does (`shownCategory`): always in the handbook,
	 * in the public build only when the team opts the category in.
	 */
	category: CategoryTerm;
	productArea: TaxonomyTerm;
	updated: Date;
	tags: string[];
	aliases: string[];
	audience: Audience;
	draft: boolean;
	owner?: string;
	tickets: string[];
	/** Clean Markdown (see `bodyToMarkdown`), headings from `##` down. */
	markdown: string;
}

/** A runbook of the support team (internal build only). */
export interface AgentRunbook {
	slug: string;
	title: string;
	description: string;
	owner: string;
	updated: Date;
	tags: string[];
	tickets: string[];
	markdown: string;
}

/** Everything one build hands to agents: the site, its taxonomy order and what it publishes. */
export interface AgentCorpus {
	site: SiteSettings;
	audience: Audience;
	/** Categories in taxonomy order: the sections of the internal llms.txt. */
	categories: CategoryTerm[];
	/** Product areas in taxonomy order: the sections of the public llms.txt. */
	productAreas: TaxonomyTerm[];
	articles: AgentArticle[];
	/** Empty in the public build. */
	runbooks: AgentRunbook[];
}

/** Absolute URL of a site path. */
export function absoluteUrl(site: Pick<SiteSettings, 'url'>, path: string): string {
	return new URL(path, site.url).toString();
}

export const urlsOf = {
	article: (site: Pick<SiteSettings, 'url'>, slug: string) => ({
		url: absoluteUrl(site, paths.article(slug)),
		markdownUrl: absoluteUrl(site, paths.articleMarkdown(slug)),
	}),
	runbook: (site: Pick<SiteSettings, 'url'>, slug: string) => ({ url: absoluteUrl(site, paths.runbook(slug)) }),
};

/** `YYYY-MM-DD`, the form frontmatter uses. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** A section of llms.txt: a taxonomy term's label and its articles. */
export interface ArticleSection {
	name: string;
	articles: AgentArticle[];
}

/**
 * The articles in sections, as llms.txt lists them and llms-full.txt orders them: by
 * product area in the public build, where customers browse by product; by ticket
 * category, the team's lens, in the handbook. Sections follow the taxonomy, articles
 * in each are sorted by title, and empty sections are left out.
 */
export function articleSections(
	corpus: Pick<AgentCorpus, 'audience' | 'categories' | 'productAreas' | 'articles'>,
): ArticleSection[] {
	const byTitle = (a: AgentArticle, b: AgentArticle) => a.title.localeCompare(b.title, 'en');
	const group = (terms: TaxonomyTerm[], termOf: (article: AgentArticle) => TaxonomyTerm) =>
		terms
			.map((term) => ({
				name: term.label,
				articles: corpus.articles.filter((article) => termOf(article).id === term.id).sort(byTitle),
			}))
			.filter((section) => section.articles.length > 0);
	return corpus.audience === 'internal'
		? group(corpus.categories, (article) => article.category)
		: group(corpus.productAreas, (article) => article.productArea);
}
