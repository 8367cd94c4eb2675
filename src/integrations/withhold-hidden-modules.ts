import path from 'node:path';
import type { Plugin } from 'vite';

/** Query flags Astro puts on the module ids of content entries and of the images they show. */
const contentModuleFlag = 'astroContentModuleFlag';
const contentImageFlag = 'astroContentImageFlag';
const withheld = '\0tryblock:withheld-entry';

function inside(file: string, dir: string): boolean {
	return file.startsWith(dir + path.sep);
}

/**
 * A second lock behind the content loader, for the public build. Astro lists every
 * entry's module and images in `.astro/content-modules.mjs` and
 * `.astro/content-assets.mjs`, one pair of files per project: a stale pair from the
 * internal build, or one the internal build writes while this one runs, would pull
 * internal pages and their images into the bundle. Ids of entries this build does not
 * publish resolve to an empty module instead. An import from a content file that
 * reaches the runbooks or tickets folder, or an unpublished entry, stops the build;
 * `npm run check` reports those first, with the line to fix.
 */
export function withholdHiddenModules(options: {
	root: string;
	/** Folders whose files only published entries may use: articles, runbooks, tickets. */
	contentDir: string;
	entryDirs: string[];
	hiddenDirs: string[];
	/** Absolute paths of the entries this build publishes. */
	published: ReadonlySet<string>;
}): Plugin {
	const isUnpublishedEntry = (file: string) =>
		options.entryDirs.some((dir) => inside(file, dir)) && /\.mdx?$/.test(file) && !options.published.has(file);
	const isHidden = (file: string) => options.hiddenDirs.some((dir) => inside(file, dir)) || isUnpublishedEntry(file);
	return {
		name: 'tryblock:withhold-hidden-modules',
		enforce: 'pre',
		resolveId: {
			order: 'pre',
			async handler(source, importer, resolveOptions) {
				const query = source.includes('?') ? new URLSearchParams(source.slice(source.indexOf('?') + 1)) : undefined;
				if (query?.has(contentModuleFlag) || query?.has(contentImageFlag)) {
					const owner = query.get('fileName') ?? query.get('importer');
					if (owner && isUnpublishedEntry(path.resolve(options.root, owner))) return withheld;
					return null;
				}
				const from = importer?.split('?')[0];
				if (!from || !inside(from, options.contentDir)) return null;
				const resolved = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true });
				const target = resolved?.id.split('?')[0];
				if (target && isHidden(target)) {
					this.error(
						`${path.relative(options.root, from)} imports ${path.relative(options.root, target)}, which the public site must not contain; run npm run check for the line to fix`,
					);
				}
				return resolved;
			},
		},
		load(id) {
			return id === withheld ? 'export default {};' : null;
		},
	};
}
