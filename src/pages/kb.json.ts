import { loadAgentCorpus } from '../agent/collect.ts';
import { buildKbJson } from '../agent/kb-json.ts';

/** `/kb.json`: every article this build publishes, with its metadata and Markdown text. */
export async function GET() {
	const document = buildKbJson(await loadAgentCorpus());
	return new Response(`${JSON.stringify(document, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
