import { expect, test } from 'vitest';
import { percent, plural, shadeLevel, share } from '../../../src/components/insights/format.ts';

test('matrix shading: none for zero, five steps up to the busiest cell', () => {
	expect([0, 1, 4, 8, 12, 17].map((count) => shadeLevel(count, 17))).toEqual([0, 1, 2, 3, 4, 5]);
	expect(shadeLevel(3, 0)).toBe(0);
});

test('percentages are whole numbers; a rate of nothing is a dash', () => {
	expect(percent(0.3333)).toBe('33%');
	expect(percent(1)).toBe('100%');
	expect(percent(null)).toBe('–');
	expect(share(3, 0)).toBe(0);
});

test('plural', () => {
	expect(plural(1, 'ticket')).toBe('1 ticket');
	expect(plural(0, 'ticket')).toBe('0 tickets');
});
