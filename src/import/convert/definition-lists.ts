import type { List, ListItem, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';

/**
 * Definition lists, as Hugo (Goldmark), Jekyll (kramdown), MkDocs (`def_list`) and
 * PHP Markdown Extra write them: a term on its own line, then its definition on a
 * line that starts with `: `.
 *
 *     exposure
 *     : How bright the image is.
 *
 * The help center's Markdown has no definition list, so the `:` would print at the
 * start of a line run into the term. Each term and its definitions become an item of
 * a bullet list, the term in bold, each definition a paragraph under it, as the HTML
 * converter writes a `<dl>`. Code is left alone: it is no paragraph.
 */

/** A line that opens a definition: up to three spaces, a colon, then space before words. */
const DEFINITION = /^ {0,3}:[ \t]+/;

type Line = PhrasingContent[];

/** A paragraph's words cut into its lines, at the newlines of its text. */
function linesOf(children: readonly PhrasingContent[]): Line[] {
	const lines: Line[] = [[]];
	for (const child of children) {
		if (child.type !== 'text') {
			lines[lines.length - 1]?.push(child);
			continue;
		}
		child.value.split('\n').forEach((part, index) => {
			if (index > 0) lines.push([]);
			if (part !== '') lines[lines.length - 1]?.push({ type: 'text', value: part });
		});
	}
	return lines;
}

/** Whether the line opens a definition; its words may start with emphasis or a link (`: _PNG_ keeps…`). */
const opensDefinition = (line: Line) => {
	const [first, ...rest] = line;
	if (first?.type !== 'text' || !DEFINITION.test(first.value)) return false;
	return first.value.replace(DEFINITION, '').trim() !== '' || rest.length > 0;
};

/** The line without its `: `. */
function withoutMarker(line: Line): Line {
	const [first, ...rest] = line;
	if (first?.type !== 'text') return line;
	const value = first.value.replace(DEFINITION, '');
	return value === '' ? rest : [{ type: 'text', value }, ...rest];
}

/** Lines joined back into one run of words, a newline between them. */
function joined(lines: readonly Line[]): PhrasingContent[] {
	return lines.flatMap((line, index) => (index === 0 ? line : [{ type: 'text', value: '\n' } as const, ...line]));
}

interface Entry {
	terms: Line[];
	definitions: Line[][];
}

/** Definitions that start at the paragraph's first line, each with the lines that continue it. */
function definitionsOf(lines: readonly Line[]): Line[][] {
	const definitions: Line[][] = [];
	for (const line of lines) {
		if (opensDefinition(line)) definitions.push([withoutMarker(line)]);
		else definitions[definitions.length - 1]?.push(line);
	}
	return definitions;
}

/** A paragraph of terms over their definitions, or undefined when it is none. */
function entryOf(paragraph: Paragraph): Entry | undefined {
	const lines = linesOf(paragraph.children);
	const first = lines.findIndex(opensDefinition);
	if (first <= 0) return undefined;
	const terms = lines.slice(0, first);
	if (terms.some((term) => term.length === 0)) return undefined;
	return { terms, definitions: definitionsOf(lines.slice(first)) };
}

/** A paragraph that is only definitions (a term's, after a blank line), or undefined. */
function looseDefinitions(paragraph: Paragraph): Line[][] | undefined {
	const lines = linesOf(paragraph.children);
	return lines[0] && opensDefinition(lines[0]) ? definitionsOf(lines) : undefined;
}

const definitionParagraph = (lines: readonly Line[]): Paragraph => ({ type: 'paragraph', children: joined(lines) });

function termParagraph(terms: readonly Line[]): Paragraph {
	const bold = (term: Line): PhrasingContent =>
		term.length === 1 && term[0]?.type === 'strong' ? term[0] : { type: 'strong', children: term };
	return {
		type: 'paragraph',
		children: terms.flatMap((term, index) => (index === 0 ? [bold(term)] : [{ type: 'break' } as const, bold(term)])),
	};
}

const itemOf = (entry: Entry): ListItem => ({
	type: 'listItem',
	spread: true,
	children: [termParagraph(entry.terms), ...entry.definitions.map(definitionParagraph)],
});

/** The definition lists of the tree as bullet lists, in every block that holds paragraphs. */
export function definitionLists(tree: Root): void {
	const made = new WeakSet<List>();
	const convert = (parent: Parents) => {
		if (!('children' in parent)) return;
		const kept: RootContent[] = [];
		const add = (entry: Entry) => {
			const previous = kept[kept.length - 1];
			if (previous?.type === 'list' && made.has(previous)) {
				previous.children.push(itemOf(entry));
				return;
			}
			const list: List = { type: 'list', ordered: false, spread: true, children: [itemOf(entry)] };
			made.add(list);
			kept.push(list);
		};
		for (const child of parent.children as RootContent[]) {
			if ('children' in child) convert(child);
			if (child.type === 'paragraph') {
				const entry = entryOf(child);
				if (entry) {
					add(entry);
					continue;
				}
				const definitions = looseDefinitions(child);
				const previous = kept[kept.length - 1];
				if (definitions && previous?.type === 'list' && made.has(previous)) {
					previous.children[previous.children.length - 1]?.children.push(...definitions.map(definitionParagraph));
					continue;
				}
				if (definitions && previous?.type === 'paragraph' && entryOf(previous) === undefined) {
					const terms = linesOf(previous.children);
					if (!terms.some((term) => term.length === 0)) {
						kept.pop();
						add({ terms, definitions });
						continue;
					}
				}
			}
			kept.push(child);
		}
		(parent as { children: RootContent[] }).children = kept;
	};
	convert(tree);
}
