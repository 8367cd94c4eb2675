import { globSync } from 'node:fs';
import path from 'node:path';
import { contentLayout, slugFromFile } from '../content-model/paths.ts';

export type EntryKind = 'article' | 'runbook';

export interface ContentFile {
	kind: EntryKind;
	slug: string;
	/** Absolute path. */
	file: string;
}

/** The folder of each kind of entry inside the content folder. */
export function entryDir(contentDir: string, kind: EntryKind): string {
	return path.join(contentDir, kind === 'article' ? contentLayout.articles : contentLayout.runbooks);
}

/**
 * Every article and runbook file with its slug, found by name only: cheap enough
 * for commands that must not read and validate every file first.
 */
export function listContentFiles(contentDir: string): ContentFile[] {
	return (['article', 'runbook'] as const).flatMap((kind) => {
		const dir = entryDir(contentDir, kind);
		return globSync(contentLayout.pattern, { cwd: dir })
			.sort()
			.map((file) => ({ kind, slug: slugFromFile(file), file: path.join(dir, file) }));
	});
}
