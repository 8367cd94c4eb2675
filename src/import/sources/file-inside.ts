import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether a file is there and inside a folder once symbolic links are followed: an
 * imported site's own files are read, never a file elsewhere on this machine that a
 * link in the site points at.
 */
export function isFileInside(folder: string, file: string): boolean {
	try {
		const relative = path.relative(realpathSync(folder), realpathSync(file));
		return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && statSync(file).isFile();
	} catch {
		return false;
	}
}
