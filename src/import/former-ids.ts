import { sourceIdOf } from './source-id.ts';
import type { SourceSystem } from './sources/types.ts';

/**
 * The ids an earlier import gave a page that this one reads from a site's pages folder
 * inside the folder it was named (`docs`, an MkDocs `docs_dir`, a VitePress `srcDir`,
 * mdBook's `src`, Hugo's `content/en`, `website/docs`…). Before the import found that
 * folder, it read the whole repository, so each page's id held the folder's path:
 * `docs/tour/budget` is `tour/budget` today, and the folder's own index page, `index`
 * today, was the folder's (`docs`, or `docs/index` when a `docs.md` sat beside it).
 * None for a pages folder that is not inside the folder named.
 */
export function formerPageIds(id: string, pagesFolder: string): string[] {
	const folder = pagesFolder.replace(/\\/g, '/').replace(/^\.\/+|\/+$/g, '');
	if (folder === '' || folder === '.' || folder.split('/').includes('..') || folder.startsWith('/')) return [];
	return id === 'index' ? [folder, `${folder}/index`] : [`${folder}/${id}`];
}

/** `formerPageIds` as `source` values (`folder:docs/tour/budget`), spelt as `sourceIdOf` spells them. */
export function formerSourceIds(system: SourceSystem, id: string, pagesFolder: string | undefined): string[] {
	return pagesFolder === undefined ? [] : formerPageIds(id, pagesFolder).map((former) => sourceIdOf(system, former));
}

/** An article already in the content folder, as `readExistingContent` lists it. */
export interface KnownArticle {
	file: string;
	slug: string;
	/** The `source` it was found by, when it was a former spelling of the page's, to be rewritten. */
	formerSourceId?: string;
}

/**
 * The article already here that a page of the import is: the one whose `source` is the
 * page's, else one whose `source` is a former spelling of it (`formerSourceIds`). An
 * article another page of this import already took (`claimed`, by file) is no one else's.
 */
export function knownArticle(
	bySource: ReadonlyMap<string, { file: string; slug: string }>,
	sourceId: string,
	formerIds: readonly string[],
	claimed: ReadonlySet<string>,
): KnownArticle | undefined {
	const same = bySource.get(sourceId);
	if (same) return claimed.has(same.file) ? undefined : same;
	for (const formerSourceId of formerIds) {
		const former = bySource.get(formerSourceId);
		if (former && !claimed.has(former.file)) return { ...former, formerSourceId };
	}
	return undefined;
}
