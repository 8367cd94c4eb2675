import type { Nodes, Root } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { IMPORT_NOTE_TITLE } from './notes.ts';

/** Elements that are something to see without any words. */
const SHOWN_WITHOUT_WORDS = new Set(['img', 'picture', 'svg', 'video', 'audio', 'iframe', 'object', 'embed']);

/** The import's own note (`importNote`), in either format. */
function isImportNote(node: Nodes): boolean {
	if (node.type === 'mdxJsxFlowElement')
		return (
			node.name === 'Aside' &&
			node.attributes.some(
				(entry) => entry.type === 'mdxJsxAttribute' && entry.name === 'title' && entry.value === IMPORT_NOTE_TITLE,
			)
		);
	if (node.type !== 'blockquote') return false;
	const [first] = node.children;
	const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
	return lead?.type === 'strong' && mdastText(lead) === `${IMPORT_NOTE_TITLE}:`;
}

/**
 * Whether a converted Markdown body holds nothing to read: no words outside headings, no
 * picture, only the import's notes for components that showed nothing it could read
 * (a theme's `<NotFound />`), comments or nothing. A note that links what was left out
 * (an embedded frame) is something.
 */
export function mdastHoldsNothing(tree: Root): boolean {
	const something = (node: Nodes): boolean => {
		switch (node.type) {
			case 'heading':
			case 'html':
			case 'thematicBreak':
			case 'definition':
			case 'mdxjsEsm':
				return false;
			case 'image':
			case 'imageReference':
			case 'code':
			case 'inlineCode':
				return true;
			case 'text':
				return node.value.trim() !== '';
		}
		if (isImportNote(node)) return JSON.stringify(node).includes('"type":"link"');
		if (
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
			SHOWN_WITHOUT_WORDS.has(node.name ?? '')
		)
			return true;
		return 'children' in node && (node.children as Nodes[]).some(something);
	};
	return !something(tree);
}
