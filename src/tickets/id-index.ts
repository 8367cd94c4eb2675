/**
 * Ticket ids mapped to dense slot numbers, without a JavaScript string or Map entry
 * per ticket: the ids' UTF-8 bytes sit end to end in one buffer and an
 * open-addressing hash table of slot numbers points into it. A million ids take
 * about 25 MB instead of about 100 MB, and the garbage collector has no million
 * small objects to walk.
 */
export class IdIndex {
	private pool = Buffer.allocUnsafe(1 << 16);
	private used = 0;
	/** Byte offset where each slot's id starts; the next entry is where it ends. */
	private starts = new Uint32Array(1025);
	private table = new Int32Array(2048).fill(-1);
	private mask = 2047;
	size = 0;
	/** Whether the last `slotFor` call added a new id. */
	added = false;

	/**
	 * Writes `id` at the end of the pool (not yet committed), hashes it and returns its
	 * byte length. ASCII ids, nearly all of them, are copied in one loop with no call out.
	 */
	private stage(id: string): number {
		const room = id.length * 3;
		if (this.used + room > this.pool.length) {
			const next = Buffer.allocUnsafe(Math.max(this.pool.length * 2, this.used + room));
			this.pool.copy(next, 0, 0, this.used);
			this.pool = next;
		}
		const pool = this.pool;
		const start = this.used;
		let hash = 0x811c9dc5;
		for (let index = 0; index < id.length; index++) {
			const code = id.charCodeAt(index);
			if (code > 0x7f) {
				const length = pool.write(id, start, 'utf8');
				this.stagedHash = this.hash(start, start + length);
				return length;
			}
			pool[start + index] = code;
			hash = Math.imul(hash ^ code, 0x01000193);
		}
		this.stagedHash = hash >>> 0;
		return id.length;
	}

	private stagedHash = 0;

	private hash(start: number, end: number): number {
		let hash = 0x811c9dc5;
		for (let index = start; index < end; index++) hash = Math.imul(hash ^ (this.pool[index] as number), 0x01000193);
		return hash >>> 0;
	}

	private equals(slot: number, start: number, length: number): boolean {
		const from = this.starts[slot] as number;
		if ((this.starts[slot + 1] as number) - from !== length) return false;
		for (let offset = 0; offset < length; offset++) {
			if (this.pool[from + offset] !== this.pool[start + offset]) return false;
		}
		return true;
	}

	/** Position in the hash table where the staged bytes are, or the empty position they go to. */
	private probe(start: number, length: number, hash: number): number {
		let position = hash & this.mask;
		for (;;) {
			const slot = this.table[position] as number;
			if (slot === -1 || this.equals(slot, start, length)) return position;
			position = (position + 1) & this.mask;
		}
	}

	/** The slot of `id`, adding it when new (see `added`). */
	slotFor(id: string): number {
		return this.commit(this.stage(id));
	}

	/** Like `slotFor`, for an id given as UTF-8 bytes (from another `IdIndex`). */
	slotForBytes(bytes: Uint8Array, start: number, end: number): number {
		const length = end - start;
		if (this.used + length > this.pool.length) {
			const next = Buffer.allocUnsafe(Math.max(this.pool.length * 2, this.used + length));
			this.pool.copy(next, 0, 0, this.used);
			this.pool = next;
		}
		this.pool.set(bytes.subarray(start, end), this.used);
		this.stagedHash = this.hash(this.used, this.used + length);
		return this.commit(length);
	}

	/** The ids as bytes end to end, and where each slot's id starts (`size + 1` offsets). */
	export(): { bytes: Uint8Array; starts: Uint32Array } {
		return { bytes: this.pool.subarray(0, this.used), starts: this.starts.subarray(0, this.size + 1) };
	}

	private commit(length: number): number {
		const position = this.probe(this.used, length, this.stagedHash);
		const existing = this.table[position] as number;
		if (existing !== -1) {
			this.added = false;
			return existing;
		}
		const slot = this.size++;
		if (slot + 2 > this.starts.length) {
			const starts = new Uint32Array(this.starts.length * 2);
			starts.set(this.starts);
			this.starts = starts;
		}
		this.starts[slot] = this.used;
		this.used += length;
		this.starts[slot + 1] = this.used;
		this.table[position] = slot;
		this.added = true;
		if (this.size * 2 > this.table.length) this.rehash();
		return slot;
	}

	/** The slot of `id`, or -1. */
	slotOf(id: string): number {
		const length = this.stage(id);
		return this.table[this.probe(this.used, length, this.stagedHash)] as number;
	}

	idOf(slot: number): string {
		return this.pool.toString('utf8', this.starts[slot] as number, this.starts[slot + 1] as number);
	}

	private rehash(): void {
		this.table = new Int32Array(this.table.length * 2).fill(-1);
		this.mask = this.table.length - 1;
		for (let slot = 0; slot < this.size; slot++) {
			let position = this.hash(this.starts[slot] as number, this.starts[slot + 1] as number) & this.mask;
			while (this.table[position] !== -1) position = (position + 1) & this.mask;
			this.table[position] = slot;
		}
	}
}
