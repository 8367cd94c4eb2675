import type { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';

/** One ticket as a source hands it over, before it is written to the cache. */
export interface PulledTicket {
	id: string;
	/** The helpdesk's status, lower case ("solved", "done", "closed"). */
	status: string;
	/** Whether the helpdesk counts it as closed; other tickets leave the cache (reopened, deleted). */
	closed: boolean;
	category: string;
	productArea: string;
	/** When it was closed, ISO 8601; empty when the helpdesk does not say. */
	closedAt: string;
	/** Article slugs or URLs from the mapped field or tags and from the team's replies. */
	articles: string[];
	/** The helpdesk's id of the requester; hashed before it is stored. Empty when unknown. */
	requester: string;
	/** Kept only with `--with-subjects`. */
	subject: string;
}

export interface SourcePage<Position> {
	tickets: PulledTicket[];
	/** Where the next page is; undefined once this was the last page. */
	next?: Position;
	/** With the last page: where the next pull starts (a cursor, or a time to ask for changes since). */
	resume?: unknown;
	/**
	 * Ids whose cached rows leave the cache because the same request is cached under
	 * another id (Intercom: a ticket once cached under its API id, a conversation that
	 * became a ticket); not counted as reopened. Written before the page's tickets.
	 */
	forget?: string[];
}

/** What every source needs besides its settings. */
export interface SourceContext {
	client: ServiceClient;
	/** The help center's public origin (`site.url`), for finding article URLs in replies. */
	siteUrl: string;
	/** Whether a path is an old address of an article (`content/redirects.yaml`), for links to the old help center in replies. */
	isOldAddress?: (path: string) => boolean;
	/** When this pull started: the time a changes-since source asks from next time. */
	now: Date;
	/** The settings file that names the source, as messages name it; default the one in `TRYBLOCK_CONTENT_DIR` or `content`. */
	settingsFile?: string;
}

/**
 * One helpdesk as the pull sees it: a check before anything is written, then pages.
 * Positions are plain JSON, saved after each page so an interrupted pull resumes.
 */
export interface TicketSource<Position = unknown> {
	/** The helpdesk's name for messages. */
	readonly vendor: string;
	/** Checks every mapped field exists (and so, the credentials); throws `HelpdeskError` (or the client's `ServiceError`) otherwise. */
	prepare(): Promise<void>;
	/** The first page: of every closed ticket, or of the changes since `resume` (the last complete pull's). */
	start(resume: unknown): Position;
	fetchPage(position: Position): Promise<SourcePage<Position>>;
	/** Reads a position back from a saved partial pull (undefined when it is not one of this source's). */
	readonly positionSchema: z.ZodType<Position>;
	/** Checks a resume cursor read back from the state file. */
	readonly resumeSchema: z.ZodType;
}
