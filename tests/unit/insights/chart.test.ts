import { describe, expect, test } from 'vitest';
import {
	type ChartWeek,
	layoutStackedBars,
	niceStep,
	shortDate,
	slotWidth,
} from '../../../src/components/insights/chart.ts';

const series = [
	{ id: 'usability', label: 'Usability' },
	{ id: 'reliability', label: 'Reliability' },
];

describe('niceStep', () => {
	test.each([
		[0, 1],
		[3, 1],
		[9, 2],
		[17, 5],
		[40, 10],
		[165, 50],
	])('splits %i into at most five 1-2-5 steps: %i', (max, step) => {
		expect(niceStep(max)).toBe(step);
	});
});

test('shortDate writes the day and short month', () => {
	expect(shortDate('2026-03-02')).toBe('2 Mar');
	expect(shortDate('2026-11-16')).toBe('16 Nov');
});

test('slots are wide for a few weeks and narrower for many, never below 18', () => {
	expect(slotWidth(4)).toBe(44);
	expect(slotWidth(40)).toBe(22);
	expect(slotWidth(200)).toBe(18);
});

describe('layoutStackedBars', () => {
	const weeks: ChartWeek[] = [
		{ start: '2026-03-02', counts: { usability: 2 } },
		{ start: '2026-03-09', counts: { usability: 1, reliability: 1 } },
		{ start: '2026-03-16', counts: {} },
		{ start: '2026-03-23', counts: { reliability: 2 } },
	];
	const layout = layoutStackedBars(weeks, series);

	test('each bar stacks its categories from the axis up, heights proportional to counts', () => {
		const bottom = layout.plot.top + layout.plot.height;
		const [first, second, empty] = layout.bars;
		expect(first?.total).toBe(2);
		expect(first?.segments).toEqual([
			{ seriesIndex: 0, count: 2, y: bottom - layout.plot.height, height: layout.plot.height },
		]);
		expect(second?.segments.map((segment) => [segment.seriesIndex, segment.height])).toEqual([
			[0, layout.plot.height / 2],
			[1, layout.plot.height / 2],
		]);
		expect(second?.segments[1]?.y).toBe(bottom - layout.plot.height);
		expect(empty?.total).toBe(0);
		expect(empty?.segments).toEqual([]);
	});

	test('the axis runs from 0 to a round number at or above the busiest week', () => {
		expect(layout.max).toBe(2);
		expect(layout.yTicks.map((tick) => tick.value)).toEqual([0, 1, 2]);
		expect(layout.yTicks[0]?.y).toBe(layout.plot.top + layout.plot.height);
		expect(layout.yTicks.at(-1)?.y).toBe(layout.plot.top);
	});

	test('bars sit side by side inside the plot, every week labelled when there is room', () => {
		const xs = layout.bars.map((bar) => bar.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		const last = layout.bars.at(-1);
		expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(layout.plot.left + layout.plot.width);
		expect([...layout.labelledWeeks]).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
		expect(layout.bars.map((bar) => bar.label)).toEqual(['2 Mar', '9 Mar', '16 Mar', '23 Mar']);
	});

	test('a crowded year labels every third week', () => {
		const year = Array.from({ length: 52 }, (_, index) => ({
			start: new Date(Date.UTC(2026, 0, 5 + index * 7)).toISOString().slice(0, 10),
			counts: { usability: index },
		}));
		const crowded = layoutStackedBars(year, series);
		expect(crowded.labelledWeeks.size).toBe(18);
		expect(crowded.max).toBe(60);
	});

	test('no weeks draws an empty plot without dividing by zero', () => {
		const empty = layoutStackedBars([], series);
		expect(empty.bars).toEqual([]);
		expect(empty.yTicks.map((tick) => tick.value)).toEqual([0, 1]);
	});
});
