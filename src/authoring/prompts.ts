import { oneLineProblem } from '../content-model/schemas/fields.ts';
import type { Taxonomy, TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { slugFromTitle } from '../content-model/slugs.ts';
import { splitTicketIds, ticketIdProblem } from '../content-model/ticket-id.ts';
import { visibleTitle } from '../text/control-characters.ts';
import type { ContentFile } from './content-files.ts';
import type { NewEntryRequest } from './new-entry.ts';
import { takenBy } from './new-entry.ts';
import { inferAnswerKind } from './templates.ts';

type Cancel = symbol;

/**
 * The prompt functions the interactive flow uses: @clack/prompts in a terminal,
 * scripted answers in tests.
 */
export interface PromptKit {
	intro: (title: string) => void;
	cancel: (message: string) => void;
	text: (options: {
		message: string;
		placeholder?: string;
		validate?: (value: string | undefined) => string | undefined;
	}) => Promise<string | Cancel>;
	select: (options: {
		message: string;
		options: { value: string; label?: string; hint?: string }[];
		initialValue?: string;
	}) => Promise<string | Cancel>;
	isCancel: (value: unknown) => value is Cancel;
}

const TITLE_MAX = 100;

function termOptions(terms: TaxonomyTerm[]) {
	return terms.map((term) => ({ value: term.id, label: term.label, hint: term.description }));
}

export function validateTitle(value: string | undefined, existing: ContentFile[]): string | undefined {
	const title = visibleTitle(value ?? '').title.trim();
	if (title === '') return 'A title is required: the customer’s question, in their words.';
	if (title.length > TITLE_MAX) return `Keep it to ${TITLE_MAX} characters (this is ${title.length}).`;
	const notOneLine = oneLineProblem(title);
	if (notOneLine) return `Write it on one line: found ${notOneLine}.`;
	const slug = slugFromTitle(title);
	if (slug === '') return 'Use letters or digits: the file name is made from the title.';
	const taken = takenBy(slug, existing);
	if (taken)
		return `"${slug}" is taken by ${taken.kind === 'article' ? 'an article' : 'a runbook'}: link the ticket to it with npm run link, or reword the title.`;
	return undefined;
}

export function validateTickets(value: string | undefined): string | undefined {
	const ids = splitTicketIds(value ?? '');
	if (ids.length === 0) return 'Enter the id of the ticket this article answers, e.g. RES-1234.';
	const problem = ids.map(ticketIdProblem).find((found) => found !== undefined);
	return problem === undefined ? undefined : `${problem}. Separate several with commas.`;
}

/**
 * Asks for what `npm run new` needs when it runs in a terminal without flags:
 * title, category, kind of answer, product area, tickets and audience. Returns
 * undefined when the author cancels (Esc or Ctrl-C), having shown nothing more: the
 * command says what that means (see `stopAtCancel`).
 */
export async function askForArticle(
	kit: PromptKit,
	context: { taxonomy: Taxonomy; existing: ContentFile[] },
): Promise<Omit<NewEntryRequest, 'format'> | undefined> {
	kit.intro('New help article');
	const title = await kit.text({
		message: 'Title: the customer’s question or task, in their words',
		// Any team's product: an example from the demo's (SMTP, domains) would read as leftover.
		placeholder: 'Why was I charged twice?',
		validate: (value) => validateTitle(value, context.existing),
	});
	if (kit.isCancel(title)) return undefined;
	const category = await kit.select({
		message: 'Category: what did the customer experience?',
		options: termOptions(context.taxonomy.categories),
	});
	if (kit.isCancel(category)) return undefined;
	const answer = await kit.select({
		message: 'Kind of answer',
		options: [
			{ value: 'troubleshooting', label: 'Troubleshooting', hint: 'symptoms, cause, fix' },
			{ value: 'how-to', label: 'How-to', hint: 'steps to follow' },
		],
		initialValue: inferAnswerKind(category),
	});
	if (kit.isCancel(answer)) return undefined;
	const productArea = await kit.select({
		message: 'Product area: where did it happen?',
		options: termOptions(context.taxonomy.productAreas),
	});
	if (kit.isCancel(productArea)) return undefined;
	const tickets = await kit.text({
		message: 'Ticket ids (separate several with commas)',
		placeholder: 'RES-1234',
		validate: validateTickets,
	});
	if (kit.isCancel(tickets)) return undefined;
	const audience = await kit.select({
		message: 'Who may read it?',
		options: [
			{ value: 'public', label: 'Customers', hint: 'the public help center' },
			{ value: 'internal', label: 'The support team only', hint: 'the internal handbook' },
		],
		initialValue: 'public',
	});
	if (kit.isCancel(audience)) return undefined;
	return {
		title: title.trim(),
		kind: 'article',
		category,
		productArea,
		answer: answer === 'troubleshooting' ? 'troubleshooting' : 'how-to',
		tickets: splitTicketIds(tickets),
		audience: audience === 'internal' ? 'internal' : 'public',
	};
}
