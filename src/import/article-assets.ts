import type { Heading, List, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { unsafeAddressReason } from '../text/unsafe-address.ts';
import { type AssetRequest, copyAssets, expiredOn } from './assets.ts';
import { type ConvertedArticle, linkWords, replaceAssets } from './convert/article.ts';
import { importNote, missingFile } from './convert/notes.ts';
import type { OutputFormat } from './convert/types.ts';
import { fileKey, type ImportSource, type ListedAttachment, type SourceArticle } from './sources/types.ts';

/** What became of an article's images and files. */
export interface AssetsBrought {
	imagesCopied: number;
	attachmentsCopied: number;
	/** Lines for the report's "to review". */
	review: string[];
}

/**
 * The files a source lists with an article but its body does not link (Zendesk shows
 * them under the article), as a list under an "Attachments" heading at its end, so
 * they come over like the files the body links. Listed images shown in the body are
 * the body's business.
 */
function appendListed(
	tree: Root,
	listed: ListedAttachment[],
	linked: Set<string>,
	source: ImportSource,
	review: string[],
) {
	const files = listed.filter((file) => {
		if (file.inline || linked.has(fileKey(source.classify(file.url), file.url))) return false;
		if (unsafeAddressReason(file.url) === undefined) return true;
		// A listed file at an address that runs code is nothing to fetch or link.
		review.push(
			`a listed file whose address is no web address was left out: ${JSON.stringify(file.name)} (${JSON.stringify(file.url.slice(0, 80))})`,
		);
		return false;
	});
	if (files.length === 0) return [];
	const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Attachments' }] };
	const list: List = {
		type: 'list',
		ordered: false,
		spread: false,
		children: files.map((file) => ({
			type: 'listItem',
			spread: false,
			children: [
				{
					type: 'paragraph',
					children: [{ type: 'link', url: file.url, children: [{ type: 'text', value: file.name }] }],
				},
			],
		})),
	};
	tree.children.push(heading, list);
	return files;
}

/** A visible note after each top-level block that links a file that could not be copied. */
function noteMissing(tree: Root, missing: Map<string, { name: string; reason: string }>, format: OutputFormat) {
	const children: RootContent[] = [];
	for (const block of tree.children) {
		children.push(block);
		const found: { name: string; reason: string }[] = [];
		visit(block, 'link', (node) => {
			const file = missing.get(node.url);
			if (file && !found.includes(file)) found.push(file);
		});
		for (const file of found) children.push(importNote(missingFile(file.name, file.reason), undefined, format));
	}
	tree.children = children;
}

/**
 * Why a file the source signed could not be fetched, said first (its address is long and
 * the report cuts the line): the saved lists are older than the signature.
 */
function expiryHint(url: string): string {
	const expired = expiredOn(url, new Date());
	return expired ? ` (its signed address expired on ${expired}: import from the API again for fresh addresses)` : '';
}

/**
 * Brings an article's images and files over: the files its source lists with it
 * (when the body does not link them), then every image and file is copied into the
 * article's folder and its links pointed at the copy. One that cannot be copied
 * keeps its old address, is listed for review and, for a file, keeps a visible note
 * in the article: nothing is dropped silently.
 */
export async function bringAssets(
	item: SourceArticle,
	converted: ConvertedArticle,
	options: { source: ImportSource; articleFile: string; slug: string; dryRun: boolean; format: OutputFormat },
): Promise<AssetsBrought> {
	const { source } = options;
	const listed = (await source.listedAttachments?.(item)) ?? [];
	// The link resolver classified each linked file once already, and gave its key.
	const linked = new Set(converted.attachments.values());
	const review: string[] = [];
	const appended = appendListed(converted.tree, listed, linked, source, review);
	const linkedUrls = [...converted.attachments.keys()];
	const words = linkWords(converted.tree, linkedUrls);
	const requests: AssetRequest[] = [
		...linkedUrls.map((url) => ({ url, name: words.get(url) })),
		...appended.map((file) => ({ url: file.url, name: file.name })),
	];
	const images = await copyAssets(
		'image',
		converted.images.map((url) => ({ url, alternate: converted.imageAlternates.get(url) })),
		options,
	);
	const files = await copyAssets('attachment', requests, options);
	for (const [url, outcome] of images.outcomes) {
		if (outcome.kind === 'missing') {
			const shown = url.startsWith('data:') ? 'an inline (data:) image' : outcome.src;
			review.push(`image not copied${expiryHint(url)}, left at its old address: ${shown} (${outcome.reason})`);
		}
	}
	const missing = new Map<string, { name: string; reason: string }>();
	for (const request of requests) {
		const outcome = files.outcomes.get(request.url);
		if (outcome?.kind !== 'missing') continue;
		review.push(
			`file not copied${expiryHint(request.url)}, the link still leads to its old address: ${outcome.src} (${outcome.reason})`,
		);
		// Keyed by the address the link keeps, which is what the tree holds once the assets are replaced.
		missing.set(outcome.src, { name: request.name || outcome.src, reason: outcome.reason });
	}
	const sourcesOf = (outcomes: typeof images.outcomes) =>
		new Map([...outcomes].map(([url, outcome]) => [url, outcome.src] as const));
	replaceAssets(converted.tree, { images: sourcesOf(images.outcomes), links: sourcesOf(files.outcomes) });
	if (missing.size > 0) noteMissing(converted.tree, missing, options.format);
	return { imagesCopied: images.copied.length, attachmentsCopied: files.copied.length, review };
}
