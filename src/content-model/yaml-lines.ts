import { type Document, isMap, isScalar, isSeq, type LineCounter, visit } from 'yaml';

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

/** How many times aliases may be expanded in one file; the `yaml` library's default, named here. */
const maxAliasCount = 100;

/**
 * The document as plain data, or why it cannot be: aliases that expand without
 * bound (a "billion laughs" file) would exhaust memory, and the `yaml` library
 * stops them with an exception that must not reach the person as a stack trace.
 */
export function documentData(
	document: Document,
	lineCounter: LineCounter,
	lineOffset = 0,
): { data: unknown } | { line: number; message: string; hint: string } {
	try {
		return { data: document.toJS({ maxAliasCount }) };
	} catch (error) {
		if (!(error instanceof ReferenceError)) throw error;
		let position = 0;
		visit(document, {
			Alias(_, node) {
				position = node.range?.[0] ?? 0;
				return visit.BREAK;
			},
		});
		return {
			line: errorLine(lineCounter, position, lineOffset),
			message: `aliases expand to more than ${maxAliasCount} copies, the shape of a YAML "billion laughs" attack, so the file was not read`,
			hint: 'write the values out instead of repeating them with anchors and aliases',
		};
	}
}
