import type { Html, Parents, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString as mdastText } from 'mdast-util-to-string';
import {
	ADDRESS_ATTRIBUTES,
	addressScheme,
	isAddressAttribute,
	unsafeAddressReason,
} from '../../text/unsafe-address.ts';
import { importNote, missingEmbed } from './notes.ts';
import type { OutputFormat } from './types.ts';

/** Untrusted text in a review line: quoted, escaped, and short. */
function quoted(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 79)}…` : flat);
}

/** An address attribute of raw HTML, with its value as written. */
const HTML_ADDRESS = new RegExp(`\\s(${ADDRESS_ATTRIBUTES.join('|')})\\s*=\\s*("[^"]*"|'[^']*'|[^\\s"'=<>\`]+)`, 'gi');

/** Whether the import keeps an address: any but one that runs code (src/text/unsafe-address.ts). */
export function keepsAddress(url: string, kind: 'link' | 'picture'): boolean {
	return unsafeAddressReason(url, { picture: kind === 'picture' }) === undefined;
}

/**
 * The article's last pass, over every address it ends with, whatever wrote it (Markdown,
 * MDX, a help center's HTML, a docs generator's components): a link to an address that
 * runs code (`javascript:`, `vbscript:`, `data:text/html`) keeps its words as plain text,
 * such a picture becomes an import note (or goes, inside a line), a link definition to one
 * goes with the links that used it, and such an attribute of raw HTML or JSX goes. Returns
 * the review lines that say what was removed.
 */
export function removeUnsafeAddresses(tree: Root, format: OutputFormat): string[] {
	const review: string[] = [];
	const safe = keepsAddress;
	const scheme = (url: string) => `${addressScheme(url) ?? 'unknown'}:`;
	const dropped = new Set<string>();
	/** Checks the parent's children; says whether a picture went from among them. */
	const walk = (parent: Parents): boolean => {
		const children: RootContent[] = [];
		let pictureGone = false;
		for (const child of parent.children as RootContent[]) {
			if (child.type === 'definition' && !safe(child.url, 'link')) {
				dropped.add(child.identifier);
				review.push(
					`a link definition to a ${scheme(child.url)} address was removed: ${quoted(child.label ?? child.identifier)} (${quoted(child.url)})`,
				);
				continue;
			}
			if (child.type === 'link' && !safe(child.url, 'link')) {
				review.push(
					`a link to a ${scheme(child.url)} address was removed: ${quoted(mdastText(child))} (${quoted(child.url)}); its text stays`,
				);
				const holder = { type: 'paragraph', children: child.children } as Parents;
				if (walk(holder)) pictureGone = true;
				children.push(...(holder.children as RootContent[]));
				continue;
			}
			if (child.type === 'image' && !safe(child.url, 'picture')) {
				review.push(
					`a picture at a ${scheme(child.url)} address was removed: ${quoted(child.alt ?? '')} (${quoted(child.url)})`,
				);
				pictureGone = true;
				continue;
			}
			if (child.type === 'html') checkHtml(child);
			if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') checkJsx(child);
			if ('children' in child && walk(child)) {
				// A paragraph that was only the picture says where it stood, as a picture the import cannot read does.
				if (
					child.type === 'paragraph' &&
					mdastText(child).trim() === '' &&
					child.children.every((inner) => inner.type === 'text' || inner.type === 'break')
				) {
					children.push(importNote(missingEmbed('a picture'), undefined, format));
					continue;
				}
				pictureGone = true;
			}
			children.push(child);
		}
		parent.children = children as typeof parent.children;
		return pictureGone;
	};
	const checkHtml = (node: Html) => {
		node.value = node.value.replace(HTML_ADDRESS, (whole, name: string, value: string) => {
			const url = /^["']/.test(value) ? value.slice(1, -1) : value;
			if (safe(url, /^(?:src|poster)$/i.test(name) ? 'picture' : 'link')) return whole;
			review.push(`an HTML ${name} to a ${scheme(url)} address was removed (${quoted(url)})`);
			return '';
		});
	};
	const checkJsx = (node: MdxJsxFlowElement | MdxJsxTextElement) => {
		node.attributes = node.attributes.filter((attribute) => {
			if (attribute.type !== 'mdxJsxAttribute' || !isAddressAttribute(attribute.name)) return true;
			if (typeof attribute.value !== 'string' || safe(attribute.value, attribute.name === 'src' ? 'picture' : 'link'))
				return true;
			review.push(
				`the ${attribute.name} of <${node.name ?? ''}> to a ${scheme(attribute.value)} address was removed (${quoted(attribute.value)})`,
			);
			return false;
		});
	};
	walk(tree);
	if (dropped.size > 0) unlinkReferences(tree, dropped, review);
	return review;
}

/** Links and pictures that named a removed definition: a link keeps its words, a picture goes. */
function unlinkReferences(parent: Parents, dropped: ReadonlySet<string>, review: string[]) {
	const children: RootContent[] = [];
	for (const child of parent.children as RootContent[]) {
		if ((child.type === 'linkReference' || child.type === 'imageReference') && dropped.has(child.identifier)) {
			if (child.type === 'linkReference') {
				review.push(`a link to a removed definition lost its address: ${quoted(mdastText(child))}; its text stays`);
				children.push(...(child.children as RootContent[]));
			} else review.push(`a picture named by a removed definition was removed: ${quoted(child.alt ?? '')}`);
			continue;
		}
		if ('children' in child) unlinkReferences(child, dropped, review);
		children.push(child);
	}
	parent.children = children as typeof parent.children;
}
