// Synthetic tickets for the helpdesk fakes: the same tickets, whichever vendor's API
// a fake renders them in, so one test can say what every source must pull.

export interface FakeTicket {
	/** 1, 2, 3... in the order they were created. */
	number: number;
	status: 'closed' | 'open';
	category: string;
	productArea: string;
	/** Slug the mapped article field or tag names. */
	article?: string;
	/** Slug only a team reply links to (`<site>/articles/<slug>/`). */
	replyArticle?: string;
	/** An article of the help center the team moved from, linked only in a team reply (its full URL). */
	replyOldLink?: string;
	requester: number;
	subject: string;
	createdAt: number;
	updatedAt: number;
	closedAt: number;
	/** Bumped on every change: the order of an incremental export. */
	version: number;
}

export interface DatasetOptions {
	/** Milliseconds of the first ticket's creation. Default: 400 days ago. */
	start?: number;
	categories?: readonly string[];
	productAreas?: readonly string[];
	/** Slugs tickets link: tickets 1, 5, 9... through their article field or tag, 3, 7, 11... only in a team reply. */
	articles?: readonly string[];
}

const defaults = {
	categories: ['usability', 'reliability', 'functional', 'deliverability'],
	productAreas: ['domains', 'sending', 'api', 'billing'],
	articles: ['verify-domain', 'api-errors', 'plan-limits'],
};

/**
 * Tickets in creation order, and a log of changes in version order (stale entries
 * skipped), so a fake answers "changes after cursor" without scanning everything.
 */
export class FakeDataset {
	readonly tickets: FakeTicket[] = [];
	private readonly log: { ticket: FakeTicket; version: number }[] = [];
	private version = 0;
	private readonly options: Required<DatasetOptions>;
	private readonly memos = new Map<string, { version: number; value: unknown }>();

	constructor(count: number, options: DatasetOptions = {}) {
		this.options = { start: Date.now() - 400 * 86_400_000, ...defaults, ...options };
		this.add(count, { at: this.options.start });
	}

	/**
	 * `compute()`, kept until the tickets change: a fake that filters and sorts every
	 * ticket for a search asks once per query, not once per page, so a benchmark of
	 * 100,000 tickets measures the client rather than the fake.
	 */
	memo<T>(key: string, compute: () => T): T {
		const kept = this.memos.get(key);
		if (kept && kept.version === this.version) return kept.value as T;
		const value = compute();
		this.memos.set(key, { version: this.version, value });
		return value;
	}

	/** Adds closed tickets. `at` is when they were created; default now. */
	add(count: number, options: { at?: number; status?: FakeTicket['status'] } = {}): FakeTicket[] {
		const { categories, productAreas, articles } = this.options;
		const added: FakeTicket[] = [];
		for (let index = 0; index < count; index++) {
			const number = this.tickets.length + 1;
			const createdAt = (options.at ?? Date.now()) + (options.at === undefined ? 0 : index * 60_000);
			const ticket: FakeTicket = {
				number,
				status: options.status ?? 'closed',
				category: categories[number % categories.length] as string,
				productArea: productAreas[(number >> 2) % productAreas.length] as string,
				...(number % 4 === 1 ? { article: articles[number % articles.length] } : {}),
				...(number % 4 === 3 ? { replyArticle: articles[(number + 1) % articles.length] } : {}),
				...(number % 20 === 4
					? { replyOldLink: `https://acme.zendesk.com/hc/en-us/articles/${360_000_000 + number}-Old-answer` }
					: {}),
				requester: 5000 + (number % 97),
				subject: `Customer question number ${number}`,
				createdAt,
				updatedAt: createdAt + 3_600_000,
				closedAt: createdAt + 3_600_000,
				version: ++this.version,
			};
			this.tickets.push(ticket);
			this.log.push({ ticket, version: ticket.version });
			added.push(ticket);
		}
		return added;
	}

	/** Changes a ticket (reopen it, relabel it): it moves to the end of the change log. */
	update(number: number, patch: Partial<Omit<FakeTicket, 'number' | 'version'>>, at = Date.now()): FakeTicket {
		const ticket = this.tickets[number - 1];
		if (!ticket) throw new Error(`no fake ticket ${number}`);
		Object.assign(ticket, patch, { updatedAt: at, version: ++this.version });
		if (patch.status === 'closed') ticket.closedAt = at;
		this.log.push({ ticket, version: ticket.version });
		return ticket;
	}

	/** Up to `limit` changes after log position `after`, and the log position after them. */
	changesAfter(after: number, limit: number): { tickets: FakeTicket[]; next: number } {
		const tickets: FakeTicket[] = [];
		let position = after;
		while (position < this.log.length && tickets.length < limit) {
			const entry = this.log[position] as { ticket: FakeTicket; version: number };
			position++;
			// A ticket changed again later is listed at its last change only.
			if (entry.version === entry.ticket.version) tickets.push(entry.ticket);
		}
		return { tickets, next: position };
	}

	get logLength(): number {
		return this.log.length;
	}
}
