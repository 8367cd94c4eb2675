import type { Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const isBlank = (node: Link['children'][number]) => node.type === 'text' && node.value.trim() === '';

/**
 * Names a link made only of pictures with no alternative text by the pictures' titles:
 * `[![](avatar.png "Ana Lima")](https://…/ana)`, the way contributor lists and badges
 * are written, is a link with no name (a screen reader says its address, and axe calls
 * it serious), while the title the author gave says what it is. The title becomes the
 * picture's alternative text, and so the link's name. A link with words of its own, or
 * a picture that already has alternative text, is left as it is.
 */
export function remarkLinkedImageAlt() {
	return (tree: Root) => {
		visit(tree, 'link', (link) => {
			const pictures = link.children.filter((child): child is Image => child.type === 'image');
			if (pictures.length === 0 || !link.children.every((child) => child.type === 'image' || isBlank(child))) return;
			if (pictures.some((picture) => picture.alt?.trim())) return;
			for (const picture of pictures) if (picture.title?.trim()) picture.alt = picture.title.trim();
		});
	};
}
