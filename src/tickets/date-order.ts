import { type DateOrder, type NumericDate, numericDateDay, provenDateOrder, readNumericDate } from './dates.ts';
import { TicketState, type TicketTable } from './ticket-table.ts';

/** How an export's numeric closed dates were read, and the row that proves it. */
export interface SettledDateOrder {
	/** Index of the export in `table.files`. */
	file: number;
	/** The `coverage.dateFormat` the export's dates follow (`DD/MM/YYYY`). */
	format: string;
	/** The row whose date can be read only that way, and its date as written. */
	line: number;
	date: string;
	/** Tickets whose closed date this settled. */
	tickets: number;
}

interface Proof {
	slot: number;
	text: string;
	date: NumericDate;
}

/**
 * Reads the numeric closed dates no `coverage.dateFormat` named, once every export is
 * read. A helpdesk writes one column with one format, so when some of a file's dates
 * can be read only one way (`14/03/2026` is day first) and none only the other, that
 * order is the file's and its other dates (`03/01/2026`) are read in it too: the
 * file proves the order, nothing is guessed. A file whose dates all fit both orders,
 * or that proves both, keeps its rows invalid, with the message that names the formats.
 */
export function settleNumericDates(table: TicketTable): SettledDateOrder[] {
	const byFile = new Map<number, Proof[]>();
	for (const [slot, text] of table.numericDates) {
		const date = readNumericDate(text);
		if (!date) continue;
		const file = table.file[slot] as number;
		const proofs = byFile.get(file);
		if (proofs) proofs.push({ slot, text, date });
		else byFile.set(file, [{ slot, text, date }]);
	}
	const settled: SettledDateOrder[] = [];
	for (const [file, proofs] of byFile) {
		const first: Partial<Record<DateOrder, Proof>> = {};
		for (const proof of proofs) {
			const order = provenDateOrder(proof.date);
			if (order !== undefined && (first[order] === undefined || isEarlier(table, proof, first[order])))
				first[order] = proof;
		}
		const orders = Object.keys(first) as DateOrder[];
		if (orders.length !== 1) continue;
		const order = orders[0] as DateOrder;
		const proof = first[order] as Proof;
		let tickets = 0;
		for (const { slot, date } of proofs) {
			const day = numericDateDay(date, order);
			if (day === undefined) continue;
			table.day[slot] = day;
			table.state[slot] = TicketState.closed;
			table.invalidReasons.delete(slot);
			table.numericDates.delete(slot);
			tickets++;
		}
		settled.push({
			file,
			format: proof.date.format[order],
			line: table.line[proof.slot] as number,
			date: proof.text,
			tickets,
		});
	}
	return settled.sort((a, b) => a.file - b.file);
}

function isEarlier(table: TicketTable, proof: Proof, than: Proof): boolean {
	return (table.line[proof.slot] as number) < (table.line[than.slot] as number);
}
