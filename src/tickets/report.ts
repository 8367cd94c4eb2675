import type { LoadedContent } from '../content-model/content.ts';
import { isCounted, type JudgedTickets, Verdict, type WaiverOutcome } from './judge.ts';
import type { UnlinkedReason } from './links.ts';
import { isPublishedEntry } from './links.ts';
import { type CoveragePolicy, linkRate, meetsMinimum } from './policy.ts';

/** One category's result in the JSON report. */
export interface CategoryResult {
	id: string;
	label: string;
	/** Closed tickets judged (waived and invalid ones are not counted). */
	closed: number;
	linked: number;
	/** `linked / closed`, rounded to 4 decimals; null when the category has no closed tickets. */
	linkRate: number | null;
	minLinkRate: number;
	covered: boolean;
	/** Ids of its unlinked tickets. */
	unlinked: string[];
}

export interface UnlinkedTicket {
	id: string;
	category: string;
	productArea: string;
	reason: UnlinkedReason;
	file: string;
	line: number;
}

export interface WaiverReport {
	ticket: string | null;
	category: string | null;
	productArea: string | null;
	reason: string;
	owner: string;
	expires: string;
	/** Tickets it exempts (applied) or no longer exempts (expired). */
	tickets: string[];
}

/** The JSON report: a contract other tools rely on. Every list is sorted. */
export interface CoverageReport {
	ok: boolean;
	since: string | null;
	/** `--before`: only tickets closed before this day were judged. */
	before: string | null;
	totals: { closed: number; linked: number; unlinked: number; invalid: number; duplicates: number };
	categories: CategoryResult[];
	uncoveredCategories: string[];
	unlinkedTickets: UnlinkedTicket[];
	invalidRows: { file: string; line: number; reason: string }[];
	waivers: { applied: WaiverReport[]; expired: WaiverReport[] };
	/** Categories with unlinked closed tickets and no published article of their own (see `emptyCategoryIds`). */
	emptyCategories: string[];
}

const reasonOfVerdict: Record<number, UnlinkedReason> = {
	[Verdict.noArticle]: 'no-article',
	[Verdict.brokenLink]: 'broken-link',
	[Verdict.draftOnly]: 'draft-only',
};

export function reasonOf(verdict: number): UnlinkedReason {
	return reasonOfVerdict[verdict] as UnlinkedReason;
}

/** Orders ticket ids the way people read them: `ACME-9` before `ACME-10`. Digit runs compare as numbers. */
export function compareTicketIds(a: string, b: string): number {
	const partsA = a.split(/(\d+)/);
	const partsB = b.split(/(\d+)/);
	const shared = Math.min(partsA.length, partsB.length);
	for (let index = 0; index < shared; index++) {
		const x = partsA[index] as string;
		const y = partsB[index] as string;
		if (x === y) continue;
		if (index % 2 === 1) {
			const digitsX = x.replace(/^0+/, '');
			const digitsY = y.replace(/^0+/, '');
			if (digitsX.length !== digitsY.length) return digitsX.length - digitsY.length;
			if (digitsX !== digitsY) return digitsX < digitsY ? -1 : 1;
			return x.length - y.length;
		}
		return x < y ? -1 : 1;
	}
	return partsA.length - partsB.length;
}

export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Categories with no published article of their own whose closed tickets (judged in
 * this run) include some that link none: customers met it and found nothing. A
 * category nobody filed a ticket under has no gap, nor one whose tickets all link an
 * article filed under another category; warning about those would cry wolf for every
 * team whose customers never meet one of the six.
 */
export function emptyCategoryIds(
	content: Pick<LoadedContent, 'articles'>,
	categories: Pick<CategoryResult, 'id' | 'unlinked'>[],
): string[] {
	const used = new Set(content.articles.filter(isPublishedEntry).map((article) => article.data.category));
	return categories
		.filter((category) => category.unlinked.length > 0 && !used.has(category.id))
		.map((category) => category.id);
}

export function waiverReport(outcome: WaiverOutcome, judged: JudgedTickets): WaiverReport {
	const { waiver } = outcome;
	return {
		ticket: waiver.ticket ?? null,
		category: waiver.category ?? null,
		productArea: waiver.productArea ?? null,
		reason: waiver.reason,
		owner: waiver.owner,
		expires: waiver.expires,
		tickets: outcome.slots.map((slot) => judged.table.idOf(slot)).sort(compareTicketIds),
	};
}

const byWaiverTarget = (a: WaiverReport, b: WaiverReport) =>
	compareText(a.expires, b.expires) ||
	compareTicketIds(a.ticket ?? '', b.ticket ?? '') ||
	compareText(`${a.category}/${a.productArea}`, `${b.category}/${b.productArea}`);

/**
 * Builds the JSON report. Categories come in taxonomy order, ticket lists by id
 * (`ACME-9` before `ACME-10`), invalid rows by file and line, waivers by expiry.
 */
export function buildReport(
	judged: JudgedTickets,
	policy: Pick<CoveragePolicy, 'minLinkRate'>,
	content: Pick<LoadedContent, 'taxonomy' | 'articles'>,
): CoverageReport {
	const { table, verdicts, taxonomy } = judged;
	const categories = taxonomy.categories.map((term, index) => ({
		id: term.id,
		label: term.label,
		closed: 0,
		linked: 0,
		linkRate: null as number | null,
		minLinkRate: policy.minLinkRate[index] ?? 1,
		covered: true,
		unlinked: [] as string[],
	}));
	const unlinkedTickets: UnlinkedTicket[] = [];
	for (let slot = 0; slot < table.size; slot++) {
		const verdict = verdicts[slot] as number;
		if (!isCounted(verdict)) continue;
		const category = categories[table.category[slot] as number] as CategoryResult;
		category.closed++;
		if (verdict === Verdict.linked) {
			category.linked++;
			continue;
		}
		const id = table.idOf(slot);
		category.unlinked.push(id);
		unlinkedTickets.push({
			id,
			category: category.id,
			productArea: taxonomy.productAreas[table.productArea[slot] as number]?.id as string,
			reason: reasonOf(verdict),
			file: table.files[table.file[slot] as number] as string,
			line: table.line[slot] as number,
		});
	}
	for (const category of categories) {
		category.linkRate = linkRate(category.linked, category.closed);
		category.covered = meetsMinimum(category.linked, category.closed, category.minLinkRate);
		category.unlinked.sort(compareTicketIds);
	}
	unlinkedTickets.sort((a, b) => compareTicketIds(a.id, b.id));
	const uncoveredCategories = categories.filter((category) => !category.covered).map((category) => category.id);
	const totals = {
		closed: categories.reduce((sum, category) => sum + category.closed, 0),
		linked: categories.reduce((sum, category) => sum + category.linked, 0),
		unlinked: unlinkedTickets.length,
		invalid: judged.invalidRows.length,
		duplicates: table.duplicates,
	};
	return {
		ok: uncoveredCategories.length === 0 && judged.invalidRows.length === 0,
		since: judged.since,
		before: judged.before,
		totals,
		categories,
		uncoveredCategories,
		unlinkedTickets,
		invalidRows: judged.invalidRows.map(({ file, line, reason }) => ({ file, line, reason })),
		waivers: {
			applied: judged.waivers
				.filter((outcome) => !outcome.expired)
				.map((outcome) => waiverReport(outcome, judged))
				.sort(byWaiverTarget),
			expired: judged.waivers
				.filter((outcome) => outcome.expired)
				.map((outcome) => waiverReport(outcome, judged))
				.sort(byWaiverTarget),
		},
		emptyCategories: emptyCategoryIds(content, categories),
	};
}
