import { NO_DAY } from './dates.ts';
import { IdIndex } from './id-index.ts';
import { tallyStatus } from './statuses.ts';

/** What the last row read for a ticket says. */
export const TicketState = { open: 0, closed: 1, invalid: 2 } as const;

/** Category or product area that is empty or unknown. */
export const NO_INDEX = 255;

/** A row that cannot be judged and has no ticket id, so no slot in the table. */
export interface OrphanRow {
	file: number;
	line: number;
	reason: string;
	day: number;
}

/** A ticket table as plain data, for handing it from a worker thread to the main one. */
export interface TableSnapshot {
	size: number;
	rows: number;
	duplicates: number;
	duplicateExamples: string[];
	state: Uint8Array;
	category: Uint8Array;
	productArea: Uint8Array;
	link: Uint8Array;
	day: Int32Array;
	referenceSet: Uint32Array;
	line: Uint32Array;
	idBytes: Uint8Array;
	idStarts: Uint32Array;
	subjects: [number, string][];
	invalidReasons: [number, string][];
	numericDates: [number, string][];
	orphanRows: OrphanRow[];
	otherStatuses: [string, number][];
	qualifiedStatuses: [string, number][];
	unknownCategories: [string, number][];
	unknownProductAreas: [string, number][];
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(array: T, size: number): T {
	const next = new (array.constructor as new (length: number) => T)(size);
	next.set(array);
	return next;
}

/**
 * Every ticket read from the exports, one slot per ticket id, stored column-wise in
 * typed arrays so a million tickets take a few megabytes: category and product
 * area are taxonomy indexes, the articles cell is an index into the link index's
 * reference sets, ids live in an `IdIndex`. Other text is kept only where a report
 * needs it: the subject and reason of tickets that are unlinked or invalid.
 */
export class TicketTable {
	/** Export files, as shown in messages, in the order read. */
	readonly files: string[] = [];
	private readonly index = new IdIndex();
	state = new Uint8Array(1024);
	category = new Uint8Array(1024);
	productArea = new Uint8Array(1024);
	/** `LinkState` of a closed ticket. */
	link = new Uint8Array(1024);
	/** Closed day (days since 1970-01-01), or `NO_DAY` / `BAD_DAY`. */
	day = new Int32Array(1024);
	referenceSet = new Uint32Array(1024);
	file = new Uint16Array(1024);
	line = new Uint32Array(1024);
	/** Subjects of closed tickets that are not linked, for the "write this article" command. */
	readonly subjects = new Map<number, string>();
	/** Why a ticket's last row cannot be judged. */
	readonly invalidReasons = new Map<number, string>();
	/**
	 * The closed date of a ticket that was invalid only for a numeric date in an order
	 * nothing named (`14/03/2026` without `coverage.dateFormat`), until the dates of its
	 * whole export settle the order (see date-order.ts).
	 */
	readonly numericDates = new Map<number, string>();
	readonly orphanRows: OrphanRow[] = [];
	/** Rows read (blank lines excluded). */
	rows = 0;
	/** Rows whose ticket id was read before; the last one read wins. */
	duplicates = 0;
	/** A few duplicated ids, for the report. */
	readonly duplicateExamples: string[] = [];
	/** Rows per status value that does not count as closed. */
	readonly otherStatuses = new Map<string, number>();
	/** Rows per status value that counts as closed by its first words (`closed complete`). */
	readonly qualifiedStatuses = new Map<string, number>();
	/** Rows per category value the taxonomy does not name (a helpdesk's own name for a term, often). */
	readonly unknownCategories = new Map<string, number>();
	/** Rows per product-area value the taxonomy does not name. */
	readonly unknownProductAreas = new Map<string, number>();

	get size(): number {
		return this.index.size;
	}

	/** The ticket id of a slot. */
	idOf(slot: number): string {
		return this.index.idOf(slot);
	}

	/** The slot of a ticket id, or -1. */
	slotOf(id: string): number {
		return this.index.slotOf(id);
	}

	addFile(file: string): number {
		this.files.push(file);
		return this.files.length - 1;
	}

	/** The slot of a ticket id, creating it on first sight and counting repeats as duplicates. */
	slotFor(id: string): number {
		const slot = this.index.slotFor(id);
		if (!this.index.added) {
			this.duplicates++;
			if (this.duplicateExamples.length < 5 && !this.duplicateExamples.includes(id)) this.duplicateExamples.push(id);
			this.subjects.delete(slot);
			this.invalidReasons.delete(slot);
			this.numericDates.delete(slot);
			return slot;
		}
		if (slot === this.state.length) this.resize(slot * 2);
		this.day[slot] = NO_DAY;
		return slot;
	}

	/** The table as plain data (one file: `file` is not kept). */
	snapshot(): TableSnapshot {
		const { bytes, starts } = this.index.export();
		const size = this.size;
		return {
			size,
			rows: this.rows,
			duplicates: this.duplicates,
			duplicateExamples: [...this.duplicateExamples],
			state: this.state.subarray(0, size),
			category: this.category.subarray(0, size),
			productArea: this.productArea.subarray(0, size),
			link: this.link.subarray(0, size),
			day: this.day.subarray(0, size),
			referenceSet: this.referenceSet.subarray(0, size),
			line: this.line.subarray(0, size),
			idBytes: bytes,
			idStarts: starts,
			subjects: [...this.subjects],
			invalidReasons: [...this.invalidReasons],
			numericDates: [...this.numericDates],
			orphanRows: this.orphanRows,
			otherStatuses: [...this.otherStatuses],
			qualifiedStatuses: [...this.qualifiedStatuses],
			unknownCategories: [...this.unknownCategories],
			unknownProductAreas: [...this.unknownProductAreas],
		};
	}

	/**
	 * Adds the tickets of a snapshot read after everything in this table (its rows win
	 * over earlier ones with the same id). Lines are shifted by `lineOffset`, and
	 * `referenceSetOf` maps the snapshot's reference sets to this table's.
	 */
	merge(
		snapshot: TableSnapshot,
		options: { fileIndex: number; lineOffset: number; referenceSetOf: (index: number) => number },
	): void {
		const subjects = new Map(snapshot.subjects);
		const reasons = new Map(snapshot.invalidReasons);
		const numericDates = new Map(snapshot.numericDates);
		for (let from = 0; from < snapshot.size; from++) {
			const slot = this.index.slotForBytes(
				snapshot.idBytes,
				snapshot.idStarts[from] as number,
				snapshot.idStarts[from + 1] as number,
			);
			if (this.index.added) {
				if (slot === this.state.length) this.resize(slot * 2);
			} else {
				this.duplicates++;
				if (this.duplicateExamples.length < 5) {
					const id = this.index.idOf(slot);
					if (!this.duplicateExamples.includes(id)) this.duplicateExamples.push(id);
				}
				this.subjects.delete(slot);
				this.invalidReasons.delete(slot);
				this.numericDates.delete(slot);
			}
			this.state[slot] = snapshot.state[from] as number;
			this.category[slot] = snapshot.category[from] as number;
			this.productArea[slot] = snapshot.productArea[from] as number;
			this.link[slot] = snapshot.link[from] as number;
			this.day[slot] = snapshot.day[from] as number;
			this.referenceSet[slot] = options.referenceSetOf(snapshot.referenceSet[from] as number);
			this.file[slot] = options.fileIndex;
			this.line[slot] = (snapshot.line[from] as number) + options.lineOffset;
			const subject = subjects.get(from);
			if (subject !== undefined) this.subjects.set(slot, subject);
			const reason = reasons.get(from);
			if (reason !== undefined) this.invalidReasons.set(slot, reason);
			const numericDate = numericDates.get(from);
			if (numericDate !== undefined) this.numericDates.set(slot, numericDate);
		}
		this.rows += snapshot.rows;
		this.duplicates += snapshot.duplicates;
		for (const id of snapshot.duplicateExamples) {
			if (this.duplicateExamples.length < 5 && !this.duplicateExamples.includes(id)) this.duplicateExamples.push(id);
		}
		for (const orphan of snapshot.orphanRows) {
			this.orphanRows.push({ ...orphan, file: options.fileIndex, line: orphan.line + options.lineOffset });
		}
		for (const [status, count] of snapshot.otherStatuses) tallyStatus(this.otherStatuses, status, count);
		for (const [status, count] of snapshot.qualifiedStatuses) tallyStatus(this.qualifiedStatuses, status, count);
		for (const [value, count] of snapshot.unknownCategories) tallyStatus(this.unknownCategories, value, count);
		for (const [value, count] of snapshot.unknownProductAreas) tallyStatus(this.unknownProductAreas, value, count);
	}

	private resize(size: number): void {
		this.state = grow(this.state, size);
		this.category = grow(this.category, size);
		this.productArea = grow(this.productArea, size);
		this.link = grow(this.link, size);
		this.day = grow(this.day, size);
		this.referenceSet = grow(this.referenceSet, size);
		this.file = grow(this.file, size);
		this.line = grow(this.line, size);
	}
}
