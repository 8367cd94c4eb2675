import path from 'node:path';
import type { Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { type AttachmentOwner, attachmentTarget, isAttachmentLink } from '../attachments/links.ts';
import { entryDir } from '../content-model/entry-files.ts';
import { resolveContentDir, slugFromFile } from '../content-model/paths.ts';

/** The article or runbook a rendered file is, from where it lies in the content folder. */
function ownerOf(file: string | undefined, contentDir: string): AttachmentOwner | undefined {
	if (!file) return undefined;
	const absolute = path.resolve(file);
	for (const kind of ['article', 'runbook'] as const) {
		if (absolute.startsWith(entryDir(contentDir, kind) + path.sep)) return { kind, slug: slugFromFile(absolute), file };
	}
	return undefined;
}

/**
 * Points each link to a file beside the page (`./verify-your-domain/checklist.pdf`)
 * at the address the build serves it at, `/articles/verify-your-domain/checklist.pdf`:
 * a link relative to the source file would otherwise resolve against the page's
 * address and miss. Only the address is computed here, never the disk read, so a
 * cached render stays right; the attachments integration copies the files and stops
 * the build when one is missing.
 */
export function rehypeAttachmentLinks(options: { contentDir?: string } = {}) {
	const contentDir = options.contentDir ?? resolveContentDir();
	return (tree: Root, file: { path?: string }) => {
		const owner = ownerOf(file.path, contentDir);
		if (!owner) return;
		const served = (href: string) => {
			if (!isAttachmentLink(href)) return undefined;
			const target = attachmentTarget(owner, href);
			return target.ok ? target.url : undefined;
		};
		visit(tree, (node) => {
			if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
				node.properties.href = served(node.properties.href) ?? node.properties.href;
				return;
			}
			if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
				const element = node as MdxJsxTextElementHast | MdxJsxFlowElementHast;
				const href = element.attributes.find(
					(attribute): attribute is MdxJsxAttribute =>
						attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string',
				);
				const url = href ? served(href.value as string) : undefined;
				if (href && url) href.value = url;
			}
		});
	};
}
