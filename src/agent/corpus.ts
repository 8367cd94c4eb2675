import type { Audience } from '../content-model/schemas/article.ts';
import type { SiteSettings } from '../content-model/schemas/site.ts';
import type { TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { paths } from '../site/urls.ts';

/** A knowledge-base article as agents receive it: metadata plus its body as plain Markdown. */
export interface AgentArticle {
	slug: string;
	title: string;
	description: string;
	category: TaxonomyTerm;
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
	/** Categories in taxonomy order; sections of llms.txt follow it. */
	categories: TaxonomyTerm[];
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

/** Articles grouped by category in taxonomy order, each group sorted by title; empty groups left out. */
export function articlesByCategory(corpus: Pick<AgentCorpus, 'categories' | 'articles'>) {
	return corpus.categories
		.map((category) => ({
			category,
			articles: corpus.articles
				.filter((article) => article.category.id === category.id)
				.sort((a, b) => a.title.localeCompare(b.title, 'en')),
		}))
		.filter((group) => group.articles.length > 0);
}
