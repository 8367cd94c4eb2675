import { type EntryFile, scanEntryFiles } from '../content-model/entry-files.ts';

export type { EntryKind } from '../content-model/entry-files.ts';
export { entryDir } from '../content-model/entry-files.ts';
export type ContentFile = EntryFile;

/**
 * Every article and runbook file with its slug, found by name only: cheap enough
 * for commands that must not read and validate every file first. Files with a name
 * that is not a valid slug are listed too, so `new` never creates their case twin,
 * and so are links and folders named like entries, which `link` refuses to edit.
 */
export function listContentFiles(contentDir: string): ContentFile[] {
	const { files, misnamed, notFiles } = scanEntryFiles(contentDir);
	return [...files, ...misnamed, ...notFiles].sort((a, b) =>
		a.kind !== b.kind ? (a.kind === 'article' ? -1 : 1) : a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
	);
}
