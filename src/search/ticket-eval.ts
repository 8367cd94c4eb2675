import type { LoadedContent } from '../content-model/content.ts';
import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';
import { type ArticleCustomerWords, missingCustomerWords } from './customer-words.ts';
import { EVAL_DEPTH, meetsMinimum, rankOf } from './metrics.ts';
import { type NodeSearch, openPagefind, type SearchHit } from './pagefind-node.ts';
import type { QueryLanguage } from './query/language.ts';
import { type PagefindRanking, pagefindRanking } from './ranking.ts';
import { pageExists } from './run-evals.ts';
import { type LinkedTicket, readLinkedTickets, type TicketAt } from './ticket-subjects.ts';

/** How many results count as "found": what a customer reads before writing a ticket. */
const FOUND_WITHIN = 3;

export interface TicketResult {
	ticket: LinkedTicket;
	/** Answers a customer could be shown (in the searched build); the ticket counts only with one. */
	expect: string[];
	/** 1-based rank of the first answer in the results, or null. */
	rank: number | null;
	hits: SearchHit[];
}

export interface TicketGroupScore {
	id: string;
	label: string;
	tickets: number;
	found: number;
	/** Share of tickets whose answer ranks in the first 3 (null without tickets). */
	hitAt3: number | null;
}

export interface TicketEvalReport {
	/** Closed, linked tickets read. */
	linked: number;
	/** Tickets searched: those with an answer the searched build shows customers. */
	results: TicketResult[];
	found: number;
	hitAt3: number | null;
	byCategory: TicketGroupScore[];
	byProductArea: TicketGroupScore[];
	/**
	 * Per article search did not find for some of its tickets, the words of their
	 * subjects it does not use: candidates for its aliases or for the synonyms file
	 * (empty when the eval is given no article text).
	 */
	customerWords: ArticleCustomerWords[];
	/** Exports read whose subject column is empty in every row (see `readLinkedTickets`). */
	emptySubjects?: string[];
	/** Closed, linked tickets with a blank subject, not searched (see `readLinkedTickets`). */
	withoutSubject?: TicketAt[];
	minimum: number;
	passed: boolean;
}

/** Whether search put an answer where a customer reads. */
export const isFound = (result: Pick<TicketResult, 'rank'>) => result.rank !== null && result.rank <= FOUND_WITHIN;

function groupScores(
	results: readonly TicketResult[],
	terms: readonly { id: string; label: string }[],
	key: 'category' | 'productArea',
): TicketGroupScore[] {
	return terms
		.map((term) => {
			const mine = results.filter((result) => result.ticket[key] === term.id);
			const found = mine.filter(isFound).length;
			return {
				id: term.id,
				label: term.label,
				tickets: mine.length,
				found,
				hitAt3: mine.length ? found / mine.length : null,
			};
		})
		.filter((score) => score.tickets > 0);
}

/**
 * Searches each linked ticket's subject as the customer wrote it, through the same
 * pipeline as the help center's search, and counts how often an article that answered
 * it ranks in the first 3: the share of tickets a customer could have solved by
 * searching first. `isShown` says which slugs the searched build shows customers.
 */
export async function evaluateTicketSubjects(
	index: Pick<NodeSearch, 'search'>,
	tickets: readonly LinkedTicket[],
	options: {
		taxonomy: Taxonomy;
		isShown: (slug: string) => boolean;
		minimum: number;
		/** An answer's text (title, description, aliases, body), to tell which of the customer's words it lacks. */
		articleText?: (slug: string) => string | undefined;
		/** The index's language, whose stop words are no customer's word for anything. Default English. */
		language?: QueryLanguage;
	},
): Promise<TicketEvalReport> {
	const results: TicketResult[] = [];
	for (const ticket of tickets) {
		const expect = ticket.answers.filter(options.isShown);
		if (expect.length === 0) continue;
		const { hits } = await index.search(ticket.subject, EVAL_DEPTH);
		const shown = hits.filter((hit) => options.isShown(hit.slug));
		results.push({ ticket, expect, rank: rankOf(expect, shown), hits: shown });
	}
	const found = results.filter(isFound).length;
	const hitAt3 = results.length > 0 ? found / results.length : null;
	const missed = results
		.filter((result) => !isFound(result))
		.map((result) => ({ subject: result.ticket.subject, answers: result.expect }));
	return {
		linked: tickets.length,
		results,
		found,
		hitAt3,
		byCategory: groupScores(results, options.taxonomy.categories, 'category'),
		byProductArea: groupScores(results, options.taxonomy.productAreas, 'productArea'),
		customerWords: options.articleText ? missingCustomerWords(missed, options.articleText, options.language) : [],
		minimum: options.minimum,
		passed: hitAt3 === null || meetsMinimum(hitAt3, options.minimum),
	};
}

/**
 * Reads the exports and runs the ticket-subject eval against a built site. By default
 * an answer counts when the build has its page; `isShown` narrows that (the internal
 * build's insights count only the public articles customers can be shown).
 */
export async function runTicketEval(options: {
	distDir: string;
	files: readonly string[];
	content: Pick<LoadedContent, 'taxonomy' | 'config' | 'articles' | 'runbooks'>;
	ranking?: PagefindRanking;
	isShown?: (slug: string) => boolean;
}): Promise<TicketEvalReport> {
	const { tickets, emptySubjects, withoutSubject } = await readLinkedTickets(options.files, options.content);
	const articles = new Map(options.content.articles.map((article) => [article.slug, article]));
	const articleText = (slug: string) => {
		const article = articles.get(slug);
		if (!article) return undefined;
		const { title, description, aliases } = article.data;
		return [title, description, ...aliases, article.body].join('\n');
	};
	const index = await openPagefind(options.distDir, options.ranking ?? pagefindRanking);
	try {
		const report = await evaluateTicketSubjects(index, tickets, {
			taxonomy: options.content.taxonomy,
			isShown: options.isShown ?? ((slug) => pageExists(options.distDir, slug)),
			minimum: options.content.config.search.minTicketHitAt3,
			articleText,
			language: index.lexicon.vocabulary.language,
		});
		return { ...report, emptySubjects, withoutSubject };
	} finally {
		await index.close();
	}
}
