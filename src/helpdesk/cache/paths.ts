import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentLayout } from '../../content-model/paths.ts';

/**
 * Where pulled tickets are kept: `.tryblock/tickets/` beside the content folder (the
 * project root for `content/`). Outside git: the folder ignores itself, and the
 * project's .gitignore lists `.tryblock/`.
 */
export function ticketCacheDir(contentDir: string): string {
	return path.join(path.dirname(path.resolve(contentDir)), '.tryblock', 'tickets');
}

/** The cache files in a cache folder: `<source>.jsonl`, one per helpdesk, sorted by name. */
export function listTicketCaches(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && /^[a-z]+\.jsonl$/.test(entry.name))
		.map((entry) => path.join(dir, entry.name))
		.sort();
}

/** Whether a file is a pulled-tickets cache (read with the cache's own column names). */
export function isTicketCache(file: string): boolean {
	const dir = path.dirname(path.resolve(file));
	return (
		path.basename(dir) === 'tickets' &&
		path.basename(path.dirname(dir)) === '.tryblock' &&
		/^[a-z]+\.jsonl$/.test(path.basename(file))
	);
}

/** The exports folder of a content folder. */
export function exportsDir(contentDir: string): string {
	return path.join(contentDir, contentLayout.tickets);
}
