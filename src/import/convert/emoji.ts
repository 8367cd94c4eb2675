import { nameToEmoji } from 'gemoji';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * A shortcode as GitHub, Docsify and MkDocs' emoji extension write one: `:tada:`, `:+1:`,
 * not run into a word or a number (`a:b:c`, `10:30:45`), as GitHub reads them.
 */
const SHORTCODE = /(?<![\p{L}\p{N}_]):([a-z0-9_+-]+):(?![\p{L}\p{N}_])/gu;

/**
 * Emoji shortcodes (`:warning:`, `:white_check_mark:`) as the emoji the old site
 * showed for them: the help center's Markdown draws no shortcodes, so they would
 * stand as their names. Only names GitHub's emoji list knows change; code stays as
 * written, and so does anything else between colons (`:id=`, a table's `:---:`).
 */
export function shortcodeEmoji(tree: Root): void {
	visit(tree, 'text', (node) => {
		if (!node.value.includes(':')) return;
		node.value = node.value.replace(SHORTCODE, (written, name: string) =>
			Object.hasOwn(nameToEmoji, name) ? (nameToEmoji[name] ?? written) : written,
		);
	});
}
