import { z } from 'astro/zod';
import { type Audience, audienceSchema, slugSchema } from '../content-model/schemas/article.ts';
import { shownCategory } from '../site/customer-terms.ts';
import { type AgentArticle, type AgentCorpus, type AgentRunbook, absoluteUrl, isoDay, urlsOf } from './corpus.ts';
import { agentFiles, corpusSummary, corpusTitle } from './llms-txt.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One article in `/kb.json`. */
export const kbArticleSchema = z.strictObject({
	/** File name without extension; the article's id. */
	slug: slugSchema,
	/** The web page. */
	url: z.url(),
	/** The same article as Markdown. */
	markdownUrl: z.url(),
	title: z.string(),
	description: z.string(),
	/**
	 * Taxonomy category id (what kind of problem) and its label, where the site shows the
	 * category: always in the internal build (the team's label); in the public build
	 * only for a category the taxonomy opts in with customer words (then their label,
	 * and the id that names its page, `/categories/<id>/`). Absent otherwise.
	 */
	category: z.string().optional(),
	categoryLabel: z.string().optional(),
	/** Taxonomy product-area id (where in the product) and its label. */
	productArea: z.string(),
	productAreaLabel: z.string(),
	tags: z.array(z.string()),
	/** The words customers use for this problem; match questions against them too. */
	aliases: z.array(z.string()),
	/** Last meaningful review, `YYYY-MM-DD`. */
	updated: day,
	/** `public` everywhere in the public build. */
	audience: audienceSchema,
	/** Always `false` in the public build. */
	draft: z.boolean(),
	/** The body as clean Markdown (no title or metadata; those are the fields above). */
	text: z.string(),
	/** Internal build only: who keeps the article current. */
	owner: z.string().optional(),
	/** Internal build only: the closed tickets the article answers. */
	tickets: z.array(z.string()).optional(),
});

/** One runbook in the internal `/kb.json`. */
export const kbRunbookSchema = z.strictObject({
	slug: slugSchema,
	url: z.url(),
	title: z.string(),
	description: z.string(),
	owner: z.string(),
	tags: z.array(z.string()),
	tickets: z.array(z.string()),
	updated: day,
	text: z.string(),
});

/** `/kb.json`: the knowledge base as data, for agents and tools that index it themselves. */
export const kbDocumentSchema = z.strictObject({
	name: z.string(),
	summary: z.string(),
	/** Which build wrote the file. */
	audience: audienceSchema,
	url: z.url(),
	/** The llms.txt index of the same content. */
	llmsTxt: z.url(),
	articles: z.array(kbArticleSchema),
	/** Internal build only. */
	runbooks: z.array(kbRunbookSchema).optional(),
});

export type KbArticle = z.infer<typeof kbArticleSchema>;
export type KbRunbook = z.infer<typeof kbRunbookSchema>;
export type KbDocument = z.infer<typeof kbDocumentSchema>;

/** The category, as the site of this build shows it (or not at all). */
function categoryFields(article: AgentArticle, audience: Audience): Pick<KbArticle, 'category' | 'categoryLabel'> {
	const shown = shownCategory(article.category, audience);
	return shown ? { category: shown.id, categoryLabel: shown.label } : {};
}

function kbArticle(corpus: AgentCorpus, article: AgentArticle): KbArticle {
	const internal = corpus.audience === 'internal';
	return {
		slug: article.slug,
		...urlsOf.article(corpus.site, article.slug),
		title: article.title,
		description: article.description,
		...categoryFields(article, corpus.audience),
		productArea: article.productArea.id,
		productAreaLabel: article.productArea.label,
		tags: article.tags,
		aliases: article.aliases,
		updated: isoDay(article.updated),
		audience: article.audience,
		draft: article.draft,
		text: article.markdown,
		// Owners and ticket ids are the team's business, never the customers'.
		...(internal ? { owner: article.owner, tickets: article.tickets } : {}),
	};
}

function kbRunbook(corpus: AgentCorpus, runbook: AgentRunbook): KbRunbook {
	return {
		slug: runbook.slug,
		...urlsOf.runbook(corpus.site, runbook.slug),
		title: runbook.title,
		description: runbook.description,
		owner: runbook.owner,
		tags: runbook.tags,
		tickets: runbook.tickets,
		updated: isoDay(runbook.updated),
		text: runbook.markdown,
	};
}

/** The `/kb.json` document, articles sorted by slug so diffs between builds stay small. */
export function buildKbJson(corpus: AgentCorpus): KbDocument {
	const bySlug = <T extends { slug: string }>(a: T, b: T) => a.slug.localeCompare(b.slug, 'en');
	return {
		name: corpusTitle(corpus),
		summary: corpusSummary(corpus),
		audience: corpus.audience,
		url: absoluteUrl(corpus.site, '/'),
		llmsTxt: absoluteUrl(corpus.site, agentFiles.llmsTxt),
		articles: [...corpus.articles].sort(bySlug).map((article) => kbArticle(corpus, article)),
		...(corpus.audience === 'internal'
			? { runbooks: [...corpus.runbooks].sort(bySlug).map((runbook) => kbRunbook(corpus, runbook)) }
			: {}),
	};
}
