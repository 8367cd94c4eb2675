/**
 * Whether a folder met while listing a site's files holds no pages of it: installed
 * dependencies (`node_modules`) and hidden folders (`.git`, `.vitepress/cache`).
 * Passed as `globSync`'s `exclude`, so their files are never even listed.
 */
export function isSkippedFolder(name: string): boolean {
	return name === 'node_modules' || name.startsWith('.');
}
