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
