import type { Definition, Image, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Reference-style images (`![Logo][logo]` with `[logo]: ./logo.svg`) as inline images.
 * The help center's build knows a definition only as a link, so a definition standing
 * for an SVG would be refused as a file browsers run as a page; written inline, the
 * picture is an image like any other and is copied beside the article. A definition
 * that only images used goes with them; one a link still uses stays.
 */
export function inlineImageReferences(tree: Root): void {
	const definitions = new Map<string, Definition>();
	visit(tree, 'definition', (node) => {
		if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
	});
	if (definitions.size === 0) return;
	const linked = new Set<string>();
	visit(tree, 'linkReference', (node) => {
		linked.add(node.identifier);
	});
	const inlined = new Set<string>();
	visit(tree, 'imageReference', (node, index, parent) => {
		const definition = definitions.get(node.identifier);
		if (!definition || !parent || index === undefined) return;
		const image: Image = { type: 'image', url: definition.url, title: definition.title ?? null, alt: node.alt ?? '' };
		parent.children[index] = image;
		inlined.add(node.identifier);
		return SKIP;
	});
	visit(tree, 'definition', (node, index, parent) => {
		if (!parent || index === undefined || !inlined.has(node.identifier) || linked.has(node.identifier)) return;
		parent.children.splice(index, 1);
		return [SKIP, index];
	});
}
