import { displayPath } from '../content-model/paths.ts';
import { inline } from './untrusted-text.ts';

/** An error the operating system raised about a path (`fs`), as Node reports it. */
export interface SystemError extends Error {
	code: string;
	syscall: string;
	path?: string;
	dest?: string;
}

/** What each error code means for the person who named the path. */
const reasons: Record<string, string> = {
	ENOENT: 'no such file or folder',
	ENOTDIR: 'a part of the path is a file, not a folder',
	EISDIR: 'is a folder, where a file was expected',
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	ELOOP: 'is a symbolic link loop (or a chain of links too long to follow)',
	EEXIST: 'already exists',
	ENOTEMPTY: 'the folder is not empty',
	EROFS: 'the file system is read-only',
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EMFILE: 'too many open files',
	ENAMETOOLONG: 'the name is too long',
	EBUSY: 'the file is busy',
	EXDEV: 'cannot move a file across file systems',
	EFBIG: 'the file is too big',
	EIO: 'input/output error',
};

const verbs: Record<string, string> = {
	open: 'cannot open',
	read: 'cannot read',
	write: 'cannot write',
	scandir: 'cannot list',
	opendir: 'cannot list',
	stat: 'cannot read',
	lstat: 'cannot read',
	mkdir: 'cannot create',
	rename: 'cannot replace',
	unlink: 'cannot remove',
	realpath: 'cannot resolve',
	readlink: 'cannot read the link',
	copyfile: 'cannot copy',
};

export function isSystemError(error: unknown): error is SystemError {
	return (
		error instanceof Error &&
		typeof (error as Partial<SystemError>).code === 'string' &&
		typeof (error as Partial<SystemError>).syscall === 'string'
	);
}

/**
 * A file-system error as one line, path first: `reports/x.json: cannot open: no such
 * file or folder (ENOENT)`. Such errors come from the paths and files a person
 * gave a command, so they are input problems (exit 2), not crashes.
 */
export function describeSystemError(error: SystemError): string {
	const where = error.path ? `${inline(displayPath(error.path))}: ` : '';
	const verb = verbs[error.syscall] ?? `${error.syscall} failed`;
	const reason = reasons[error.code] ?? inline(error.message.replace(/^[A-Z]+: /, '').split(',')[0] ?? error.code);
	return `${where}${verb}: ${reason} (${error.code})`;
}
