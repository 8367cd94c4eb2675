import { loadAgentCorpus } from '../agent/collect.ts';
import { buildLlmsTxt } from '../agent/llms-txt.ts';

/** `/llms.txt`: the index of the knowledge base for AI agents (https://llmstxt.org). */
export async function GET() {
	const text = buildLlmsTxt(await loadAgentCorpus());
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
