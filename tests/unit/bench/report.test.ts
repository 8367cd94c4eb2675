import { describe, expect, test } from 'vitest';
import { median, timings } from '../../../src/bench/report.ts';

describe('benchmark figures', () => {
	test('the median of repeated runs ignores one slow outlier', () => {
		expect(median([21.3, 26.4, 22.1])).toBe(22.1);
		expect(median([9, 8, 10, 30])).toBe(9.5);
	});

	test('repeated runs print their median and range; one run prints alone', () => {
		expect(timings([21.34, 26.4, 22.08])).toBe('22.1 s median of 3 (21.3–26.4 s)');
		expect(timings([8.04])).toBe('8.0 s');
	});
});
