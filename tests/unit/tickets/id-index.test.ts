import { describe, expect, test } from 'vitest';
import { IdIndex } from '../../../src/tickets/id-index.ts';
import { TicketTable } from '../../../src/tickets/ticket-table.ts';

describe('ticket ids', () => {
	test('map to dense slots, the same id to the same slot, through many resizes', () => {
		const index = new IdIndex();
		const ids = Array.from({ length: 50_000 }, (_, n) => (n % 3 === 0 ? String(48_000 + n) : `ACME-${n}`));
		const slots = ids.map((id) => index.slotFor(id));
		expect(slots).toEqual(ids.map((_, n) => n));
		expect(ids.map((id) => index.slotFor(id))).toEqual(slots);
		expect(index.added).toBe(false);
		expect([index.size, index.idOf(49_999), index.slotOf('ACME-49999'), index.slotOf('ACME-50000')]).toEqual([
			50_000,
			'ACME-49999',
			49_999,
			-1,
		]);
	});

	test('ids with non-ASCII characters are kept exactly', () => {
		const index = new IdIndex();
		const ids = ['Café-1', 'チケット-2', 'café-1', 'Café-1 '];
		expect(ids.map((id) => index.slotFor(id))).toEqual([0, 1, 2, 3]);
		expect(ids.map((_, slot) => index.idOf(slot))).toEqual(ids);
		expect(index.slotOf('チケット-2')).toBe(1);
	});

	test('a table merged from another keeps the later rows and counts ids seen in both', () => {
		const first = new TicketTable();
		const second = new TicketTable();
		for (const id of ['T-1', 'T-2']) first.slotFor(id);
		for (const id of ['T-2', 'T-3']) second.slotFor(id);
		second.line[0] = 5;
		first.merge(second.snapshot(), { fileIndex: 0, lineOffset: 100, referenceSetOf: (set) => set });
		expect([first.size, first.duplicates, first.duplicateExamples, first.line[first.slotOf('T-2')]]).toEqual([
			3,
			1,
			['T-2'],
			105,
		]);
	});
});
