import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { firstHeading, splitFrontmatter } from './folder-pages.ts';
import { sectionTitle } from './nav-code.ts';
import type { NavSections } from './nav-sections.ts';
import type { RedoclySite } from './redocly.ts';
import { isSkippedFolder } from './skipped-folders.ts';

/**
 * The sections of a Redocly project's `sidebars.yaml` files (the root's, and one in any
 * folder, as a blog keeps its own), read as data: a `group` (`- group: Billing` with its
 * `items`) and a page that holds `items` (a section named by its `label`, else by its page's
 * title, as the sidebar showed it), nested; each `page:` entry (`docs/setup.md`, relative to
 * the file's folder, or `/docs/setup.md` from the project's root) sits in the sections
 * around it, a section's own page in its section. Each page by its path in the imported folder.
 */
export function redoclyNavSections(site: RedoclySite, dir: string, files: readonly string[]): NavSections | undefined {
	const sidebars = globSync('**/sidebars.{yaml,yml}', {
		cwd: site.root,
		exclude: (name) => {
			const base = path.basename(name);
			return isSkippedFolder(base) || base === '@l10n' || base === '@theme';
		},
	}).sort();
	if (sidebars.length === 0) return undefined;
	const inFolder = new Set(files.map((file) => file.split(path.sep).join('/')));
	const sections: NavSections = new Map();
	/** A page entry's file in the imported folder, if it is one of its pages. */
	const pageOf = (page: string, from: string): string | undefined => {
		const bare = page.replace(/[#?].*$/, '');
		const file = bare.startsWith('/') ? path.join(site.root, bare) : path.resolve(from, bare);
		const relative = path.relative(dir, file).split(path.sep).join('/');
		return inFolder.has(relative) ? relative : undefined;
	};
	const titleOf = (page: string, from: string): string | undefined => {
		const bare = page.replace(/[#?].*$/, '');
		const file = bare.startsWith('/') ? path.join(site.root, bare) : path.resolve(from, bare);
		if (!/\.(mdx?|markdown|mdoc)$/i.test(file) || !existsSync(file)) return undefined;
		const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
		return sectionTitle(data.title) ?? sectionTitle(firstHeading(body));
	};
	const walk = (items: unknown, from: string, around: readonly string[]) => {
		if (!Array.isArray(items)) return;
		for (const item of items) {
			if (!item || typeof item !== 'object') continue;
			const entry = item as Record<string, unknown>;
			const page = typeof entry.page === 'string' ? entry.page : undefined;
			const inner = entry.items;
			const title = Array.isArray(inner)
				? (sectionTitle(entry.group) ??
					sectionTitle(entry.label) ??
					(page === undefined ? undefined : titleOf(page, from)))
				: undefined;
			const within = title ? [...around, title] : around;
			const file = page === undefined ? undefined : pageOf(page, from);
			if (file && within.length > 0 && !sections.has(file)) sections.set(file, within);
			walk(inner, from, within);
		}
	};
	for (const sidebar of sidebars) {
		const file = path.join(site.root, sidebar);
		let data: unknown;
		try {
			data = parse(readFileSync(file, 'utf8'));
		} catch {
			continue;
		}
		walk(data, path.dirname(file), []);
	}
	return sections.size > 0 ? sections : undefined;
}
