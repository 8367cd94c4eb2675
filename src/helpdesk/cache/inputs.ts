import { existsSync } from 'node:fs';
import { listExports } from '../../tickets/export-files.ts';
import { exportsDir, listTicketCaches, ticketCacheDir } from './paths.ts';

export interface TicketInputs {
	/** Committed exports in `content/tickets/`, by name. */
	exports: string[];
	/** Pulled caches in `.tryblock/tickets/`, read after the exports so the helpdesk's latest word wins. */
	caches: string[];
	exportsDir: string;
	cacheDir: string;
}

/**
 * What the gate, the insights page and the ticket-subject eval read when no file is
 * named: every export in `content/tickets/`, then every cache `npm run tickets:pull`
 * wrote. Either may be missing; both missing is for the caller to judge.
 */
export function defaultTicketInputs(contentDir: string): TicketInputs {
	const dir = exportsDir(contentDir);
	const cacheDir = ticketCacheDir(contentDir);
	return {
		exports: existsSync(dir) ? listExports(dir) : [],
		caches: listTicketCaches(cacheDir),
		exportsDir: dir,
		cacheDir,
	};
}
