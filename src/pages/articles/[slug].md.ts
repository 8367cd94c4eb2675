import type { APIContext } from 'astro';
import { loadAgentCorpus } from '../../agent/collect.ts';
import type { AgentArticle } from '../../agent/corpus.ts';
import { articleDocument } from '../../agent/documents.ts';

/** `/articles/<slug>.md`: each published article as Markdown, named by the page's `<link rel="alternate">`. */
export async function getStaticPaths() {
	const corpus = await loadAgentCorpus();
	return corpus.articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
}

export async function GET({ props }: APIContext<{ article: AgentArticle }>) {
	const corpus = await loadAgentCorpus();
	return new Response(articleDocument(corpus.site, props.article, corpus.audience), {
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
	});
}
