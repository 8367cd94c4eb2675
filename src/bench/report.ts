import pc from 'picocolors';

/** One measured figure and, where there is one, the target it is held to. */
export interface Figure {
	label: string;
	value: string;
	/** Target as text ("<= 22 s") and whether the value meets it. */
	target?: { text: string; met: boolean };
}

export function printSection(title: string, figures: Figure[]): void {
	console.log(`\n${pc.bold(title)}`);
	const width = Math.max(...figures.map((figure) => figure.label.length));
	for (const figure of figures) {
		const target = figure.target
			? `  ${figure.target.met ? pc.green(`ok (${figure.target.text})`) : pc.red(`over target (${figure.target.text})`)}`
			: '';
		console.log(`  ${figure.label.padEnd(width)}  ${figure.value}${target}`);
	}
}

export const seconds = (value: number) => `${value.toFixed(1)} s`;

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The median of repeated runs and their range: a 2-core machine is noisy, and one
 * run can be seconds off either way.
 */
export function timings(values: number[]): string {
	if (values.length === 1) return seconds(values[0] as number);
	return `${seconds(median(values))} median of ${values.length} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} s)`;
}

/** Time added over a baseline, as a signed percentage: 1.184 → "+18%". */
export function percentOver(ratio: number): string {
	const percent = Math.round((ratio - 1) * 100);
	return `${percent >= 0 ? '+' : ''}${percent}%`;
}

/**
 * How much longer each run took than the baseline run beside it, as the median ratio
 * and its range. Each pair ran back to back, so a slow minute of a noisy machine
 * stretches both of its runs and mostly cancels out of their ratio, which it would
 * not in a ratio of two separate medians.
 */
export function overheads(pairs: Array<{ measured: number; baseline: number }>): { ratio: number; text: string } {
	const ratios = pairs.map((pair) => pair.measured / pair.baseline);
	const ratio = median(ratios);
	if (ratios.length === 1) return { ratio, text: percentOver(ratio) };
	const range = `${percentOver(Math.min(...ratios))} to ${percentOver(Math.max(...ratios))}`;
	return { ratio, text: `${percentOver(ratio)} median of ${ratios.length} pairs (${range})` };
}
