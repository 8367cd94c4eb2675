import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * When each file under `dir` was last committed, when the folder is in a git
 * repository: the files of a clone all carry the time it was made, which says nothing
 * of when an article was last edited. Keyed by absolute path; empty when the folder
 * is in no repository or git cannot be run, and without files git does not track.
 */
export function lastCommitDates(dir: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	let log: string;
	try {
		// Newest first; `--relative` names the files from `dir`, whatever the repository's root.
		log = execFileSync(
			'git',
			['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', '.'],
			{ cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 },
		);
	} catch {
		return dates;
	}
	let date: Date | undefined;
	for (const line of log.split('\n')) {
		if (line.startsWith('\0')) {
			const committed = new Date(line.slice(1));
			date = Number.isNaN(committed.getTime()) ? undefined : committed;
			continue;
		}
		if (line === '' || date === undefined) continue;
		const file = path.join(dir, line);
		if (!dates.has(file)) dates.set(file, date);
	}
	return dates;
}
