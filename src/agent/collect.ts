import {
	type Article,
	audience,
	categoryOf,
	getPublishedArticles,
	getPublishedRunbooks,
	productAreaOf,
	type Runbook,
	site,
	taxonomy,
} from '../site/data.ts';
import type { AgentArticle, AgentCorpus, AgentRunbook } from './corpus.ts';
import { agentMarkdownOptions } from './markdown.ts';
import { agentCacheDir, cachedConverter } from './markdown-cache.ts';

/** The origin this build is served from (Astro's `site`), so links point where the pages are. */
const siteSettings = { ...site, url: import.meta.env.SITE ?? site.url };

/**
 * Conversions are kept between builds next to Astro's own cache (the bench and fixture
 * builds point TRYBLOCK_CACHE_DIR elsewhere, so a cold build stays cold).
 */
const convert = cachedConverter(agentCacheDir());

function toMarkdown(entry: Article | Runbook): string {
	const page = { kind: entry.collection === 'articles' ? ('article' as const) : ('runbook' as const), slug: entry.id };
	return convert(entry.body ?? '', agentMarkdownOptions(entry.filePath, siteSettings.url, page));
}

function toAgentArticle(entry: Article): AgentArticle {
	const { data } = entry;
	return {
		slug: entry.id,
		title: data.title,
		description: data.description,
		category: categoryOf(data.category),
		productArea: productAreaOf(data.productArea),
		updated: data.updated,
		tags: data.tags,
		aliases: data.aliases,
		audience: data.audience,
		draft: data.draft,
		owner: data.owner,
		tickets: data.tickets,
		markdown: toMarkdown(entry),
	};
}

function toAgentRunbook(entry: Runbook): AgentRunbook {
	const { data } = entry;
	return {
		slug: entry.id,
		title: data.title,
		description: data.description,
		owner: data.owner,
		updated: data.updated,
		tags: data.tags,
		tickets: data.tickets,
		markdown: toMarkdown(entry),
	};
}

let corpus: Promise<AgentCorpus> | undefined;

/**
 * What this build publishes, converted for agents once per build and shared by
 * llms.txt, llms-full.txt, kb.json and the per-article Markdown files. Articles come
 * only from `getPublishedArticles()`, so drafts and internal articles reach the
 * public files exactly when they reach the public pages: never.
 */
export function loadAgentCorpus(): Promise<AgentCorpus> {
	// The dev server edits content under a running process: convert afresh each time.
	if (import.meta.env.DEV) return collect();
	corpus ??= collect();
	return corpus;
}

async function collect(): Promise<AgentCorpus> {
	return {
		site: siteSettings,
		audience,
		categories: taxonomy.categories,
		productAreas: taxonomy.productAreas,
		articles: (await getPublishedArticles()).map(toAgentArticle),
		runbooks: (await getPublishedRunbooks()).map(toAgentRunbook),
	};
}
