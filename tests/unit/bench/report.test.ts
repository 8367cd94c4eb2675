import { describe, expect, test } from 'vitest';
import { median, overheads, percentOver, timings } from '../../../src/bench/report.ts';

describe('benchmark figures', () => {
	test('the median of repeated runs ignores one slow outlier', () => {
		expect(median([21.3, 26.4, 22.1])).toBe(22.1);
		expect(median([9, 8, 10, 30])).toBe(9.5);
	});

	test('repeated runs print their median and range; one run prints alone', () => {
		expect(timings([21.34, 26.4, 22.08])).toBe('22.1 s median of 3 (21.3–26.4 s)');
		expect(timings([8.04])).toBe('8.0 s');
	});

	test('time over a baseline reads as a signed percentage', () => {
		expect(percentOver(1.184)).toBe('+18%');
		expect(percentOver(0.96)).toBe('-4%');
		expect(percentOver(1)).toBe('+0%');
	});

	test('the overhead pairs each run with the baseline run beside it, so a slow round cancels out', () => {
		// The second round ran on a slow minute: both of its builds took a third longer,
		// and its ratio is the same as the others'.
		const pairs = [
			{ measured: 21, baseline: 18 },
			{ measured: 28, baseline: 24 },
			{ measured: 20.7, baseline: 18 },
		];
		const { ratio, text } = overheads(pairs);
		expect(ratio).toBeCloseTo(28 / 24);
		expect(text).toBe('+17% median of 3 pairs (+15% to +17%)');
	});

	test('one pair prints its overhead alone', () => {
		expect(overheads([{ measured: 11, baseline: 10 }]).text).toBe('+10%');
	});
});
