import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { type LoadedContent, loadContent, publishedFiles } from './content.ts';
import { type EntryKind, entryDir } from './entry-files.ts';
import { formatProblemPlain } from './errors.ts';
import { frontmatterCacheDir } from './frontmatter-cache.ts';
import { slugFromFile } from './paths.ts';
import type { Audience } from './schemas/article.ts';

/** Glob syntax in a folder name must match literally. */
function escapeGlob(text: string): string {
	return text.replace(/[\\()[\]{}*?!+@|]/g, '\\$&');
}

/** Names per brace group: one pattern per folder keeps matching fast; picomatch limits a pattern's length. */
const namesPerPattern = 200;

/**
 * Glob patterns that match exactly `files` (paths relative to the base folder) and
 * nothing else. File names are valid slugs with .md or .mdx, so only folder names
 * need escaping.
 */
export function exactPatterns(files: readonly string[]): string[] {
	const byFolder = new Map<string, string[]>();
	for (const file of files) {
		const folder = path.posix.dirname(file);
		const names = byFolder.get(folder) ?? [];
		names.push(path.posix.basename(file));
		byFolder.set(folder, names);
	}
	const patterns: string[] = [];
	for (const [folder, names] of byFolder) {
		const prefix = folder === '.' ? '' : `${escapeGlob(folder)}/`;
		for (let start = 0; start < names.length; start += namesPerPattern) {
			const group = names.slice(start, start + namesPerPattern).map(escapeGlob);
			patterns.push(group.length === 1 ? `${prefix}${group[0]}` : `${prefix}{${group.join(',')}}`);
		}
	}
	return patterns;
}

/** The files of one kind a build for `audience` publishes, relative to their folder. */
function publishedRelative(content: LoadedContent, audience: Audience, kind: EntryKind): string[] {
	const base = entryDir(content.contentDir, kind);
	return publishedFiles(content, audience, kind)
		.map((file) => path.relative(base, file).split(path.sep).join('/'))
		.sort();
}

/** Slugs are file names, whatever folder an author files an entry in. */
const generateId = ({ entry }: { entry: string }) => slugFromFile(entry);

/**
 * Content loaders that give Astro only the entries this build publishes, one per
 * collection. They read the content folder with the same reader and the same
 * visibility rule as the content guard, `npm run check` and every command, and hand
 * Astro's `glob` loader exactly those files: a runbook, an internal article or a
 * draft never enters the public build's content layer, so nothing of theirs (images,
 * imports, headings) is processed, and nothing of theirs can leak. Both collections
 * share one reading of the folder. In `astro dev` they reload when a file in their
 * folder changes, so an article that becomes internal disappears at once.
 */
export function publishedEntriesLoaders(options: {
	contentDir: string;
	audience: Audience;
}): Record<EntryKind, Loader> {
	let content: LoadedContent | undefined;
	const read = () => {
		content ??= loadContent(options.contentDir, { cacheDir: frontmatterCacheDir() });
		return content;
	};
	const listeners = new Set<(changed: string) => void>();
	let watching = false;
	const watch = (watcher: NonNullable<LoaderContext['watcher']>) => {
		if (watching) return;
		watching = true;
		const changed = (file: string) => {
			content = undefined;
			for (const listener of listeners) listener(file);
		};
		for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, changed);
	};

	const loader = (kind: EntryKind): Loader => {
		const base = entryDir(options.contentDir, kind);
		const sync = async (context: LoaderContext) => {
			const current = read();
			// The content guard stops a build on any problem before this runs; in `astro dev`
			// an edit can break a file, which then drops out until it is fixed.
			for (const problem of current.problems) {
				if (path.resolve(problem.file).startsWith(base + path.sep)) context.logger.error(formatProblemPlain(problem));
			}
			const files = publishedRelative(current, options.audience, kind);
			if (files.length === 0) {
				context.store.clear();
				return;
			}
			const globLoader = glob({ pattern: exactPatterns(files), base, generateId });
			// Without the watcher, `glob` registers no listeners of its own: these loaders decide what reloads.
			await globLoader.load({ ...context, watcher: undefined });
		};
		return {
			name: 'tryblock:published-entries',
			async load(context) {
				await sync(context);
				const { watcher } = context;
				if (!watcher) return;
				watcher.add(base);
				watch(watcher);
				let pending: Promise<void> = Promise.resolve();
				listeners.add((changed) => {
					if (!changed.startsWith(base + path.sep)) return;
					pending = pending
						.then(() => sync(context))
						.catch((error: Error) => context.logger.error(`reloading ${kind}s failed: ${error.message}`));
				});
			},
		};
	};
	return { article: loader('article'), runbook: loader('runbook') };
}
