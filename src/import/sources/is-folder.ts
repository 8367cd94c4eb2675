import { statSync } from 'node:fs';

/** Whether a folder is there: a missing path, or a file by that name, is none. */
export function isFolder(folder: string): boolean {
	return statSync(folder, { throwIfNoEntry: false })?.isDirectory() === true;
}
