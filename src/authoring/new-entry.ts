import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../cli/run.ts';
import { nearest } from '../cli/suggest.ts';
import { parseWithProblems } from '../content-model/errors.ts';
import { parseSource } from '../content-model/frontmatter.ts';
import { displayPath } from '../content-model/paths.ts';
import { type Audience, createArticleSchema } from '../content-model/schemas/article.ts';
import { oneLineProblem } from '../content-model/schemas/fields.ts';
import { runbookSchema } from '../content-model/schemas/runbook.ts';
import type { Taxonomy, TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { isValidSlug, slugFromTitle } from '../content-model/slugs.ts';
import { splitTicketIds, ticketIdProblem } from '../content-model/ticket-id.ts';
import { visibleTitle } from '../text/control-characters.ts';
import { pagePath } from './check/site-routes.ts';
import { type ContentFile, type EntryKind, entryDir } from './content-files.ts';
import {
	type AnswerKind,
	descriptionPlaceholders,
	inferAnswerKind,
	renderBody,
	renderFrontmatter,
	type SourceFormat,
} from './templates.ts';

/** Where `npm run dev` serves the site. */
export const devServerOrigin = 'http://localhost:4321';

export interface NewEntryRequest {
	title: string;
	kind: EntryKind;
	category?: string;
	productArea?: string;
	tickets: string[];
	audience: Audience;
	/** How-to or troubleshooting; inferred from the category when absent. */
	answer?: AnswerKind;
	owner?: string;
	description?: string;
	/** Overrides the slug made from the title. */
	slug?: string;
	format: SourceFormat;
}

export interface NewEntryPlan {
	kind: EntryKind;
	slug: string;
	/** How many invisible characters the title lost (see `visibleTitle`). */
	invisibleDropped: number;
	tickets: string[];
	/** Absolute path of the file to create. */
	file: string;
	text: string;
	/** The skeleton used for the body. */
	skeleton: AnswerKind | 'runbook';
	/** Where the page shows while `npm run dev` runs. */
	url: string;
	/** True when the public dev server does not show the page (runbooks, internal articles). */
	internalOnly: boolean;
}

export interface NewEntryEnvironment {
	contentDir: string;
	taxonomy: Taxonomy;
	/** Today as YYYY-MM-DD. */
	today: string;
	/** Every article and runbook already there, to keep slugs unique. */
	existing: ContentFile[];
}

type TermField = 'category' | 'productArea';
const termLabels: Record<TermField, { flag: string; name: string; list: string }> = {
	category: { flag: '--category', name: 'category', list: 'categories' },
	productArea: { flag: '--area', name: 'product area', list: 'product areas' },
};

/** Checks an id against the taxonomy, suggesting the nearest one on a typo. */
export function resolveTermId(field: TermField, value: string | undefined, taxonomy: Taxonomy): string {
	const terms: TaxonomyTerm[] = field === 'category' ? taxonomy.categories : taxonomy.productAreas;
	const ids = terms.map((term) => term.id);
	const { flag, name, list } = termLabels[field];
	if (value === undefined || value.trim() === '') {
		throw new CliError(`missing ${flag}: every article needs a ${name}`, { hint: `${list}: ${ids.join(', ')}` });
	}
	const id = value.trim();
	if (ids.includes(id)) return id;
	const byLabel = terms.find((term) => term.label.toLowerCase() === id.toLowerCase())?.id;
	const suggestion = byLabel ?? nearest(id, ids);
	throw new CliError(`unknown ${name} "${id}"`, {
		hint: `${suggestion ? `did you mean "${suggestion}"? ` : ''}${list}: ${ids.join(', ')}`,
	});
}

function ticketIds(values: string[]): string[] {
	const ids = values.flatMap(splitTicketIds);
	for (const id of ids) {
		const problem = ticketIdProblem(id);
		if (problem)
			throw new CliError(problem, {
				hint: 'write each id as the helpdesk shows it, one per --ticket: --ticket RES-1 --ticket RES-2',
			});
	}
	return [...new Set(ids)];
}

/**
 * The file a slug is taken by, when it is. Slugs are unique across articles and
 * runbooks, and a slug that differs only in case names the same file on macOS,
 * Windows and many hosts.
 */
export function takenBy(slug: string, existing: ContentFile[]): ContentFile | undefined {
	const folded = slug.toLowerCase();
	return existing.find((file) => file.slug === slug) ?? existing.find((file) => file.slug.toLowerCase() === folded);
}

function caseTwin(file: string, slug: string): CliError {
	return new CliError(
		`${displayPath(file)} differs from "${slug}" only in case, and macOS, Windows and many hosts treat the two as one file`,
		{ hint: `rename it to ${slug}${path.extname(file)} and edit it, or pass --slug <slug> for a new page` },
	);
}

function alreadyExists(file: string, slug: string, tickets: string[]): CliError {
	const link = tickets.length > 0 ? `to add the ticket to it: npm run link -- ${tickets.join(' ')} ${slug}; ` : '';
	return new CliError(`${displayPath(file)} already exists, and npm run new never overwrites a file`, {
		hint: `${link}for a new page, choose another title or pass --slug <slug>`,
	});
}

function requireOneLine(request: NewEntryRequest): void {
	const values = { title: request.title, description: request.description, owner: request.owner };
	for (const [field, value] of Object.entries(values)) {
		const problem = value === undefined ? undefined : oneLineProblem(value);
		if (problem) {
			throw new CliError(`${field}: expected one line of text, found ${problem}`, {
				hint: 'write the value on one line, with spaces between its words',
			});
		}
	}
}

function frontmatterValues(request: NewEntryRequest, env: NewEntryEnvironment, tickets: string[]) {
	const common = {
		title: request.title.trim(),
		description: request.description?.trim() || descriptionPlaceholders[request.kind],
		updated: env.today,
		tickets,
		owner: request.owner?.trim() || undefined,
	};
	if (request.kind === 'runbook') {
		if (request.category !== undefined || request.productArea !== undefined) {
			throw new CliError('runbooks have no category or product area', {
				hint: 'drop --category and --area, or drop --runbook to write an article',
			});
		}
		if (!common.owner) {
			throw new CliError('missing --owner: a runbook needs someone who keeps it current', {
				hint: 'pass --owner "<name or team>"',
			});
		}
		return { schema: runbookSchema, values: common };
	}
	const category = resolveTermId('category', request.category, env.taxonomy);
	const productArea = resolveTermId('productArea', request.productArea, env.taxonomy);
	const values = {
		...common,
		category,
		productArea,
		audience: request.audience === 'internal' ? 'internal' : undefined,
	};
	return { schema: createArticleSchema(env.taxonomy), values };
}

/**
 * Works out the new page: its slug, file, frontmatter and body. Throws a `CliError`
 * for anything the author has to fix; writes nothing.
 */
export function planNewEntry(pasted: NewEntryRequest, env: NewEntryEnvironment): NewEntryPlan {
	const { title, dropped } = visibleTitle(pasted.title);
	const request = { ...pasted, title };
	if (request.title.trim() === '') {
		throw new CliError('missing title', {
			hint: 'npm run new -- "<title>" --category <id> --area <id> --ticket <id> (npm run new -- --help lists every option)',
		});
	}
	requireOneLine(request);
	const tickets = ticketIds(request.tickets);
	const { schema, values } = frontmatterValues(request, env, tickets);
	const slug = request.slug?.trim() || slugFromTitle(request.title);
	if (!isValidSlug(slug)) {
		throw new CliError(
			`cannot make a file name from ${request.slug ? `--slug "${slug}"` : `the title "${request.title.trim()}"`}`,
			{
				hint: 'pass --slug with lowercase words joined by hyphens, e.g. --slug verify-your-domain',
			},
		);
	}
	const file = path.join(entryDir(env.contentDir, request.kind), `${slug}.${request.format}`);
	const taken = takenBy(slug, env.existing);
	if (taken) throw taken.slug === slug ? alreadyExists(taken.file, slug, tickets) : caseTwin(taken.file, slug);

	const skeleton =
		request.kind === 'runbook' ? 'runbook' : (request.answer ?? inferAnswerKind(request.category?.trim()));
	const text = `---\n${renderFrontmatter(schema, values)}---\n\n${renderBody(skeleton, request.format)}`;
	// The template must pass the same schema the build uses.
	const parsed = parseSource(text, displayPath(file)).parsed;
	const result = parseWithProblems(schema, parsed?.data, { file: displayPath(file), lineOf: parsed?.lineOf });
	const [problem] = result.problems;
	if (problem) {
		throw new CliError(`${problem.field ?? 'frontmatter'}: ${problem.message}`, {
			hint: 'shorten or correct the value you passed',
		});
	}
	const internalOnly = request.kind === 'runbook' || request.audience === 'internal';
	return {
		kind: request.kind,
		slug,
		invisibleDropped: dropped,
		tickets,
		file,
		text,
		skeleton,
		url: `${devServerOrigin}${pagePath({ kind: request.kind, slug })}`,
		internalOnly,
	};
}

/** Creates the file; refuses, leaving the existing file as it was, if the name is taken. */
export function writeNewEntry(plan: NewEntryPlan): void {
	mkdirSync(path.dirname(plan.file), { recursive: true });
	try {
		writeFileSync(plan.file, plan.text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(plan.file, plan.slug, plan.tickets);
		throw error;
	}
}
