import { NO_DAY } from './dates.ts';

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

function grow<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(array: T, size: number): T {
	const next = new (array.constructor as new (length: number) => T)(size);
	next.set(array);
	return next;
}

/**
 * Every ticket read from the exports, one slot per ticket id, stored column-wise in
 * typed arrays so a million tickets take a few megabytes: category and product
 * area are taxonomy indexes, the articles cell is an index into the link index's
 * reference sets. Text is kept only where a report needs it (ids, and the subject
 * and reason of tickets that are unlinked or invalid).
 */
export class TicketTable {
	/** Export files, as shown in messages, in the order read. */
	readonly files: string[] = [];
	readonly ids: string[] = [];
	readonly slotById = new Map<string, number>();
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
	readonly orphanRows: OrphanRow[] = [];
	/** Rows read (blank lines excluded). */
	rows = 0;
	/** Rows whose ticket id was read before; the last one read wins. */
	duplicates = 0;
	/** A few duplicated ids, for the report. */
	readonly duplicateExamples: string[] = [];
	/** Rows per status value that does not count as closed. */
	readonly otherStatuses = new Map<string, number>();

	get size(): number {
		return this.ids.length;
	}

	addFile(file: string): number {
		this.files.push(file);
		return this.files.length - 1;
	}

	/** The slot of a ticket id, creating it on first sight and counting repeats as duplicates. */
	slotFor(id: string): number {
		const existing = this.slotById.get(id);
		if (existing !== undefined) {
			this.duplicates++;
			if (this.duplicateExamples.length < 5 && !this.duplicateExamples.includes(id)) this.duplicateExamples.push(id);
			this.subjects.delete(existing);
			this.invalidReasons.delete(existing);
			return existing;
		}
		const slot = this.ids.length;
		if (slot === this.state.length) this.resize(slot * 2);
		this.ids.push(id);
		this.slotById.set(id, slot);
		this.day[slot] = NO_DAY;
		return slot;
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
