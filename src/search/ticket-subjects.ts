import type { LoadedContent } from '../content-model/content.ts';
import { contentPath, displayPath } from '../content-model/paths.ts';
import { isTicketCache } from '../helpdesk/cache/paths.ts';
import { defaultColumnAliases, requiredColumns } from '../tickets/column-names.ts';
import { createColumnMatcher } from '../tickets/columns.ts';
import { cleanSubject, createIngester } from '../tickets/ingest.ts';
import { type LinkContent, LinkIndex, LinkState } from '../tickets/links.ts';
import { readExport } from '../tickets/read-export.ts';
import { NO_INDEX, TicketState, TicketTable } from '../tickets/ticket-table.ts';

/** A closed ticket linked to an article: what the customer wrote and what answered it. */
export interface LinkedTicket {
	id: string;
	/** The subject as the customer wrote it (one line). Untrusted text. */
	subject: string;
	/** Category and product area ids. */
	category: string;
	productArea: string;
	/** Slugs of the published articles and runbooks that answer it. */
	answers: string[];
}

export interface LinkedTickets {
	tickets: LinkedTicket[];
	/**
	 * Exports (not pulled caches, which hold subjects only when pulled with them) that
	 * have rows and a subject column but no subject in any row: nothing of them can be
	 * searched. Paths as messages show them.
	 */
	emptySubjects: string[];
	/**
	 * Closed, linked tickets of the other exports whose subject is blank: there is nothing
	 * to search for them, so they are named rather than left out without a word.
	 */
	withoutSubject: TicketAt[];
}

/** A ticket at its row of an export (the path as messages show it). */
export interface TicketAt {
	id: string;
	file: string;
	line: number;
}

/**
 * Every closed, linked ticket with a subject, read with the coverage gate's own
 * readers and rules (any export format, the last row of an id wins, links from the
 * export's articles cell and from articles' `tickets` frontmatter), and the exports
 * whose subject column is empty in every row.
 */
export async function readLinkedTickets(
	files: readonly string[],
	content: Pick<LoadedContent, 'taxonomy' | 'config'> & Partial<Pick<LoadedContent, 'contentDir'>> & LinkContent,
): Promise<LinkedTickets> {
	const coverage = content.config.coverage;
	const settingsFile = contentPath('config', content.contentDir);
	const matcher = createColumnMatcher(coverage.columns, coverage.tagPrefixes, settingsFile);
	// Pulled caches name their columns Tryblock's way, and hold subjects only when
	// pulled with --with-subjects: a cache without them adds none.
	const cacheMatcher = createColumnMatcher(defaultColumnAliases, {}, settingsFile);
	const links = new LinkIndex(content);
	const table = new TicketTable();
	const ingest = createIngester({ taxonomy: content.taxonomy, coverage, links, table, settingsFile });
	const subjects = new Map<number, string>();
	const emptySubjects: string[] = [];
	const unsearchable = new Set<number>();
	for (const file of files) {
		const shown = displayPath(file);
		const fileIndex = table.addFile(shown);
		const cache = isTicketCache(file);
		let withSubject = 0;
		const summary = await readExport(file, {
			matcher: cache ? cacheMatcher : matcher,
			required: cache ? requiredColumns : [...requiredColumns, 'subject'],
			onRow: (row) => {
				ingest(row, fileIndex);
				const subject = cleanSubject(row.values.subject);
				if (subject !== '') withSubject++;
				const slot = table.slotOf(row.values.id.trim());
				if (slot === -1) return;
				if (subject !== '') subjects.set(slot, subject);
				else if (!cache) subjects.delete(slot);
			},
		});
		if (!cache && summary.rows > 0 && withSubject === 0) emptySubjects.push(shown);
		// A cache pulled without --with-subjects has none by choice; an export empty in every row is named whole.
		if (cache || withSubject === 0) unsearchable.add(fileIndex);
	}
	const withoutSubject: TicketAt[] = [];
	for (let slot = 0; slot < table.size; slot++) {
		if (subjects.has(slot) || unsearchable.has(table.file[slot] as number)) continue;
		if (table.state[slot] !== TicketState.closed || table.link[slot] !== LinkState.linked) continue;
		if (table.category[slot] === NO_INDEX || table.productArea[slot] === NO_INDEX) continue;
		withoutSubject.push({
			id: table.idOf(slot),
			file: table.files[table.file[slot] as number] as string,
			line: table.line[slot] as number,
		});
	}
	const tickets: LinkedTicket[] = [];
	for (const [slot, subject] of subjects) {
		if (table.state[slot] !== TicketState.closed || table.link[slot] !== LinkState.linked) continue;
		const category = content.taxonomy.categories[table.category[slot] as number];
		const area = content.taxonomy.productAreas[table.productArea[slot] as number];
		if (!category || !area || table.category[slot] === NO_INDEX) continue;
		const id = table.idOf(slot);
		tickets.push({
			id,
			subject,
			category: category.id,
			productArea: area.id,
			answers: links.publishedLinks(id, table.referenceSet[slot] as number),
		});
	}
	tickets.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
	return { tickets, emptySubjects, withoutSubject };
}
