import { isDeepStrictEqual } from 'node:util';
import {
	isAlias,
	isMap,
	isScalar,
	isSeq,
	parse,
	parseDocument,
	type Scalar,
	visit,
	type YAMLMap,
	type YAMLSeq,
} from 'yaml';
import { CliError } from '../cli/run.ts';

export type LinkOutcome = { status: 'linked'; text: string } | { status: 'already-linked' };

const FENCE = /^---[ \t]*\r?$/;
const FIELD = 'tickets';

interface Frontmatter {
	/** Offsets of the YAML between the fences, in the file's text. */
	start: number;
	end: number;
	eol: string;
}

function locateFrontmatter(text: string): Frontmatter | undefined {
	const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const firstBreak = text.indexOf('\n');
	if (firstBreak === -1 || !FENCE.test(text.slice(bom, firstBreak))) return undefined;
	let lineStart = firstBreak + 1;
	while (lineStart < text.length) {
		const lineBreak = text.indexOf('\n', lineStart);
		const line = text.slice(lineStart, lineBreak === -1 ? text.length : lineBreak);
		if (FENCE.test(line))
			return { start: firstBreak + 1, end: lineStart, eol: text[firstBreak - 1] === '\r' ? '\r\n' : '\n' };
		if (lineBreak === -1) break;
		lineStart = lineBreak + 1;
	}
	return undefined;
}

/** Where the line holding `position` ends (before its line break). */
function lineEnd(text: string, position: number): number {
	const lineBreak = text.indexOf('\n', Math.max(position, 0));
	if (lineBreak === -1) return text.length;
	return text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
}

function lineStartOf(text: string, position: number): number {
	return text.lastIndexOf('\n', position - 1) + 1;
}

type Style = { quote?: Scalar['type']; numbers: boolean; flow: boolean };

/** The ticket id as YAML, quoted the way the list's last item is, or plain when that reads back the same. */
function renderId(id: string, style: Style): string {
	if (style.quote === 'QUOTE_DOUBLE') return JSON.stringify(id);
	if (style.quote === 'QUOTE_SINGLE') return `'${id.replaceAll("'", "''")}'`;
	// Digits past 2^53 would be read back as a rounded number.
	if (style.numbers && /^\d+$/.test(id) && Number.isSafeInteger(Number(id))) return id;
	const readsBack = (() => {
		try {
			return parse(id) === id;
		} catch {
			return false;
		}
	})();
	return readsBack && !(style.flow && /[,[\]{}]/.test(id)) ? id : JSON.stringify(id);
}

function range(node: unknown): [number, number, number] {
	const value = (node as { range?: [number, number, number] | null }).range;
	if (!value) throw new Error('the YAML parser gave a node without a source range');
	return value;
}

/** Block indentation and flow style used by the other lists in the frontmatter. */
function listStyle(yaml: string, map: YAMLMap): { indent: string; flow: boolean } {
	const lists = map.items
		.map((pair) => pair.value)
		.filter((value): value is YAMLSeq => isSeq(value) && value.items.length > 0);
	const block = lists.find((list) => !list.flow);
	const indent = block ? yaml.slice(lineStartOf(yaml, range(block)[0]), range(block)[0]) : '  ';
	return { indent, flow: lists.length > 0 && lists.every((list) => list.flow) };
}

interface Edit {
	at: number;
	remove: number;
	insert: string;
}

function editForList(yaml: string, list: YAMLSeq, id: string, eol: string): Edit {
	const items = list.items as Scalar[];
	const last = items.at(-1);
	const style: Style = {
		quote: last && isScalar(last) ? last.type : undefined,
		numbers: last !== undefined && typeof last.value === 'number',
		flow: Boolean(list.flow),
	};
	if (list.flow) {
		if (last) return { at: range(last)[1], remove: 0, insert: `, ${renderId(id, style)}` };
		const open = range(list)[0];
		const close = yaml.indexOf(']', open);
		return { at: open + 1, remove: close - open - 1, insert: renderId(id, style) };
	}
	if (!last) throw new Error('a block list without items');
	const dash = yaml.lastIndexOf('-', range(last)[0]);
	const indent = yaml.slice(lineStartOf(yaml, dash), dash);
	const gap = yaml.slice(dash + 1, range(last)[0]);
	return { at: lineEnd(yaml, range(last)[1] - 1), remove: 0, insert: `${eol}${indent}-${gap}${renderId(id, style)}` };
}

function editForMissingField(yaml: string, map: YAMLMap, id: string, eol: string, fieldOrder: readonly string[]): Edit {
	const before = new Set(fieldOrder.slice(0, Math.max(fieldOrder.indexOf(FIELD), 0)));
	const anchor = map.items.findLast((pair) => isScalar(pair.key) && before.has(String(pair.key.value)));
	const { indent, flow } = listStyle(yaml, map);
	const value = renderId(id, { numbers: false, flow });
	const block = flow ? `${FIELD}: [${value}]` : `${FIELD}:${eol}${indent}- ${value}`;
	if (!anchor) return { at: 0, remove: 0, insert: `${block}${eol}` };
	const end = anchor.value ? range(anchor.value)[1] : range(anchor.key)[1];
	return { at: lineEnd(yaml, end - 1), remove: 0, insert: `${eol}${block}` };
}

/**
 * Adds a ticket id to the `tickets` list of a Markdown/MDX file's frontmatter by
 * inserting text, so comments, key order, quoting and line endings stay exactly as
 * they were. `fieldOrder` (the schema's keys) decides where a missing list goes.
 */
export function addTicket(source: string, ticketId: string, fieldOrder: readonly string[]): LinkOutcome {
	const frontmatter = locateFrontmatter(source);
	if (!frontmatter) {
		throw new CliError('the file has no frontmatter between "---" lines', {
			hint: 'run npm run check to see what is wrong with it',
		});
	}
	const { start, end, eol } = frontmatter;
	const yaml = source.slice(start, end);
	const document = parseDocument(yaml, { keepSourceTokens: true });
	if (document.errors.length > 0 || !isMap(document.contents)) {
		throw new CliError('the frontmatter is not valid YAML', { hint: 'fix it first: npm run check shows the line' });
	}
	const map = document.contents;
	const pair = map.items.find((item) => isScalar(item.key) && item.key.value === FIELD);
	refuseShared(document, pair?.value);
	let edit: Edit;
	if (!pair) {
		edit = editForMissingField(yaml, map, ticketId, eol, fieldOrder);
	} else if (isSeq(pair.value)) {
		const linked = pair.value.items.some((item) => String(isScalar(item) ? item.value : item).trim() === ticketId);
		if (linked) return { status: 'already-linked' };
		edit = editForList(yaml, pair.value, ticketId, eol);
	} else if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
		const [from, to] = pair.value ? range(pair.value) : [range(pair.key)[1], range(pair.key)[1]];
		edit =
			from === to
				? {
						at: lineEnd(yaml, range(pair.key)[1]),
						remove: 0,
						insert: `${eol}${listStyle(yaml, map).indent}- ${renderId(ticketId, { numbers: false, flow: false })}`,
					}
				: { at: from, remove: to - from, insert: `[${renderId(ticketId, { numbers: false, flow: true })}]` };
	} else {
		throw new CliError(`"${FIELD}" is not a list`, {
			hint: `write it as a list, e.g. ${FIELD}: [${ticketId}], or fix it with npm run check`,
		});
	}
	const newYaml = yaml.slice(0, edit.at) + edit.insert + yaml.slice(edit.at + edit.remove);
	verify(yaml, newYaml, ticketId);
	return { status: 'linked', text: source.slice(0, start) + newYaml + source.slice(end) };
}

/**
 * A `tickets` list that is an alias (`tickets: *ids`) or an anchored list another
 * field reuses (`tickets: &ids [...]` with `tags: *ids`) is shared: adding a ticket
 * to it would change the other field too.
 */
function refuseShared(document: ReturnType<typeof parseDocument>, value: unknown) {
	const hint = `write the ticket ids out as a list of their own, e.g. ${FIELD}: [RES-1, RES-2], then link again`;
	if (isAlias(value)) {
		throw new CliError(
			`"${FIELD}" is the YAML alias *${value.source}, so adding a ticket would change another field too`,
			{
				hint,
			},
		);
	}
	const anchor = isSeq(value) ? value.anchor : undefined;
	if (!anchor) return;
	let reused = false;
	visit(document, {
		Alias(_key, node) {
			if (node.source === anchor) reused = true;
		},
	});
	if (reused) {
		throw new CliError(
			`"${FIELD}" is the anchored list &${anchor}, which *${anchor} reuses elsewhere, so adding a ticket would change that too`,
			{
				hint,
			},
		);
	}
}

function readYaml(text: string): Record<string, unknown> {
	try {
		return parse(text) as Record<string, unknown>;
	} catch (error) {
		throw new CliError(`the frontmatter cannot be read: ${(error as Error).message.split('\n')[0]}`, {
			hint: 'fix it first: npm run check shows the line',
		});
	}
}

/** Guards the text edit: the only change to the data may be the added ticket. */
function verify(before: string, after: string, ticketId: string) {
	const normalize = (data: Record<string, unknown>) => ({
		...data,
		[FIELD]: (Array.isArray(data[FIELD]) ? data[FIELD] : []).map(String),
	});
	const expected = normalize(readYaml(before));
	expected[FIELD].push(ticketId);
	if (!isDeepStrictEqual(normalize(readYaml(after)), expected)) {
		throw new CliError(`adding ${ticketId} would change more of the frontmatter than the tickets list`, {
			hint: `add it by hand: append "- ${ticketId}" to the ${FIELD} list`,
		});
	}
}
