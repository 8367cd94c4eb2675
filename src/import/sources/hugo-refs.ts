import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
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

const PAGE_FILE = /\.(mdx?|markdown)$/i;
const byNameCache = new Map<string, Map<string, string | null>>();

/**
 * The pages of a content folder by their bare name, as Hugo's index of them for refs
 * without a slash: a file's name without its extension (`oauth-scopes`), with it, or a
 * bundle's folder (`setup/index.md` as `setup`), in any letter case; a name two pages
 * share is null, as Hugo refuses an ambiguous ref.
 */
function pagesByName(root: string): Map<string, string | null> {
	const cached = byNameCache.get(root);
	if (cached) return cached;
	const names = new Map<string, string | null>();
	const add = (name: string, file: string) => {
		const key = name.toLowerCase();
		names.set(key, names.has(key) && names.get(key) !== file ? null : file);
	};
	const walk = (folder: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			const file = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (entry.isFile() && PAGE_FILE.test(entry.name)) {
				const bare = entry.name.replace(PAGE_FILE, '');
				if (bare === 'index' || bare === '_index') {
					if (folder !== root) add(path.basename(folder), file);
					continue;
				}
				add(bare, file);
				add(entry.name, file);
			}
		}
	};
	walk(root);
	byNameCache.set(root, names);
	return names;
}

/**
 * How Hugo finds the page a `ref`, `relref` or `.Site.GetPage` names from a page: a path
 * with a leading slash from the content's root; any other first beside the page, then
 * from the root (`{{< relref "methods/apps" >}}` in `client/token.md` is the root's
 * `methods/apps.md`), and a bare name found nowhere so is the one page of that name
 * (`{{< relref "oauth-scopes" >}}` is `api/oauth-scopes.md`). The roots are the imported folder, then the site's content folder
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
		const found = (file: string): HugoPageRef => {
			const link = path.relative(from, file).split(path.sep).join('/');
			return { link: `${link.startsWith('.') ? link : `./${link}`}${fragment}`, ...titlesOf(file) };
		};
		const starts = target.startsWith('/') ? roots : [from, ...roots];
		for (const start of starts) {
			for (const relative of pageFileCandidates(target.replace(/^\/+/, ''))) {
				const candidate = fileInAnyCase(start, relative);
				if (candidate) return found(candidate);
			}
		}
		// A bare name (`oauth-scopes`) found nowhere by its path: the one page of that name anywhere in the site.
		const named =
			target.includes('/') || roots[0] === undefined ? undefined : pagesByName(roots[0]).get(target.toLowerCase());
		return named ? found(named) : undefined;
	};
}
