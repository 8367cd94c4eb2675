/**
 * Geometry of the weekly stacked-bar chart on the insights page, computed at build time
 * so the page needs no client JavaScript. Pure: numbers in, coordinates out.
 */

export interface ChartSeries {
	id: string;
	label: string;
}

export interface ChartWeek {
	/** Monday of the week, `YYYY-MM-DD`. */
	start: string;
	/** Closed tickets per series id; a missing id counts as 0. */
	counts: Readonly<Record<string, number>>;
}

export interface BarSegment {
	seriesIndex: number;
	count: number;
	y: number;
	height: number;
}

export interface Bar {
	start: string;
	label: string;
	total: number;
	x: number;
	width: number;
	segments: BarSegment[];
}

export interface StackedBarLayout {
	width: number;
	height: number;
	plot: { left: number; top: number; width: number; height: number };
	bars: Bar[];
	yTicks: { value: number; y: number }[];
	/** Weeks whose label is drawn under the axis (every week, or every n-th when crowded). */
	labelledWeeks: Set<string>;
	max: number;
}

/** The smallest 1, 2 or 5 x 10^n step that splits `max` into at most `maxTicks` intervals. */
export function niceStep(max: number, maxTicks = 5): number {
	if (max <= 0) return 1;
	const rough = max / maxTicks;
	const magnitude = 10 ** Math.floor(Math.log10(rough));
	const step =
		[1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
	return Math.max(1, step);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Mar" for `2025-03-03`: short enough to sit under a bar. */
export function shortDate(isoDate: string): string {
	const [, month, day] = isoDate.split('-').map(Number);
	return `${day} ${months[(month ?? 1) - 1]}`;
}

const margin = { top: 24, right: 12, bottom: 40, left: 44 };
const plotHeight = 220;
/** Width per week: wide for a few weeks, narrower for many, so a year still fits a laptop screen. */
const targetPlotWidth = 880;
const minSlot = 18;
const maxSlot = 44;

export function slotWidth(weekCount: number): number {
	return Math.round(Math.min(maxSlot, Math.max(minSlot, targetPlotWidth / Math.max(weekCount, 1))) * 100) / 100;
}

export function layoutStackedBars(weeks: readonly ChartWeek[], series: readonly ChartSeries[]): StackedBarLayout {
	const totals = weeks.map((week) => series.reduce((sum, item) => sum + (week.counts[item.id] ?? 0), 0));
	const step = niceStep(Math.max(0, ...totals));
	const max = Math.max(step, Math.ceil(Math.max(0, ...totals) / step) * step);
	const slot = slotWidth(weeks.length);
	const plotWidth = Math.max(weeks.length, 1) * slot;
	const scale = (value: number) => (value / max) * plotHeight;
	// A date label needs about 44 units; label every n-th week when slots are narrower.
	const labelEvery = Math.ceil(44 / slot);
	const bars = weeks.map((week, index): Bar => {
		let base = margin.top + plotHeight;
		const segments: BarSegment[] = [];
		series.forEach((item, seriesIndex) => {
			const count = week.counts[item.id] ?? 0;
			if (count === 0) return;
			const height = scale(count);
			base -= height;
			segments.push({ seriesIndex, count, y: round(base), height: round(height) });
		});
		return {
			start: week.start,
			label: shortDate(week.start),
			total: totals[index] ?? 0,
			x: margin.left + index * slot + slot * 0.15,
			width: slot * 0.7,
			segments,
		};
	});
	const yTicks = [];
	for (let value = 0; value <= max; value += step)
		yTicks.push({ value, y: round(margin.top + plotHeight - scale(value)) });
	return {
		width: margin.left + plotWidth + margin.right,
		height: margin.top + plotHeight + margin.bottom,
		plot: { left: margin.left, top: margin.top, width: plotWidth, height: plotHeight },
		bars,
		yTicks,
		labelledWeeks: new Set(weeks.filter((_, index) => index % labelEvery === 0).map((week) => week.start)),
		max,
	};
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
