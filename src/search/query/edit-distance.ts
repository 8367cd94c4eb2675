/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbouring
 * letters, so `recieve` is one edit from `receive`), or `max + 1` as soon as it is
 * certain to exceed `max`. Reuses its rows between calls: correction compares one
 * word with thousands.
 */
let previous2 = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

export function boundedDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	if (a === b) return 0;
	const width = b.length + 1;
	if (current.length < width) {
		previous2 = new Int32Array(width * 2);
		previous = new Int32Array(width * 2);
		current = new Int32Array(width * 2);
	}
	for (let j = 0; j < width; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = i;
		const ai = a.charCodeAt(i - 1);
		for (let j = 1; j < width; j++) {
			const bj = b.charCodeAt(j - 1);
			const cost = ai === bj ? 0 : 1;
			let value = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost,
			);
			if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
				value = Math.min(value, (previous2[j - 2] as number) + 1);
			}
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		const spare = previous2;
		previous2 = previous;
		previous = current;
		current = spare;
	}
	const distance = previous[b.length] as number;
	return distance > max ? max + 1 : distance;
}
