import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';

/**
 * A line break in a table cell (`first line<br>second line`, as authors write one in a
 * Markdown table, or an editor's paragraphs in a cell) written as `<br />`: a GFM cell
 * holds no line ending, so the writer would put a space there and run the lines into
 * one. HTML's `<br />` is the break Markdown tables take (and MDX reads as the element).
 */
export const cellBreak: Handle = (node, parent, state, info) =>
	state.stack.includes('tableCell') ? '<br />' : defaultHandlers.break(node, parent, state, info);
