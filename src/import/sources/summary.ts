import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Link, Root, RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/** GitBook's table of contents: the pages of a Git-synced space, in its order. */
export const SUMMARY_FILE = 'SUMMARY.md';

function links(nodes: RootContent[], into: Link[]) {
	for (const node of nodes) {
		if (node.type === 'link') into.push(node);
		if ('children' in node) links(node.children as RootContent[], into);
	}
}

/** The file a SUMMARY.md link leads to, `/`-separated (a folder's, `billing/`, is its README.md); none for another site or an anchor. */
function linkedFile(target: string): string | undefined {
	if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('#')) return undefined;
	let decoded = target.replace(/[?#].*$/, '');
	try {
		decoded = decodeURIComponent(decoded);
	} catch {
		// Keep it as written.
	}
	return path.posix.normalize(decoded.endsWith('/') ? `${decoded}README.md` : decoded);
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
	return new Set(summaryLinkedFiles(tree.children).map((page) => path.normalize(page)));
}

/**
 * The files a part of SUMMARY.md links, relative to the folder, `/`-separated (a folder's
 * link, `billing/`, is its README.md); links to other sites and anchors are none.
 */
export function summaryLinkedFiles(nodes: RootContent[]): string[] {
	const found: Link[] = [];
	links(nodes, found);
	return found.map((link) => linkedFile(link.url)).filter((file) => file !== undefined);
}

/**
 * Each page's name in a GitBook space's table of contents, the words of its SUMMARY.md
 * link (`* [Install the resource](fivem/installation.md)`), by file relative to the folder
 * with the system's separators (the first link to a file names it); undefined when the
 * folder has no SUMMARY.md. The sidebar showed these words, which often differ from the
 * page's own heading.
 */
export function summaryLabels(dir: string): Map<string, string> | undefined {
	const file = path.join(dir, SUMMARY_FILE);
	if (!existsSync(file)) return undefined;
	const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8')) as Root;
	const found: Link[] = [];
	links(tree.children, found);
	const labels = new Map<string, string>();
	for (const link of found) {
		const linked = linkedFile(link.url);
		const words = mdastText(link).trim();
		if (linked === undefined || words === '') continue;
		const key = path.normalize(linked);
		if (!labels.has(key)) labels.set(key, words);
	}
	return labels;
}

/** A GitBook space's configuration, `.gitbook.yaml`, beside its pages. */
export const GITBOOK_CONFIG = '.gitbook.yaml';

/** A redirect of a GitBook space: an old address under the space (`guides/old-name`) and the file it leads to. */
export interface GitbookRedirect {
	from: string;
	/** The file it leads to, relative to the folder with the system's separators; undefined when the folder has none such. */
	file: string | undefined;
	/** The entry as written, for the report. */
	written: string;
}

/**
 * The `redirects` of a Git-synced GitBook space's `.gitbook.yaml` (in the folder or the
 * one above it): each an old address of the space (`help: ./support.md`) that GitBook
 * led to a file of its `root`. A file is named by its path (`support.md`), or as editors
 * also write it, without `.md` (a folder's `README.md` by the folder). Undefined when
 * there is no configuration or it has no redirects.
 */
export function gitbookRedirects(dir: string): GitbookRedirect[] | undefined {
	const configDir = [dir, path.dirname(dir)].find((each) => existsSync(path.join(each, GITBOOK_CONFIG)));
	if (configDir === undefined) return undefined;
	let data: unknown;
	try {
		data = parseYaml(readFileSync(path.join(configDir, GITBOOK_CONFIG), 'utf8'));
	} catch {
		return undefined;
	}
	if (data === null || typeof data !== 'object') return undefined;
	// Editors leave invisible characters in keys (`\u200bstructure:`): keys are read without them.
	const entries = Object.entries(data as Record<string, unknown>).map(
		([key, value]) => [key.replace(/[\u200b-\u200d\ufeff]/g, '').trim(), value] as const,
	);
	const config = Object.fromEntries(entries);
	const redirects = config.redirects;
	if (redirects === null || typeof redirects !== 'object' || Array.isArray(redirects)) return undefined;
	const root = path.resolve(configDir, typeof config.root === 'string' ? config.root : '.');
	const found: GitbookRedirect[] = [];
	for (const [from, to] of Object.entries(redirects as Record<string, unknown>)) {
		if (typeof to !== 'string') continue;
		const wanted = to.trim().replace(/[?#].*$/, '');
		const candidates = /\.md$/i.test(wanted) ? [wanted] : [`${wanted}.md`, path.join(wanted, 'README.md'), wanted];
		const file = candidates
			.map((candidate) => path.relative(dir, path.resolve(root, candidate)))
			.find(
				(relative) => !relative.startsWith('..') && existsSync(path.join(dir, relative)) && /\.md$/i.test(relative),
			);
		found.push({
			from: from.replace(/^\.?\/+|\/+$/g, ''),
			file,
			written: `${GITBOOK_CONFIG}: redirect ${from} → ${to}`,
		});
	}
	return found.length > 0 ? found : undefined;
}
