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
