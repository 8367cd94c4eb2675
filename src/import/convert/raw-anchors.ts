import type { Nodes, PhrasingContent, Text } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';

const OPENING_ANCHOR = /<a(?:\s[^>]*)?>/gi;
const CLOSING_ANCHOR = /<\/a\s*>/gi;

/**
 * Takes the links GFM found in bare addresses back to words where they stand inside a
 * raw `<a>` (`<a href="https://x">https://x</a>`). Markdown links the address between
 * the tags on its own; HTML then cannot nest the two links, so the page would show
 * the address twice. A bare address outside any `<a>`, or a link written as Markdown,
 * stays a link.
 */
export function unlinkAddressesInAnchors(node: Nodes, source: string): void {
	let open = 0;
	const walk = (parent: Nodes) => {
		if (!('children' in parent)) return;
		const children = parent.children as Nodes[];
		children.forEach((child, index) => {
			if (child.type === 'html') {
				open += (child.value.match(OPENING_ANCHOR) ?? []).length;
				open = Math.max(0, open - (child.value.match(CLOSING_ANCHOR) ?? []).length);
			} else if (child.type === 'link' && open > 0 && isBareAddress(child, source)) {
				children[index] = { type: 'text', value: mdastText(child), position: child.position } satisfies Text;
			} else walk(child);
		});
	};
	walk(node);
}

/** Whether GFM made the link of an address written bare: its source is neither `[words](…)` nor `<…>`. */
function isBareAddress(link: Extract<PhrasingContent, { type: 'link' }>, source: string): boolean {
	const start = link.position?.start.offset;
	if (start === undefined) return false;
	return source[start] !== '[' && source[start] !== '<';
}
