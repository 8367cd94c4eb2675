import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { findMdxProblem } from '../../markdown/mdx-syntax.ts';
import { stringifyBody } from './body.ts';
import { importNote } from './notes.ts';
import type { OutputFormat } from './types.ts';

/** Why MDX cannot compile the text (`3:7: Expected a closing tag for <br>`), or undefined when it can. */
export function mdxProblem(text: string): string | undefined {
	const problem = findMdxProblem(text);
	if (problem === undefined) return undefined;
	return problem.line ? `${problem.line}:${problem.column ?? 1}: ${problem.reason}` : problem.reason;
}

function holdsHtml(node: Nodes): boolean {
	return node.type === 'html' || ('children' in node && (node.children as Nodes[]).some(holdsHtml));
}

function htmlAsText(parent: Parents) {
	const children = parent.children as RootContent[];
	children.forEach((child, index) => {
		if (child.type === 'html') children[index] = { type: 'text', value: child.value };
		else if ('children' in child) htmlAsText(child);
	});
}

/** The note left after a block whose HTML is shown as text. */
export const HTML_AS_TEXT =
	'Some HTML of the original article above could not be converted and is shown as text; rewrite it in Markdown or remove it.';

/**
 * Every raw HTML node becomes text, which the writer escapes, with an import note
 * after each top-level block that held one.
 */
function escapeRawHtml(tree: Root, format: OutputFormat): number {
	const out: RootContent[] = [];
	let blocks = 0;
	for (const child of tree.children) {
		if (!holdsHtml(child)) {
			out.push(child);
			continue;
		}
		blocks++;
		if (child.type === 'html') out.push({ type: 'paragraph', children: [{ type: 'text', value: child.value }] });
		else {
			htmlAsText(child as Parents);
			out.push(child);
		}
		out.push(importNote(HTML_AS_TEXT, undefined, format));
	}
	tree.children = out;
	return blocks;
}

export type Compiles = { review: string[] } | { unwritable: string };

/**
 * Makes sure the article's body compiles before anything of it is written: MDX is
 * parsed as the build parses it, and when it fails, the raw HTML in the tree is
 * turned into text (with an import note) and parsed again. An article that still
 * does not compile must not be written at all: one such file stops the whole build.
 */
export function ensureCompiles(tree: Root, format: OutputFormat): Compiles {
	if (format !== 'mdx') return { review: [] };
	const problem = mdxProblem(stringifyBody(tree, format));
	if (problem === undefined) return { review: [] };
	const left = escapeRawHtml(tree, format) > 0 ? mdxProblem(stringifyBody(tree, format)) : problem;
	if (left !== undefined)
		return { unwritable: `MDX cannot compile the converted article (${left}), so it was not written` };
	return {
		review: [`MDX could not compile its raw HTML (${problem}); the HTML is shown as text with an import note`],
	};
}
