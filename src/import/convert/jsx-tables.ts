import type { Element, ElementContent, Root as HastRoot, Properties } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { type State, toHast } from 'mdast-util-to-hast';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Attributes whose JSX name is not the HTML converter's property name. */
const PROPERTY_NAMES: Record<string, string> = { colspan: 'colSpan', rowspan: 'rowSpan' };
/** Attributes that only style the element: nothing of them comes over. */
const STYLING = new Set(['class', 'classname', 'style']);

/** What a JSX element inside the table is, when the converter can read it: an HTML element's name, or why not. */
export type JsxTableResult = { kind: 'hast'; tree: HastRoot } | { kind: 'unreadable'; what: string };

/** The elements that hold rows and cells, not words. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);

/**
 * A table part's rows or cells. MDX reads cells written on lines one after another
 * (`<td>a</td>` then `<td>b</td>`) as a paragraph of them, whose lines' ends are text:
 * the cells themselves, without them.
 */
function rowsAndCells(children: readonly ElementContent[]): ElementContent[] {
	return children.flatMap((child) => {
		if (child.type === 'text') return child.value.trim() === '' ? [] : [child];
		return child.type === 'element' && child.tagName === 'p' ? rowsAndCells(child.children) : [child];
	});
}

function properties(node: Jsx): Properties {
	const found: Properties = {};
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || STYLING.has(attribute.name.toLowerCase())) continue;
		// `{expressions}` are code the import does not run; a plain value or a bare attribute is read.
		if (attribute.value !== null && typeof attribute.value !== 'string') continue;
		const name = PROPERTY_NAMES[attribute.name.toLowerCase()] ?? attribute.name;
		found[name] = attribute.value ?? true;
	}
	return found;
}

/**
 * An HTML table written in an MDX page (`<table><tr><td>…</td></tr></table>`, as Docusaurus
 * reads every `.md` page), whose elements MDX parses as JSX: the same table as HTML, for
 * the HTML converter to make a Markdown table of, as it does a help center's. Unwrapped
 * instead, as other plain elements are, its cells would run into one another's words.
 * Markdown inside a cell (`**bold**`, links, pictures) comes along. A component inside it
 * (`<PlanBadge />`), or an expression other than blank space, is code the import cannot
 * read as HTML: then the table is unreadable, and `what` names the first such thing.
 */
export function jsxTableHast(table: Jsx): JsxTableResult {
	let unreadable: string | undefined;
	const element = (state: State, node: Jsx): Element | undefined => {
		const name = node.name ?? '';
		if (!/^[a-z][a-z0-9]*$/.test(name)) {
			unreadable ??= name === '' ? 'a fragment (<>)' : `the <${name}> component`;
			return undefined;
		}
		const children = state.all(node as unknown as MdastNodes) as ElementContent[];
		return {
			type: 'element',
			tagName: name,
			properties: properties(node),
			children: TABLE_PARTS.has(name) ? rowsAndCells(children) : children,
		};
	};
	const expression = (_state: State, node: { value: string }) => {
		const code = node.value.trim();
		if (code !== '' && !/^(["'`])\s*\1$/.test(code) && !/^\/\*[\s\S]*\*\/$/.test(code))
			unreadable ??= `the expression {${code.slice(0, 40)}}`;
		return undefined;
	};
	const root = toHast(table as unknown as MdastNodes, {
		handlers: {
			mdxJsxFlowElement: element,
			mdxJsxTextElement: element,
			mdxFlowExpression: expression,
			mdxTextExpression: expression,
		},
	});
	if (unreadable !== undefined) return { kind: 'unreadable', what: unreadable };
	const tree: HastRoot = root.type === 'root' ? root : { type: 'root', children: [root as ElementContent] };
	return { kind: 'hast', tree };
}
