import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HugoPageLookup, HugoPageRef } from '../convert/hugo-templates.ts';
import { splitFrontmatter } from './folder-pages.ts';

/** The files a ref may name: the path as written, with `.md`, or a bundle's `index.md` or a section's `_index.md`. */
export function pageFileCandidates(target: string): string[] {
	if (/\.(mdx?|mdoc|markdown)$/i.test(target)) return [target];
	const bare = target.replace(/\/+$/, '');
	return [
		...['md', 'mdx', 'markdown'].map((extension) => `${bare}.${extension}`),
		...['index.md', '_index.md', 'index.mdx', '_index.mdx'].map((name) => path.join(bare, name)),
	];
}

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() === true;

/**
 * The file at a path in any letter case, as Hugo finds pages (`entities/token` is
 * `entities/Token.md`): each folder on the way is read for the name in its case.
 */
function fileInAnyCase(start: string, relative: string): string | undefined {
	let current = start;
	for (const part of relative.split(/[\\/]+/).filter(Boolean)) {
		let names: string[];
		try {
			names = readdirSync(current);
		} catch {
			return undefined;
		}
		const found =
			names.find((name) => name === part) ?? names.find((name) => name.toLowerCase() === part.toLowerCase());
		if (!found) return undefined;
		current = path.join(current, found);
	}
	return isFile(current) ? current : undefined;
}

/** A page's `title` and `linkTitle`, as a template reads them. */
function titlesOf(file: string): Pick<HugoPageRef, 'title' | 'linkTitle'> {
	try {
		const { data } = splitFrontmatter(readFileSync(file, 'utf8'));
		const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
		return { title: text(data.title), linkTitle: text(data.linkTitle ?? data.linktitle) };
	} catch {
		return {};
	}
}

/**
 * How Hugo finds the page a `ref`, `relref` or `.Site.GetPage` names from a page: a path
 * with a leading slash from the content's root; any other first beside the page, then
 * from the root (`{{< relref "methods/apps" >}}` in `client/token.md` is the root's
 * `methods/apps.md`). The roots are the imported folder, then the site's content folder
 * (the imported folder may be a language's, `content/en`, or one section). The link is
 * the page's file from the page being read, which the import resolves like any link.
 */
export function hugoPageLookup(pageFile: string, roots: readonly string[]): HugoPageLookup {
	const from = path.dirname(pageFile);
	return (ref: string) => {
		const hash = ref.indexOf('#');
		const target = (hash === -1 ? ref : ref.slice(0, hash)).trim();
		const fragment = hash === -1 ? '' : ref.slice(hash);
		if (target === '') return undefined;
		const starts = target.startsWith('/') ? roots : [from, ...roots];
		for (const start of starts) {
			for (const relative of pageFileCandidates(target.replace(/^\/+/, ''))) {
				const candidate = fileInAnyCase(start, relative);
				if (!candidate) continue;
				const link = path.relative(from, candidate).split(path.sep).join('/');
				return { link: `${link.startsWith('.') ? link : `./${link}`}${fragment}`, ...titlesOf(candidate) };
			}
		}
		return undefined;
	};
}
