import { type Document, isMap, isScalar, isSeq, type LineCounter } from 'yaml';

type Ranged = { range?: [number, number, number] | null };

/**
 * Returns a function giving the 1-based line of a field in a parsed YAML document,
 * so a validation error can point at the line a person has to fix.
 * `lineOffset` shifts lines when the YAML starts below line 1 (frontmatter).
 */
export function createLineLookup(document: Document, lineCounter: LineCounter, lineOffset = 0) {
	return (fieldPath: PropertyKey[]): number | undefined => {
		let node: unknown = document.contents;
		let offset = (document.contents as Ranged | null)?.range?.[0];
		for (const key of fieldPath) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
				if (!pair) break;
				offset = (pair.key as Ranged).range?.[0];
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key] as Ranged | undefined;
				if (!item) break;
				offset = item.range?.[0];
				node = item;
			} else break;
		}
		return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
	};
}

/** Line of a YAML parse error. */
export function errorLine(lineCounter: LineCounter, position: number, lineOffset = 0): number {
	return lineCounter.linePos(position).line + lineOffset;
}
