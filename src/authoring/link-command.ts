import { lstatSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import { parseFlags } from '../cli/args.ts';
import { replaceFile } from '../cli/replace-file.ts';
import { CliError, ExitCode } from '../cli/run.ts';
import { nearest } from '../cli/suggest.ts';
import { inline } from '../cli/untrusted-text.ts';
import { entryProblems } from '../content-model/content.ts';
import { notUtf8Problem } from '../content-model/entry-source.ts';
import { displayPath } from '../content-model/paths.ts';
import { createArticleSchema } from '../content-model/schemas/article.ts';
import { runbookSchema } from '../content-model/schemas/runbook.ts';
import { loadTaxonomy } from '../content-model/settings.ts';
import { ticketIdProblem } from '../content-model/ticket-id.ts';
import { notUtf8 } from '../text/utf8.ts';
import { frontmatterIssue } from './check/checks/frontmatter.ts';
import { formatIssue } from './check/report.ts';
import type { CommandIo } from './command-io.ts';
import { type ContentFile, listContentFiles } from './content-files.ts';
import { addTicket } from './link-ticket.ts';

export const linkUsage = 'Usage: npm run link -- <ticket-id> [<ticket-id> ...] <slug>';

/** Accepts a slug, a file path or a page URL for the page to link. */
export function slugFromArgument(value: string): string {
	const last =
		value
			.split('/')
			.filter((part) => part !== '')
			.at(-1) ?? '';
	return last.replace(/\.mdx?$/, '');
}

function findPage(slug: string, tickets: string[], files: ContentFile[]): ContentFile {
	const matches = files.filter((file) => file.slug === slug);
	if (matches.length === 1) return matches[0] as ContentFile;
	if (matches.length > 1) {
		throw new CliError(`the slug "${slug}" belongs to ${matches.map((file) => displayPath(file.file)).join(' and ')}`, {
			hint: 'slugs must be unique: rename one file, then link again',
		});
	}
	const slugs = files.map((file) => file.slug);
	const swapped = tickets.find((ticket) => slugs.includes(ticket));
	const suggestion = nearest(slug, slugs);
	const hint = swapped
		? `the slug goes last: npm run link -- ${slug} ${swapped}`
		: suggestion
			? `did you mean "${suggestion}"? npm run link -- ${tickets.join(' ')} ${suggestion}`
			: `to write a new article for it: npm run new -- "<title>" --ticket ${tickets[0]} --category <id> --area <id>`;
	throw new CliError(`no article or runbook has the slug "${slug}"`, { hint });
}

function isInside(folder: string, file: string): boolean {
	const relative = path.relative(folder, file);
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The page's file as it may be edited: a regular file that really lives in the
 * content folder. Editing through a symbolic link would replace the link by a
 * plain file, or write wherever it points, so a link is refused.
 */
function editableFile(file: string, contentDir: string): { mode: number; uid: number; gid: number } {
	const shown = displayPath(file);
	const stats = lstatSync(file);
	if (stats.isSymbolicLink()) {
		throw new CliError(
			`${shown} is a symbolic link to ${inline(readlinkSync(file))}: npm run link does not edit through links`,
			{
				hint: 'add the ticket to the file the link points to, or replace the link by the file itself',
			},
		);
	}
	if (!stats.isFile()) throw new CliError(`${shown} is not a regular file`);
	if (!isInside(realpathSync(contentDir), realpathSync(file))) {
		throw new CliError(`${shown} lies outside ${displayPath(contentDir)}/ once symbolic links are followed`, {
			hint: 'npm run link only edits files inside the content folder: move the page there',
		});
	}
	return { mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
}

/**
 * `npm run link`: adds tickets to an existing page's `tickets` list, changing
 * nothing else in the file. Already linked tickets are reported and left alone.
 * Exit 0, or 1 when the page has problems that keep it out of the build (each
 * printed as `npm run check` prints it); input it cannot use throws (exit 2).
 */
export function runLink(argv: string[], options: { contentDir: string; io: CommandIo; color?: boolean }): ExitCode {
	const { values, positionals } = parseFlags(argv, { help: { type: 'boolean', short: 'h' } }, { usage: linkUsage });
	if (values.help) {
		options.io.log(linkUsage);
		return ExitCode.ok;
	}
	if (positionals.length < 2) {
		throw new CliError(
			positionals.length === 0 ? 'missing ticket id and slug' : 'missing the slug of the page to link',
			{
				hint: 'e.g. npm run link -- RES-1234 verify-domain',
			},
		);
	}
	const slug = slugFromArgument(positionals.at(-1) as string);
	const tickets = positionals.slice(0, -1).map((id) => id.trim());
	for (const id of tickets) {
		const problem = ticketIdProblem(id);
		if (problem) throw new CliError(problem, { hint: 'e.g. npm run link -- RES-1234 verify-domain' });
	}
	const files = listContentFiles(options.contentDir);
	const page = findPage(slug, tickets, files);
	const schema = page.kind === 'article' ? createArticleSchema(loadTaxonomy(options.contentDir)) : runbookSchema;
	const fieldOrder = Object.keys(schema.shape);
	const shown = inline(displayPath(page.file));
	const original = editableFile(page.file, options.contentDir);
	let text = readText(page.file);
	let changed = false;
	for (const id of new Set(tickets)) {
		let outcome: ReturnType<typeof addTicket>;
		try {
			outcome = addTicket(text, id, fieldOrder);
		} catch (error) {
			if (error instanceof CliError) throw new CliError(`${shown}: ${error.message}`, { hint: error.hint });
			throw error;
		}
		if (outcome.status === 'already-linked') {
			options.io.log(`${id} is already linked to ${shown}`);
			continue;
		}
		text = outcome.text;
		changed = true;
		options.io.log(`${pc.green('Linked')} ${id} to ${shown}`);
	}
	if (changed) replaceFile(page.file, text, { mode: original.mode, owner: original });
	// The link is kept either way: the page's other problems are someone's to fix, and the
	// engineer learns of them now rather than from the next build.
	const problems = entryProblems(
		text,
		{ file: displayPath(page.file), slug: page.slug, kind: page.kind, slugs: files.map((file) => file.slug) },
		schema,
	);
	if (problems.length === 0) return ExitCode.ok;
	for (const problem of problems) options.io.error(formatIssue(frontmatterIssue(problem), options.color));
	options.io.error('The page will not build until these are fixed; npm run check confirms when it does.');
	return ExitCode.shortfall;
}

/**
 * The page's text. A file that is not UTF-8 is refused: written back, each byte that
 * is not UTF-8 (an `é` saved as Windows-1252) would become U+FFFD.
 */
function readText(file: string): string {
	const bytes = readFileSync(file);
	const encoding = notUtf8(bytes);
	if (encoding) {
		const problem = notUtf8Problem(inline(displayPath(file)), encoding);
		throw new CliError(`${problem.file}:${problem.line}: ${problem.message}`, {
			hint: `${problem.hint}; then link again`,
			usage: false,
		});
	}
	return bytes.toString('utf8');
}
