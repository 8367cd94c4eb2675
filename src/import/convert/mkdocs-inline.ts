import type { Paragraph, Parents, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ConversionNote } from './types.ts';

/**
 * pymdownx.inlinehilite highlights inline code that names its language first,
 * `` `#!python print("hi")` `` or `` `:::python print("hi")` ``, and shows only the
 * code. The help center highlights no inline code: the code stays, its language goes,
 * where the reader would see `#!python` before it. A shebang (`#!/bin/sh`) names no
 * language and stays.
 */
const LANGUAGE_FIRST = /^(?:#!|:::)[\w#.+-]+ (?=\S)/;

export function inlineHiliteCode(tree: Root): void {
	visit(tree, 'inlineCode', (node) => {
		node.value = node.value.replace(LANGUAGE_FIRST, '');
	});
}

/**
 * A paragraph of `[TOC]`: Python-Markdown's toc extension, which MkDocs always loads,
 * puts the page's table of contents there. An article shows its own ("On this page"),
 * so the marker goes, noted with its line, where it would show as words.
 */
export function withoutTocMarker(
	tree: Root,
	notes: ConversionNote[],
	fileLine: (line: number) => number | undefined,
): void {
	const isMarker = (node: RootContent): node is Paragraph =>
		node.type === 'paragraph' &&
		node.children.length === 1 &&
		node.children[0]?.type === 'text' &&
		node.children[0].value.trim() === '[TOC]';
	const walk = (parent: Parents) => {
		parent.children = (parent.children as RootContent[]).filter((child) => {
			if (isMarker(child)) {
				const line = child.position ? fileLine(child.position.start.line) : undefined;
				notes.push({
					level: 'info',
					message: "the [TOC] marker (the old site's table of contents) removed: an article shows its own",
					...(line === undefined ? {} : { line }),
				});
				return false;
			}
			if ('children' in child) walk(child as Parents);
			return true;
		}) as typeof parent.children;
	};
	walk(tree);
}
