import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** GitBook's table of contents: the pages of a Git-synced space, in its order. */
export const SUMMARY_FILE = 'SUMMARY.md';

function linkTargets(nodes: RootContent[], into: string[]) {
	for (const node of nodes) {
		if (node.type === 'link') into.push(node.url);
		if ('children' in node) linkTargets(node.children as RootContent[], into);
	}
}

/**
 * The files a GitBook space's SUMMARY.md lists (relative to the folder, with the
 * system's separators), or undefined when the folder has none. GitBook publishes only
 * those: a file it does not list is a leftover the old site never showed.
 */
export function summaryPages(dir: string): Set<string> | undefined {
	const file = path.join(dir, SUMMARY_FILE);
	if (!existsSync(file)) return undefined;
	const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8')) as Root;
	const targets: string[] = [];
	linkTargets(tree.children, targets);
	const pages = new Set<string>();
	for (const target of targets) {
		if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('#')) continue;
		let decoded = target.replace(/[?#].*$/, '');
		try {
			decoded = decodeURIComponent(decoded);
		} catch {
			// Keep it as written.
		}
		pages.add(path.normalize(decoded.endsWith('/') ? `${decoded}README.md` : decoded));
	}
	return pages;
}
