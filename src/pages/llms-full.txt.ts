import { loadAgentCorpus } from '../agent/collect.ts';
import { buildLlmsFullTxt } from '../agent/llms-full.ts';

/** `/llms-full.txt`: every article this build publishes, as Markdown, in one file. */
export async function GET() {
	const text = buildLlmsFullTxt(await loadAgentCorpus());
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
