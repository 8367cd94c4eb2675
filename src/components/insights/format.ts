/** Small formatting rules shared by the insights components. */

/** Number of shading steps in the category x product-area matrix (0 = no tickets). */
export const shadeSteps = 5;

/** Shading step 0..5 of a matrix cell: 0 for no tickets, 5 for the busiest cell. */
export function shadeLevel(count: number, max: number): number {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(shadeSteps, Math.max(1, Math.ceil((count / max) * shadeSteps)));
}

/** `0.8333` → `83%`; a rate of nothing (no tickets) is shown as a dash. */
export function percent(rate: number | null | undefined): string {
	if (rate === null || rate === undefined || Number.isNaN(rate)) return '–';
	return `${Math.round(rate * 100)}%`;
}

/** `1 ticket`, `3 tickets`. */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `share(12, 40)` → 0.3; 0 when there is nothing to share. */
export function share(part: number, whole: number): number {
	return whole > 0 ? part / whole : 0;
}
