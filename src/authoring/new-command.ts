import pc from 'picocolors';
import { parseFlags } from '../cli/args.ts';
import { stopAtCancel } from '../cli/cancel.ts';
import { CliError, ExitCode } from '../cli/run.ts';
import { nearest } from '../cli/suggest.ts';
import { localIsoDate } from '../content-model/dates.ts';
import { displayPath } from '../content-model/paths.ts';
import { loadTaxonomy } from '../content-model/settings.ts';
import type { CommandIo } from './command-io.ts';
import { listContentFiles } from './content-files.ts';
import { type NewEntryPlan, type NewEntryRequest, planNewEntry, writeNewEntry } from './new-entry.ts';
import { askForArticle, type PromptKit } from './prompts.ts';
import { type AnswerKind, answerKinds, skeletonOutline } from './templates.ts';

export const newUsage = `Usage:
  npm run new -- "<title>" --category <id> --area <id> --ticket <id> [--ticket <id> ...]
                 [--kind how-to|troubleshooting] [--internal] [--owner <name>]
                 [--description <text>] [--slug <slug>] [--md]
  npm run new -- "<title>" --runbook --owner <name> [--ticket <id> ...] [--md]
  npm run new                  (in a terminal: asks for title, category, area and tickets)`;

const flags = {
	ticket: { type: 'string', multiple: true },
	category: { type: 'string' },
	area: { type: 'string' },
	kind: { type: 'string' },
	internal: { type: 'boolean' },
	runbook: { type: 'boolean' },
	owner: { type: 'string' },
	description: { type: 'string' },
	slug: { type: 'string' },
	md: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
} as const;

function answerKind(value: string | undefined): AnswerKind | undefined {
	if (value === undefined) return undefined;
	if ((answerKinds as readonly string[]).includes(value)) return value as AnswerKind;
	const suggestion = nearest(value, answerKinds);
	throw new CliError(
		`--kind must be ${answerKinds.join(' or ')}, received "${value}"`,
		suggestion ? { hint: `did you mean --kind ${suggestion}?` } : {},
	);
}

function requestFromFlags(argv: string[]): NewEntryRequest | 'help' {
	const { values, positionals } = parseFlags(argv, flags, { usage: 'npm run new -- --help lists every option' });
	if (values.help) return 'help';
	return {
		title: positionals.join(' '),
		kind: values.runbook ? 'runbook' : 'article',
		category: values.category,
		productArea: values.area,
		tickets: values.ticket ?? [],
		audience: values.internal ? 'internal' : 'public',
		answer: answerKind(values.kind),
		owner: values.owner,
		description: values.description,
		slug: values.slug,
		format: values.md ? 'md' : 'mdx',
	};
}

export interface NewCommandOptions {
	contentDir: string;
	now: Date;
	io: CommandIo;
	/** Prompt functions, when the command runs in a terminal; without flags it then asks. */
	prompts?: PromptKit;
	/** Called after the file is written (the script refreshes editor support). */
	onCreated?: (plan: NewEntryPlan) => void;
}

/** `kindAsked`: the author picked the outline in a prompt, so no `--kind` flag is suggested. */
function printCreated(plan: NewEntryPlan, io: CommandIo, kindAsked: boolean) {
	io.log(`${pc.green('Created')} ${displayPath(plan.file)}`);
	if (plan.invisibleDropped > 0) {
		const characters = plan.invisibleDropped === 1 ? 'character' : 'characters';
		io.log(
			pc.dim(
				`  left out ${plan.invisibleDropped} invisible ${characters} (zero-width or bidi controls) the title held`,
			),
		);
	}
	if (plan.skeleton !== 'runbook') {
		const other = plan.skeleton === 'how-to' ? 'troubleshooting' : 'how-to';
		const hint = kindAsked ? '' : ` (use --kind ${other} for the other outline)`;
		io.log(pc.dim(`  ${plan.skeleton} outline: ${skeletonOutline(plan.skeleton)}${hint}`));
	}
	if (plan.kind === 'article' && plan.tickets.length === 0) {
		io.log(pc.dim(`  No ticket linked yet: npm run link -- <ticket-id> ${plan.slug}`));
	}
	const server = plan.internalOnly ? 'TRYBLOCK_AUDIENCE=internal npm run dev' : 'npm run dev';
	io.log(`${pc.green('Preview')} ${plan.url} ${pc.dim(`(while ${server} runs)`)}`);
	io.log(pc.dim(`Next: replace every "Write here" note, then run npm run check -- ${displayPath(plan.file)}`));
}

/** `npm run new`: creates an article or runbook from the template, never overwriting a file. */
export async function runNew(argv: string[], options: NewCommandOptions): Promise<ExitCode> {
	const taxonomy = loadTaxonomy(options.contentDir);
	const existing = listContentFiles(options.contentDir);
	let request: NewEntryRequest;
	const asking = argv.length === 0 && options.prompts !== undefined;
	if (asking && options.prompts) {
		const answers = await askForArticle(options.prompts, { taxonomy, existing });
		if (!answers) return stopAtCancel(options.prompts);
		request = { ...answers, format: 'mdx' };
	} else {
		const parsed = requestFromFlags(argv);
		if (parsed === 'help') {
			options.io.log(newUsage);
			return ExitCode.ok;
		}
		request = parsed;
	}
	const plan = planNewEntry(request, {
		contentDir: options.contentDir,
		taxonomy,
		today: localIsoDate(options.now),
		existing,
	});
	writeNewEntry(plan);
	options.onCreated?.(plan);
	printCreated(plan, options.io, asking);
	return ExitCode.ok;
}
