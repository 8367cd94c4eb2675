/**
 * Finds the line and column of an offset in a text by binary search over the offsets
 * lines start at, so a check that reports many places in a long page stays linear.
 * Lines count from 0 and columns from 1: callers add the line the text starts on.
 */
export function textPositions(text: string): (offset: number) => { lineIndex: number; column: number } {
	const lineStarts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
	return (offset) => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((lineStarts[middle] as number) <= offset) low = middle;
			else high = middle - 1;
		}
		return { lineIndex: low, column: offset - (lineStarts[low] as number) + 1 };
	};
}
