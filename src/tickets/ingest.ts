import { inline, quoted, quotedExcerpt } from '../cli/untrusted-text.ts';
import { contentPath } from '../content-model/paths.ts';
import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';
import { ticketIdProblem } from '../content-model/ticket-id.ts';
import type { CoverageConfig } from './coverage-config.ts';
import { BAD_DAY, createClosedDayReader, readNumericDate, suggestDateFormat } from './dates.ts';
import { type LinkIndex, LinkState } from './links.ts';
import type { RawRow } from './raw-row.ts';
import { createStatusClassifier, normalizeStatus, StatusKind, tallyStatus } from './statuses.ts';
import { splitTags, taggedValues } from './tags.ts';
import { createTermMatcher, NO_TERM, UNKNOWN_TERM } from './terms.ts';
import { NO_INDEX, TicketState, type TicketTable } from './ticket-table.ts';

export interface IngestContext {
	taxonomy: Taxonomy;
	coverage: Pick<CoverageConfig, 'closedStatuses' | 'notClosedStatuses' | 'dateFormat' | 'tagPrefixes'>;
	links: LinkIndex;
	table: TicketTable;
	/** The settings file as messages name it; default the one in `TRYBLOCK_CONTENT_DIR` or `content`. */
	settingsFile?: string;
}

/** A subject on one line, without control characters, short enough for a title. */
export function cleanSubject(subject: string): string {
	const line = inline(subject).replace(/\s+/g, ' ').trim();
	return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function dateProblem(text: string, rule: string, dateFormat: string | undefined): string {
	const suggested = suggestDateFormat(text);
	const shape = suggested === dateFormat ? undefined : suggested;
	return `has a closed date ${quotedExcerpt(text)} that cannot be read: expected ${rule}${shape ? ` (this one looks like ${shape})` : ''}`;
}

function termProblem(
	kind: 'category' | 'product area',
	raw: string,
	index: number,
	ids: string[],
	tagPrefix: string | undefined,
): string | undefined {
	if (index === NO_TERM)
		return `is closed but has no ${kind}${tagPrefix === undefined ? '' : ` (nor a tag starting with ${quoted(tagPrefix)})`}`;
	if (index === UNKNOWN_TERM)
		return `has an unknown ${kind} ${quotedExcerpt(raw.trim())} (expected one of ${ids.join(', ')})`;
	return undefined;
}

const NO_TAGS: readonly string[] = [];

/** The value of the first tag with the prefix, or nothing. */
const firstTagged = (tags: readonly string[], prefix: string): string => taggedValues(tags, prefix)[0] ?? '';

/**
 * Returns the function that records one export row in the ticket table: the last
 * row read for a ticket id wins. A closed row gets its category, product area,
 * closed day and link state; a row that cannot be judged gets its reason.
 */
export function createIngester(context: IngestContext): (row: RawRow, fileIndex: number) => void {
	const { taxonomy, links, table } = context;
	const classify = createStatusClassifier(context.coverage);
	const statusCache = new Map<string, StatusKind>();
	const kindOf = (status: string) => {
		let kind = statusCache.get(status);
		if (kind === undefined) {
			kind = classify(status);
			if (statusCache.size < 1000) statusCache.set(status, kind);
		}
		return kind;
	};
	const categoryOf = createTermMatcher(taxonomy.categories);
	const areaOf = createTermMatcher(taxonomy.productAreas);
	const categoryIds = taxonomy.categories.map((term) => term.id);
	const areaIds = taxonomy.productAreas.map((term) => term.id);
	const closedDay = createClosedDayReader(context.coverage.dateFormat);
	const prefixes = context.coverage.tagPrefixes;
	const readsTags = Object.keys(prefixes).length > 0;
	const dateRule = context.coverage.dateFormat
		? `${context.coverage.dateFormat} (coverage.dateFormat) or ISO 8601 such as 2026-03-14`
		: `ISO 8601 such as 2026-03-14 or 2026-03-14T10:22:00Z; other forms need coverage.dateFormat in ${context.settingsFile ?? contentPath('config')}`;

	return (row, fileIndex) => {
		const { values } = row;
		table.rows++;
		const id = values.id.trim();
		const kind = kindOf(values.status);
		const closed = kind !== StatusKind.open;
		const idProblem = id === '' ? undefined : ticketIdProblem(id);
		if (id === '' || idProblem) {
			if (row.problem || closed) {
				const reason = row.problem ? `row ${row.problem}` : (idProblem ?? 'closed ticket without an id');
				table.orphanRows.push({ file: fileIndex, line: row.line, reason, day: closedDay(values.closedAt) });
			}
			return;
		}
		const slot = table.slotFor(id);
		const day = closedDay(values.closedAt);
		table.file[slot] = fileIndex;
		table.line[slot] = row.line;
		table.day[slot] = day;
		// The last row read defines the ticket: nothing of an earlier row stays.
		table.category[slot] = NO_INDEX;
		table.productArea[slot] = NO_INDEX;
		table.link[slot] = LinkState.linked;
		table.referenceSet[slot] = 0;
		if (row.problem) {
			table.state[slot] = TicketState.invalid;
			table.invalidReasons.set(slot, `ticket ${id} ${row.problem}`);
			return;
		}
		if (!closed) {
			table.state[slot] = TicketState.open;
			tallyStatus(table.otherStatuses, normalizeStatus(values.status) || '(empty)');
			return;
		}
		if (kind === StatusKind.qualified) tallyStatus(table.qualifiedStatuses, normalizeStatus(values.status));
		// A column the export leaves empty may be filed as tags (`coverage.tagPrefixes`).
		const tags = readsTags ? splitTags(values.tags) : NO_TAGS;
		const categoryPrefix = values.category.trim() === '' ? prefixes.category : undefined;
		const areaPrefix = values.productArea.trim() === '' ? prefixes.productArea : undefined;
		const categoryCell = categoryPrefix === undefined ? values.category : firstTagged(tags, categoryPrefix);
		const areaCell = areaPrefix === undefined ? values.productArea : firstTagged(tags, areaPrefix);
		const category = categoryOf(categoryCell);
		const area = areaOf(areaCell);
		if (category === UNKNOWN_TERM) tallyStatus(table.unknownCategories, categoryCell.trim());
		if (area === UNKNOWN_TERM) tallyStatus(table.unknownProductAreas, areaCell.trim());
		table.category[slot] = category >= 0 ? category : NO_INDEX;
		table.productArea[slot] = area >= 0 ? area : NO_INDEX;
		const closedAt = values.closedAt.trim();
		const badDate = day === BAD_DAY ? dateProblem(closedAt, dateRule, context.coverage.dateFormat) : undefined;
		const problems = [
			termProblem('category', categoryCell, category, categoryIds, categoryPrefix),
			termProblem('product area', areaCell, area, areaIds, areaPrefix),
			badDate,
		].filter((problem) => problem !== undefined);
		// A numeric date whose order nothing named may be settled by its export's other
		// dates (date-order.ts): the ticket is judged in full, and invalid until then.
		const awaitsOrder =
			problems.length === 1 &&
			badDate !== undefined &&
			context.coverage.dateFormat === undefined &&
			readNumericDate(closedAt) !== undefined;
		if (problems.length > 0) {
			table.state[slot] = TicketState.invalid;
			table.invalidReasons.set(slot, `ticket ${id} ${problems.join('; it ')}`);
			if (!awaitsOrder) return;
			table.numericDates.set(slot, closedAt);
		} else table.state[slot] = TicketState.closed;
		const taggedArticles = prefixes.articles === undefined ? [] : taggedValues(tags, prefixes.articles);
		const articles = taggedArticles.length === 0 ? values.articles : [values.articles, ...taggedArticles].join('\n');
		const referenceSet = links.referenceSetOf(articles.trim());
		table.referenceSet[slot] = referenceSet;
		const link = links.stateOf(id, referenceSet);
		table.link[slot] = link;
		if (link !== LinkState.linked) {
			const subject = cleanSubject(values.subject);
			if (subject !== '') table.subjects.set(slot, subject);
		}
	};
}
