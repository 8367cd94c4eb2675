import type { Blockquote, Html, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { asideNode } from './callouts.ts';
import type { OutputFormat } from './types.ts';

/** The title of every note the importer leaves for an author; search for it to find them all. */
export const IMPORT_NOTE_TITLE = 'Import note';

/**
 * A visible note where the source had something Markdown cannot hold (an iframe, a
 * form, a custom component): readers see that something is missing instead of a
 * silent gap, and the author finds it by its title.
 */
export function importNote(
	sentence: PhrasingContent[] | string,
	href: string | undefined,
	format: OutputFormat,
): RootContent {
	const children: PhrasingContent[] =
		typeof sentence === 'string' ? [{ type: 'text', value: sentence }] : [...sentence];
	if (href) {
		children.push({ type: 'text', value: ' ' });
		children.push({ type: 'link', url: href, children: [{ type: 'text', value: 'Open it' }] });
		children.push({ type: 'text', value: '.' });
	}
	const note = asideNode('caution', IMPORT_NOTE_TITLE, [{ type: 'paragraph', children }], format);
	return note satisfies MdxJsxFlowElement | Blockquote | RootContent;
}

/** "The original article had an embedded frame here; it was not imported." */
export function missingEmbed(what: string): string {
	return `The original article had ${what} here; it was not imported.`;
}

/** "The original page used a `<Tabs>` component here; its content follows without it." */
export function unconvertedComponent(name: string, hasContent: boolean): PhrasingContent[] {
	return [
		{ type: 'text', value: 'The original page used a ' },
		{ type: 'inlineCode', value: name },
		{ type: 'text', value: hasContent ? ' here; its content follows without it.' : ' here; it was not imported.' },
	];
}

/** An explicit anchor (`<a id="…"></a>`) for an id other articles link to that is not a heading. */
export function anchorNode(id: string, format: OutputFormat): RootContent {
	if (format === 'mdx') {
		return {
			type: 'mdxJsxFlowElement',
			name: 'a',
			attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
			children: [],
		} as MdxJsxFlowElement;
	}
	const safe = id.replace(/[^A-Za-z0-9_:.-]/g, '');
	return { type: 'html', value: `<a id="${safe}"></a>` } satisfies Html;
}

/** The same anchor inside a line of text (a table cell), where a block would end the line. */
export function inlineAnchorNode(id: string, format: OutputFormat): PhrasingContent {
	if (format === 'mdx') {
		return {
			type: 'mdxJsxTextElement',
			name: 'a',
			attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
			children: [],
		} as MdxJsxTextElement;
	}
	return { type: 'html', value: `<a id="${id.replace(/[^A-Za-z0-9_:.-]/g, '')}"></a>` } satisfies Html;
}

/** "The file linked here (checklist.pdf) could not be copied: 404 Not Found. …" */
export function missingFile(name: string, reason: string): string {
	return `The file linked here (${name}) could not be copied from the old help center: ${reason}. The link still leads to its old address, which stops working when the old help center goes.`;
}
