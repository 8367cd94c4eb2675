import { nearest } from '../cli/suggest.ts';
import { excerpt, quotedExcerpt } from '../cli/untrusted-text.ts';
import type { LoadedContent } from '../content-model/content.ts';
import { visibleTitle } from '../text/control-characters.ts';
import { articleKeys } from './json-row.ts';
import type { JudgedTickets } from './judge.ts';
import { isPublishedEntry } from './links.ts';
import type { CoverageReport, UnlinkedTicket } from './report.ts';

/** What a support engineer should do about one unlinked ticket. */
export interface NextStep {
	ticket: UnlinkedTicket;
	subject?: string;
	/** Title for the new article: the subject, else the product area and category. */
	title: string;
	/** The ready-to-paste command that scaffolds the article. */
	command: string;
	/** Slugs the articles cell names that do not exist, each with the closest existing slug if one is near. */
	brokenSlugs: { slug: string; didYouMean?: string }[];
	/** The keys of each object the articles value held that names no article (a JSON export's `{"foo": 1}`). */
	unreadable: string[][];
	/** Drafts that link the ticket, with their files. */
	drafts: { slug: string; file: string }[];
	/** Published articles in the same category and product area, which may already answer it. */
	candidates: string[];
}

/** What a JSON articles value that names no article was, for messages: `an object with the key "foo"`. */
export function describeUnreadable(keys: readonly string[]): string {
	const shown = keys.slice(0, 5).map((key) => quotedExcerpt(key));
	const more = keys.length > shown.length ? `, … (${keys.length} keys)` : '';
	return `an object with the key${keys.length === 1 ? '' : 's'} ${shown.join(', ')}${more}`;
}

/** What an articles value must be to name an article, said where one cannot be read. */
export const expectedArticlesValue = `a slug, an address or a title, or an object holding one under ${articleKeys.slice(0, -1).join(', ')} or ${articleKeys.at(-1)}`;

/** The reason in a few words, with the broken slugs or drafts it is about. */
export function describeReason(step: Pick<NextStep, 'ticket' | 'brokenSlugs' | 'drafts' | 'unreadable'>): string {
	if (step.ticket.reason === 'broken-link') {
		const slugs = step.brokenSlugs.map((broken) =>
			broken.didYouMean
				? `${quotedExcerpt(broken.slug)} (did you mean "${broken.didYouMean}"?)`
				: quotedExcerpt(broken.slug),
		);
		const parts = slugs.length > 0 ? [`no article ${slugs.join(', ')}`] : [];
		for (const keys of step.unreadable)
			parts.push(
				`the articles value is ${describeUnreadable(keys)}, which names no article (expected ${expectedArticlesValue})`,
			);
		return `broken link: ${parts.join('; ')}`;
	}
	if (step.ticket.reason === 'draft-only')
		return `only a draft links it: ${step.drafts.map((draft) => draft.slug).join(', ')}`;
	return 'no article';
}

/** Quotes a value for bash, zsh and sh: single quotes, unless it holds one. */
export function shellQuote(value: string): string {
	if (!value.includes("'")) return `'${value}'`;
	if (!value.includes('!')) return `"${value.replace(/[\\"$`]/g, '\\$&')}"`;
	return `'${value.replaceAll("'", "'\\''")}'`;
}

/** A customer's subject as an article title: no "Re:"/"Fwd:", at most 100 characters. */
export function titleFromSubject(subject: string): string {
	const title = subject.replace(/^((re|fwd?|aw|wg)\s*:\s*)+/i, '').trim();
	if (title.length <= 100) return title;
	const cut = title.slice(0, 100);
	const space = cut.lastIndexOf(' ');
	return (space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '');
}

/** A word for the shell: bare when it is plain, else quoted. */
function shellWord(value: string): string {
	return /^[\w.:/@+-]+$/.test(value) ? value : shellQuote(value);
}

/**
 * The ready-to-paste command that links a ticket to an article that already answers
 * it; without a slug, with `<slug>` for the reader to fill in.
 */
export function linkTicketCommand(ticketId: string, slug?: string): string {
	return `npm run link -- ${shellWord(ticketId)} ${slug === undefined ? '<slug>' : shellWord(slug)}`;
}

export function newArticleCommand(
	title: string,
	ticket: Pick<UnlinkedTicket, 'id' | 'category' | 'productArea'>,
): string {
	return `npm run new -- ${shellQuote(title)} --ticket ${shellWord(ticket.id)} --category ${ticket.category} --area ${ticket.productArea}`;
}

/**
 * The next step for each unlinked ticket, grouped so the category × product area
 * with the most unlinked tickets comes first, then in taxonomy order and by id.
 */
export function planNextSteps(
	report: Pick<CoverageReport, 'unlinkedTickets'>,
	judged: JudgedTickets,
	content: Pick<LoadedContent, 'taxonomy' | 'articles'>,
	limit = Number.POSITIVE_INFINITY,
): NextStep[] {
	const { table, links, taxonomy } = judged;
	const slugs = [...links.entries.keys()];
	const pairSize = new Map<string, number>();
	for (const ticket of report.unlinkedTickets) {
		const key = `${ticket.category}/${ticket.productArea}`;
		pairSize.set(key, (pairSize.get(key) ?? 0) + 1);
	}
	const categoryOrder = (id: string) => taxonomy.categories.findIndex((term) => term.id === id);
	const areaOrder = (id: string) => taxonomy.productAreas.findIndex((term) => term.id === id);
	const ordered = report.unlinkedTickets
		.map((ticket, position) => ({ ticket, position }))
		.sort(
			(a, b) =>
				(pairSize.get(`${b.ticket.category}/${b.ticket.productArea}`) ?? 0) -
					(pairSize.get(`${a.ticket.category}/${a.ticket.productArea}`) ?? 0) ||
				categoryOrder(a.ticket.category) - categoryOrder(b.ticket.category) ||
				areaOrder(a.ticket.productArea) - areaOrder(b.ticket.productArea) ||
				a.position - b.position,
		)
		.slice(0, limit);
	const published = content.articles.filter(isPublishedEntry);
	return ordered.map(({ ticket }) => {
		const slot = table.slotOf(ticket.id);
		const subject = table.subjects.get(slot);
		const referenceSet = links.referenceSets[table.referenceSet[slot] as number];
		const categoryLabel = taxonomy.categories[categoryOrder(ticket.category)]?.label ?? ticket.category;
		const areaLabel = taxonomy.productAreas[areaOrder(ticket.productArea)]?.label ?? ticket.productArea;
		// The title `npm run new` would make of the subject: the command holds no invisible character.
		const title =
			(subject && titleFromSubject(visibleTitle(subject).title)) ||
			`${areaLabel}: ${categoryLabel.toLowerCase()} question`;
		return {
			ticket,
			subject,
			title,
			command: newArticleCommand(title, ticket),
			brokenSlugs: (referenceSet?.broken ?? []).map((slug) => {
				const near = nearest(slug, slugs);
				// An articles cell can hold anything; a report names the start of a long one.
				const shown = excerpt(slug);
				return near ? { slug: shown, didYouMean: near } : { slug: shown };
			}),
			unreadable: referenceSet?.unreadable ?? [],
			drafts: links.draftLinks(ticket.id, table.referenceSet[slot] as number).map((slug) => ({
				slug,
				file: links.entries.get(slug)?.file ?? slug,
			})),
			candidates: published
				.filter(
					(article) => article.data.category === ticket.category && article.data.productArea === ticket.productArea,
				)
				.map((article) => article.slug)
				.slice(0, 3),
		};
	});
}
