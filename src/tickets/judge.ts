import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';
import { BAD_DAY, NO_DAY, parseIsoDay } from './dates.ts';
import { type LinkIndex, LinkState } from './links.ts';
import type { CoveragePolicy, ResolvedWaiver } from './policy.ts';
import { TicketState, type TicketTable } from './ticket-table.ts';

/** The gate's verdict on one ticket slot. */
export const Verdict = {
	/** Not judged: open, or closed before `--since`. */
	ignored: 0,
	linked: 1,
	noArticle: 2,
	brokenLink: 3,
	draftOnly: 4,
	/** Unlinked, but an active waiver exempts it: left out of the counts. */
	waived: 5,
	invalid: 6,
} as const;
export type Verdict = (typeof Verdict)[keyof typeof Verdict];

const unlinkedVerdict = {
	[LinkState.noArticle]: Verdict.noArticle,
	[LinkState.brokenLink]: Verdict.brokenLink,
	[LinkState.draftOnly]: Verdict.draftOnly,
} as Record<number, Verdict>;

export function isUnlinked(verdict: number): boolean {
	return verdict === Verdict.noArticle || verdict === Verdict.brokenLink || verdict === Verdict.draftOnly;
}

/** Closed, judged tickets: what the counts of the report are made of. */
export function isCounted(verdict: number): boolean {
	return verdict === Verdict.linked || isUnlinked(verdict);
}

export interface InvalidRow {
	file: string;
	line: number;
	reason: string;
}

/** What a waiver did in this run: the slots it exempted, or would have before it expired. */
export interface WaiverOutcome extends ResolvedWaiver {
	slots: number[];
}

/** Everything the gate knows about the tickets after judging them; reports and insights read it. */
export interface JudgedTickets {
	taxonomy: Taxonomy;
	table: TicketTable;
	links: LinkIndex;
	verdicts: Uint8Array;
	invalidRows: InvalidRow[];
	waivers: WaiverOutcome[];
	/** `--since` as given, or null. */
	since: string | null;
	/** `--before` as given, or null. */
	before: string | null;
}

function dateProblem(day: number, flag: string): string | undefined {
	if (day === NO_DAY) return `has no closed date, which ${flag} needs`;
	if (day === BAD_DAY) return `has a closed date that is not a date, which ${flag} needs`;
	return undefined;
}

/**
 * Judges every ticket: open tickets, those closed before `since` and those closed on
 * or after `before` are ignored,
 * rows that cannot be judged are invalid, linked tickets are linked, and an
 * unlinked ticket is either waived (by an active waiver naming it or its
 * category/product-area pair) or keeps its reason. Expired waivers exempt nothing.
 */
export function judgeTickets(
	table: TicketTable,
	context: {
		taxonomy: Taxonomy;
		links: LinkIndex;
		policy: Pick<CoveragePolicy, 'waivers'>;
		since?: string;
		before?: string;
	},
): JudgedTickets {
	const sinceDay = context.since === undefined ? undefined : parseIsoDay(context.since);
	const beforeDay = context.before === undefined ? undefined : parseIsoDay(context.before);
	const windowFlag = sinceDay !== undefined ? '--since' : beforeDay !== undefined ? '--before' : undefined;
	const outside = (day: number) =>
		(sinceDay !== undefined && day < sinceDay) || (beforeDay !== undefined && day >= beforeDay);
	const areaCount = context.taxonomy.productAreas.length;
	const waivers: WaiverOutcome[] = context.policy.waivers.map((waiver) => ({ ...waiver, slots: [] }));
	const byTicket = new Map<number, WaiverOutcome[]>();
	const byPair = new Map<number, WaiverOutcome[]>();
	const add = <Key>(map: Map<Key, WaiverOutcome[]>, key: Key, outcome: WaiverOutcome) => {
		const list = map.get(key);
		if (list) list.push(outcome);
		else map.set(key, [outcome]);
	};
	for (const outcome of waivers) {
		const { ticket } = outcome.waiver;
		if (ticket !== undefined) {
			const slot = table.slotOf(ticket);
			if (slot !== -1) add(byTicket, slot, outcome);
		} else add(byPair, outcome.category * areaCount + outcome.productArea, outcome);
	}
	const waiverFor = (slot: number): WaiverOutcome[] | undefined => {
		if (waivers.length === 0) return undefined;
		const found = [
			...(byTicket.get(slot) ?? []),
			...(byPair.get((table.category[slot] as number) * areaCount + (table.productArea[slot] as number)) ?? []),
		];
		return found.length > 0 ? found : undefined;
	};

	const verdicts = new Uint8Array(table.size);
	const invalidRows: InvalidRow[] = [];
	for (let slot = 0; slot < table.size; slot++) {
		const state = table.state[slot];
		if (state === TicketState.open) continue;
		const day = table.day[slot] as number;
		let reason = table.invalidReasons.get(slot);
		if (windowFlag !== undefined) {
			const problem = dateProblem(day, windowFlag);
			if (problem === undefined && outside(day)) continue;
			if (problem !== undefined && reason === undefined) reason = `ticket ${table.idOf(slot)} ${problem}`;
		}
		if (state === TicketState.invalid || reason !== undefined) {
			verdicts[slot] = Verdict.invalid;
			invalidRows.push({
				file: table.files[table.file[slot] as number] as string,
				line: table.line[slot] as number,
				reason: reason as string,
			});
			continue;
		}
		const link = table.link[slot] as number;
		if (link === LinkState.linked) {
			verdicts[slot] = Verdict.linked;
			continue;
		}
		verdicts[slot] = unlinkedVerdict[link] as Verdict;
		const matching = waiverFor(slot);
		if (!matching) continue;
		const active = matching.find((outcome) => !outcome.expired);
		if (active) {
			verdicts[slot] = Verdict.waived;
			active.slots.push(slot);
		} else for (const outcome of matching) outcome.slots.push(slot);
	}
	for (const orphan of table.orphanRows) {
		if (windowFlag !== undefined && dateProblem(orphan.day, windowFlag) === undefined && outside(orphan.day)) continue;
		invalidRows.push({ file: table.files[orphan.file] as string, line: orphan.line, reason: orphan.reason });
	}
	invalidRows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
	return {
		taxonomy: context.taxonomy,
		table,
		links: context.links,
		verdicts,
		invalidRows,
		waivers,
		since: context.since ?? null,
		before: context.before ?? null,
	};
}
