import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentLayout } from '../../../src/content-model/paths.ts';
import { listExports } from '../../../src/tickets/export-files.ts';
import { loadContentForCoverage, readTickets } from '../../../src/tickets/gate.ts';

/**
 * Every ticket id a content folder knows: the ids in its exports (read by the
 * coverage gate's own reader, open tickets included) and in the `tickets` frontmatter
 * of its articles and runbooks.
 */
export async function ticketIdsIn(contentDir: string): Promise<string[]> {
	const content = loadContentForCoverage(contentDir);
	const ids = new Set([...content.articles, ...content.runbooks].flatMap((entry) => entry.data.tickets));
	const dir = path.join(contentDir, contentLayout.tickets);
	if (existsSync(dir)) {
		const { table } = await readTickets(listExports(dir), content);
		for (let slot = 0; slot < table.size; slot++) ids.add(table.idOf(slot));
	}
	return [...ids].sort();
}
