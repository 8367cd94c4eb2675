import { type Dirent, lstatSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../cli/run.ts';
import { inline } from '../cli/untrusted-text.ts';
import { displayPath } from '../content-model/paths.ts';

/** Where `--out` may write, once every link on the way is followed. */
export interface ReportTarget {
	/** Real path of the file to write. */
	file: string;
	/** Permission bits of the report it replaces, kept on the new one. */
	mode?: number;
}

function isInside(folder: string, file: string): boolean {
	const relative = path.relative(folder, file);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function sameFile(a: Stats, b: Stats): boolean {
	return a.dev === b.dev && a.ino === b.ino;
}

function statOrUndefined(file: string): Stats | undefined {
	try {
		return statSync(file);
	} catch {
		return undefined;
	}
}

function realOrResolved(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		return path.resolve(file);
	}
}

/** Every regular file under `dir`, links not followed. */
function* filesUnder(dir: string): Generator<string> {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return;
	}
	for (const entry of entries) {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* filesUnder(file);
		else if (entry.isFile()) yield file;
	}
}

/** The real folder the report goes into: it must exist and be a folder. */
function realFolder(out: string, folder: string): string {
	const fail = (message: string, hint: string) => new CliError(`--out ${inline(out)}: ${message}`, { hint });
	let real: string;
	try {
		real = realpathSync(folder);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP')
			throw fail(`${inline(displayPath(folder))} is a symbolic link loop`, 'write the report elsewhere');
		if (code === 'ENOTDIR') {
			throw fail(`a part of ${inline(displayPath(folder))} is a file, not a folder`, 'write the report elsewhere');
		}
		throw fail(
			`the folder ${inline(displayPath(folder))} does not exist`,
			'create it first, or write the report to a folder that exists',
		);
	}
	if (!statSync(real).isDirectory()) {
		throw fail(`${inline(displayPath(folder))} is a file, not a folder`, 'write the report elsewhere');
	}
	return real;
}

/**
 * Resolves `--out` to the file the report will really replace, and refuses it when
 * that file is inside the content folder or a folder of exports, or is one of the
 * exports or content files itself. Paths are compared after every symbolic link is
 * followed, and files by identity (device and inode), so neither a symbolic nor a
 * hard link lets the report overwrite what a person wrote. A missing folder, a
 * folder given as the file or a dangling link are refused too.
 */
export function resolveReportTarget(out: string, guarded: { contentDir: string; inputs: string[] }): ReportTarget {
	const shown = inline(out);
	const requested = path.resolve(out);
	const folder = realFolder(out, path.dirname(requested));
	let file = path.join(folder, path.basename(requested));
	let existing: Stats | undefined;
	const link = lstatSync(file, { throwIfNoEntry: false });
	if (link?.isSymbolicLink()) {
		try {
			file = realpathSync(file);
		} catch {
			throw new CliError(`--out ${shown}: is a symbolic link to a file that does not exist`, {
				hint: 'remove the link, or write the report elsewhere',
			});
		}
	}
	if (link) {
		existing = statSync(file);
		if (existing.isDirectory()) {
			throw new CliError(`--out ${shown}: is a folder, not a file`, {
				hint: `name the report file, e.g. --out ${path.join(out, 'coverage-report.json')}`,
			});
		}
	}
	const via = file === requested ? '' : ` (${shown} leads to ${inline(displayPath(file))})`;
	const contentDir = realOrResolved(guarded.contentDir);
	if (isInside(contentDir, file)) {
		throw new CliError(
			`--out ${shown}: the report cannot be written inside ${inline(displayPath(guarded.contentDir))}/${via}`,
			{ hint: 'write it elsewhere, e.g. --out coverage-report.json' },
		);
	}
	for (const input of guarded.inputs) {
		const stats = statOrUndefined(input);
		if (!stats) continue;
		const real = realOrResolved(input);
		if (stats.isDirectory()) {
			if (isInside(real, file)) {
				throw new CliError(
					`--out ${shown}: the report cannot be written inside ${inline(displayPath(input))}/, a folder of exports being read${via}`,
					{ hint: 'write it elsewhere: the next run would read it as an export' },
				);
			}
		} else if (real === file || (existing && sameFile(stats, existing))) {
			const how = real === file ? via : ` (it is a hard link to ${inline(displayPath(input))})`;
			throw new CliError(`--out ${shown}: that is one of the exports being read${how}`, {
				hint: 'write the report to another file',
			});
		}
	}
	if (existing && existing.nlink > 1) {
		for (const contentFile of filesUnder(contentDir)) {
			const stats = statOrUndefined(contentFile);
			if (stats && sameFile(stats, existing)) {
				throw new CliError(
					`--out ${shown}: it is a hard link to ${inline(displayPath(contentFile))}, which the report would overwrite`,
					{ hint: 'write the report to another file' },
				);
			}
		}
	}
	return { file, mode: existing ? existing.mode & 0o7777 : undefined };
}
