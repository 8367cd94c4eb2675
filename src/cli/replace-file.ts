import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface ReplaceOptions {
	/** Permission bits to give the new file (e.g. the mode of the file it replaces). Default: 0666 less the umask. */
	mode?: number;
	/** Owner to give the new file, when the process may (root editing another user's file). */
	owner?: { uid: number; gid: number };
}

/**
 * A new file beside `file`, under a name nobody can guess, created exclusively
 * (`O_CREAT | O_EXCL`, which also refuses a symbolic link planted at that name).
 */
function createTemporary(file: string, mode: number): { temporary: string; fd: number } {
	for (let attempt = 0; ; attempt++) {
		const temporary = path.join(
			path.dirname(file),
			`.${path.basename(file)}.${randomBytes(8).toString('hex')}.tryblock.tmp`,
		);
		try {
			return { temporary, fd: openSync(temporary, 'wx', mode) };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 4) throw error;
		}
	}
}

/**
 * Writes `text` to `file` so that the file is, at every moment, either the old one
 * or the complete new one: the text goes to an exclusive temporary file in the
 * same folder, which then takes the file's place by rename. The rename replaces
 * the directory entry, so another hard link to the old file keeps its content, and
 * a symbolic link at `file` is replaced rather than followed: callers that must
 * refuse links check for them first.
 */
export function replaceFile(file: string, text: string, options: ReplaceOptions = {}): void {
	const { temporary, fd } = createTemporary(file, options.mode ?? 0o666);
	try {
		try {
			const bytes = Buffer.from(text, 'utf8');
			let written = 0;
			while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
			// The umask applied at creation; an explicit mode is restored exactly.
			if (options.mode !== undefined) fchmodSync(fd, options.mode);
			if (options.owner && process.getuid?.() === 0) fchownSync(fd, options.owner.uid, options.owner.gid);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		renameSync(temporary, file);
	} catch (error) {
		try {
			unlinkSync(temporary);
		} catch {
			// Already renamed or never written: nothing to clean up.
		}
		throw error;
	}
}
