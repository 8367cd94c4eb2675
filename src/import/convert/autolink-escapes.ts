import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withoutBackslashEscapes } from '../../markdown/backslash-escapes.ts';

/**
 * Escapes inside a bare web address (`https://example.org/opt\_out.html`, as GitBook and
 * editors that export Markdown write an underscore) as the characters they escape.
 * Markdown reads no escapes in a bare or `<…>` address, so the backslash would stay in the
 * link's words and, since browsers read `\` in an address as `/`, send readers to
 * `opt/_out.html`. A link written in full (`[words](…\_…)`) has had its escapes read
 * already, so only addresses that still hold one change, and the words showing the
 * address (all of it, or without `mailto:` or `http://`) change with them.
 */
export function unescapeBareAddresses(tree: Root): void {
	visit(tree, 'link', (node) => {
		const written = node.url;
		node.url = withoutBackslashEscapes(written);
		if (node.url === written) return;
		for (const child of node.children) {
			if (child.type === 'text' && child.value !== '' && written.endsWith(child.value)) {
				child.value = withoutBackslashEscapes(child.value);
			}
		}
	});
}
