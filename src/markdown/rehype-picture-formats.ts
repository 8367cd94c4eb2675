import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { chooseGifFormat } from './picture-formats.ts';

/** A GIF beside the page (`./recordings/export.gif`), which Astro would turn into WebP. */
export function localGifPath(src: unknown, pageFile: string | undefined): string | undefined {
	if (typeof src !== 'string' || !pageFile) return undefined;
	const filePart = src.split(/[?#]/)[0] ?? '';
	if (!/\.gif$/i.test(filePart) || /^[a-z][a-z0-9+.-]*:|^\//i.test(src)) return undefined;
	try {
		return path.resolve(path.dirname(pageFile), decodeURI(filePart));
	} catch {
		return undefined;
	}
}

/**
 * Keeps a GIF of a page a GIF when its WebP would be heavier (see picture-formats.ts):
 * the picture gets the `format` Astro's image handling reads, for Markdown and MDX
 * pages alike. A picture whose author set a format or a size is left as written, and so
 * is one that cannot be read here, for Astro to report as it reports any missing picture.
 *
 * A Markdown page's render is cached with its text, choice included: a GIF replaced
 * under the same name keeps the format chosen for the old one until the page changes.
 */
export function rehypePictureFormats() {
	return async (tree: Root, file: { path?: string }) => {
		const pictures: { gif: string; element: Element }[] = [];
		visit(tree, 'element', (element) => {
			if (element.tagName !== 'img') return;
			const { src, format, width, height } = element.properties;
			const gif = localGifPath(src, file.path);
			if (gif && format === undefined && width === undefined && height === undefined) pictures.push({ gif, element });
		});
		for (const { gif, element } of pictures) {
			const bytes = await readFile(gif).catch(() => undefined);
			if (bytes && (await chooseGifFormat(bytes)) === 'original') element.properties.format = 'gif';
		}
	};
}
