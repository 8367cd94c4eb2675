import { createHash } from 'node:crypto';
import { CliError } from '../cli/run.ts';
import { contentPath, displayPath } from '../content-model/paths.ts';
import { loadConfig } from '../content-model/settings.ts';
import { isStaleCursorError, ServiceError } from '../http/errors.ts';
import { describeWait } from '../http/messages.ts';
import { paginate } from '../http/paginate.ts';
import { loadRedirects } from '../redirects/file.ts';
import { OldAddresses } from '../redirects/old-addresses.ts';
import { isPagePath } from '../redirects/targets.ts';
import { createStatusClassifier, StatusKind } from '../tickets/statuses.ts';
import { ticketCacheDir } from './cache/paths.ts';
import { cachedStatus, createRowWriter, tombstoneLine } from './cache/rows.ts';
import { CacheStore, newSalt, type PullProgress, type PullState } from './cache/store.ts';
import type { SourceConfig, SourceType } from './config.ts';
import { HelpdeskError, MissingCredentialError } from './errors.ts';
import { createProgressLine, type ProgressStream } from './progress.ts';
import { connectSource } from './sources/index.ts';
import type { SourcePage, TicketSource } from './sources/types.ts';

export interface PullOptions {
	contentDir: string;
	/** Keep ticket subjects in the cache (customers' own words: internal insights and the subject eval use them). */
	withSubjects: boolean;
	/** Ignore the saved cursor and read every closed ticket again. */
	full: boolean;
	env: Record<string, string | undefined>;
	stderr: ProgressStream;
	now?: Date;
	/** A credential missing from the environment throws `MissingCredentialError` as it is, for the command to skip the pull. */
	skipWithoutCredentials?: boolean;
}

export interface PullSummary {
	source: SourceType;
	vendor: string;
	/** The cache file, as shown in messages. */
	file: string;
	/** What kind of pull ran, and why it read everything when it did. */
	mode: 'everything' | 'changes' | 'resumed';
	reason?: string;
	pages: number;
	/** Tickets the helpdesk returned (in this run, and before an interruption). */
	received: number;
	/** Closed tickets written in this run. */
	closed: number;
	/** Tickets that left the cache: reopened, deleted. */
	removed: number;
	/** Tickets the cache holds now. */
	cacheTickets: number;
	waits: number;
	waitedSeconds: number;
	seconds: number;
	/**
	 * Statuses written that `coverage.closedStatuses` does not count, so the gate will not judge
	 * them: as the cache holds them (one plain line), credentials scrubbed.
	 */
	unjudged: [string, number][];
}

/** The settings that decide what a cached row says; when they change, the next pull reads everything again. */
function fingerprintOf(source: SourceConfig, siteUrl: string): string {
	const {
		retry: _retry,
		pageSize: _pageSize,
		startDate: _startDate,
		...rest
	} = source as SourceConfig & { pageSize?: number; startDate?: string };
	const credentials = new Set([
		'tokenEnv',
		'appIdEnv',
		'appSecretEnv',
		'email',
		'emailEnv',
		'clientIdEnv',
		'clientSecretEnv',
		'refreshTokenEnv',
		'accountsUrl',
	]);
	const kept = Object.fromEntries(
		Object.entries(rest)
			.filter(([key]) => !credentials.has(key))
			.sort(),
	);
	return createHash('sha256')
		.update(JSON.stringify({ source: kept, siteUrl }))
		.digest('hex')
		.slice(0, 16);
}

/**
 * Where this pull starts: the saved partial pull when it was made with the same settings
 * (resumed), else a new one, reading everything (the first pull, `--full`, changed
 * settings, subjects newly asked for) or the changes since the last pull.
 */
async function planPull(context: {
	store: CacheStore;
	type: SourceType;
	source: TicketSource;
	state: PullState | undefined;
	fingerprint: string;
	options: Pick<PullOptions, 'full' | 'withSubjects'>;
	now: Date;
}): Promise<{ progress: PullProgress; mode: PullSummary['mode']; reason?: string }> {
	const { store, type, source, state, fingerprint, options } = context;
	const saved = await store.readProgress();
	const resumable =
		saved &&
		!options.full &&
		saved.fingerprint === fingerprint &&
		saved.withSubjects === options.withSubjects &&
		(saved.position === null || source.positionSchema.safeParse(saved.position).success);
	if (saved && resumable) return { progress: saved, mode: 'resumed' };
	if (saved) store.discardPartial();
	let reason: string | undefined;
	if (options.full) reason = '--full';
	else if (!state || state.source !== type) reason = 'first pull';
	else if (state.fingerprint !== fingerprint) reason = 'tickets.source or site.url changed since the last pull';
	else if (options.withSubjects && !state.withSubjects) reason = '--with-subjects, and the cache has no subjects';
	const replace = reason !== undefined;
	return {
		mode: replace ? 'everything' : 'changes',
		reason,
		progress: {
			version: 1,
			fingerprint,
			withSubjects: options.withSubjects,
			salt: state?.salt ?? newSalt(),
			replace,
			startedAt: context.now.toISOString(),
			position: source.start(replace ? undefined : state?.resume),
			bytes: 0,
			pages: 0,
			tickets: 0,
		},
	};
}

/**
 * `npm run tickets:pull`: reads the closed tickets that changed since the last pull
 * (all of them the first time) from the helpdesk in `tickets.source`, and merges them
 * into `.tryblock/tickets/<source>.jsonl`. Each page is saved as it arrives with the
 * position of the next, so an interrupted pull leaves the previous cache as it was
 * and the next run resumes. Throws `CliError` (exit 2) when it cannot go on.
 */
export async function pullTickets(options: PullOptions): Promise<PullSummary> {
	const started = performance.now();
	const now = options.now ?? new Date();
	const config = loadConfig(options.contentDir);
	const sourceConfig = config.tickets.source;
	const settingsFile = contentPath('config', options.contentDir);
	if (!sourceConfig) {
		// A team that commits exports has no helpdesk to pull from: a CI run that pulls when it can goes on.
		if (options.skipWithoutCredentials)
			throw new MissingCredentialError('tickets.source', `${settingsFile} has no tickets.source`);
		throw new CliError(`${settingsFile} has no tickets.source: there is no helpdesk to pull from`, {
			hint: 'add tickets.source with the helpdesk type, its token variable and the category and product-area mapping (README: "Pull closed tickets from your helpdesk")',
		});
	}
	const vendorNames: Record<SourceType, string> = {
		zendesk: 'Zendesk',
		plain: 'Plain',
		intercom: 'Intercom',
		helpscout: 'Help Scout',
		freshdesk: 'Freshdesk',
		hubspot: 'HubSpot',
		jira: 'Jira',
		front: 'Front',
		gorgias: 'Gorgias',
		zohodesk: 'Zoho Desk',
		salesforce: 'Salesforce',
	};
	const vendor = vendorNames[sourceConfig.type];
	const progressLine = createProgressLine(options.stderr, vendor);
	const counts = { tickets: 0, pages: 0, waits: 0, waitedSeconds: 0 };
	// Replies sent before a move link the old help center: its addresses count as links.
	// An old section's address leads to a product area's page, not an article: no link to keep.
	const oldAddresses = new OldAddresses(
		loadRedirects(options.contentDir).flatMap((entry) =>
			isPagePath(entry.to) ? [] : [[entry.from, entry.to] as const],
		),
	);
	const store = new CacheStore(ticketCacheDir(options.contentDir), sourceConfig.type);
	const release = () => store.close();
	// Until the source is connected, no credential has been read, so none can be shown.
	let redact = (text: string) => text;
	try {
		const source = connectSource(sourceConfig, {
			env: options.env,
			settingsFile,
			siteUrl: config.site.url,
			isOldAddress: oldAddresses.size > 0 ? (path) => oldAddresses.lookup(path) !== undefined : undefined,
			now,
			onWait: (wait) => {
				progressLine.notice(describeWait(vendor, wait));
				if (!wait.rateLimited) return;
				counts.waits++;
				counts.waitedSeconds += wait.seconds;
				progressLine.update(counts);
			},
		});
		redact = source.redact;
		store.open();
		process.once('exit', release);
		await source.prepare();

		const fingerprint = fingerprintOf(sourceConfig, config.site.url);
		const state = store.readState();
		const { progress, mode, reason } = await planPull({
			store,
			type: sourceConfig.type,
			source,
			state,
			fingerprint,
			options,
			now,
		});
		counts.pages = progress.pages;
		counts.tickets = progress.tickets;
		store.beginPartial(progress);

		const writeRow = createRowWriter({ withSubjects: options.withSubjects, salt: progress.salt, scrub: redact });
		const statuses = new Map<string, number>();
		let closed = 0;
		let removed = 0;
		function appendPage(page: SourcePage<unknown>): void {
			let lines = '';
			for (const id of page.forget ?? []) {
				const line = tombstoneLine(id, redact);
				if (line !== undefined) lines += `${line}\n`;
			}
			for (const ticket of page.tickets) {
				const line = writeRow(ticket);
				if (line === undefined) continue;
				lines += `${line}\n`;
				if (ticket.closed) {
					closed++;
					const status = cachedStatus(ticket.status, redact);
					statuses.set(status, (statuses.get(status) ?? 0) + 1);
				} else removed++;
			}
			progress.pages++;
			progress.tickets += page.tickets.length;
			progress.position = page.next ?? null;
			if (page.next === undefined) progress.resume = page.resume;
			store.appendPage(lines, progress);
			counts.pages = progress.pages;
			counts.tickets = progress.tickets;
			progressLine.update(counts);
		}
		let start = progress.position === null ? undefined : source.positionSchema.parse(progress.position);
		// A resumed pull's saved place can go stale while it waits (Jira's page tokens last
		// days): the list is read again from its start, once, keeping the pages already read
		// (the cache keeps each ticket's last row, so one read twice is stored once).
		let mayRestart = mode === 'resumed';
		while (start !== undefined) {
			let fetched = 0;
			try {
				for await (const page of paginate(start, (position) => source.fetchPage(position), {
					service: source.vendor,
				})) {
					fetched++;
					appendPage(page);
				}
				start = undefined;
			} catch (error) {
				if (!mayRestart || fetched > 0 || !isStaleCursorError(error)) throw error;
				mayRestart = false;
				progressLine.notice(
					`${vendor}: the saved place in the interrupted pull is no longer accepted (${error.status}); reading its list again from the start, keeping the ${progress.tickets.toLocaleString('en')} tickets already read`,
				);
				start = source.start(progress.replace ? undefined : state?.resume);
			}
		}
		const cacheTickets = await store.commit(
			progress,
			{
				source: sourceConfig.type,
				fingerprint,
				withSubjects: options.withSubjects,
				salt: progress.salt,
				resume: progress.resume,
				pulledAt: now.toISOString(),
			},
			{ stripSubjects: !options.withSubjects && state?.withSubjects !== false },
		);
		const statusKind = createStatusClassifier(config.coverage);
		return {
			source: sourceConfig.type,
			vendor: source.vendor,
			file: displayPath(store.files.cache),
			mode,
			reason,
			pages: progress.pages,
			received: progress.tickets,
			closed,
			removed,
			cacheTickets,
			waits: counts.waits,
			waitedSeconds: counts.waitedSeconds,
			seconds: (performance.now() - started) / 1000,
			// Judged and shown as the cache holds them: cleaned, with any credential a helpdesk echoed scrubbed.
			unjudged: [...statuses].filter(([status]) => statusKind(status) === StatusKind.open),
		};
	} catch (error) {
		if (error instanceof MissingCredentialError && options.skipWithoutCredentials) throw error;
		// The client scrubs its own errors; the source's and the pull's quote the helpdesk
		// too (a field's name), which may echo a credential: every message is scrubbed.
		if (error instanceof ServiceError || error instanceof HelpdeskError)
			throw new CliError(redact(error.message), { hint: error.hint && redact(error.hint), usage: false });
		throw error;
	} finally {
		progressLine.clear();
		release();
		process.removeListener('exit', release);
	}
}
