import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The GitHub repository a help center's checkout was cloned from, read from its git
 * configuration (never by running git): a help center kept in git often shows its
 * pictures from its own repository on GitHub (`https://raw.githubusercontent.com/<owner>/<name>/main/assets/x.png`),
 * which the import then reads from the checkout instead of downloading.
 */
export interface CheckoutRepository {
	owner: string;
	name: string;
	/** The checkout's root folder, the one holding `.git`. */
	root: string;
}

/** The owner and name of a GitHub remote address (`https://github.com/acme/help.git`, `git@github.com:acme/help.git`). */
export function githubRemote(url: string): { owner: string; name: string } | undefined {
	const match =
		/^(?:(?:https?|ssh|git):\/\/)?(?:[^@/\s]+@)?(?:www\.)?github\.com[:/]([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/i.exec(
			url.trim(),
		);
	return match?.[1] && match[2] ? { owner: match[1], name: match[2] } : undefined;
}

/** The text of a checkout's git configuration: `.git/config`, or a worktree's (`.git` a file naming its git folder). */
function gitConfig(root: string): string | undefined {
	const dotGit = path.join(root, '.git');
	if (!existsSync(dotGit)) return undefined;
	let gitDir = dotGit;
	if (statSync(dotGit).isFile()) {
		const named = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
		if (!named?.[1]) return undefined;
		gitDir = path.resolve(root, named[1]);
		const common = path.join(gitDir, 'commondir');
		if (existsSync(common)) gitDir = path.resolve(gitDir, readFileSync(common, 'utf8').trim());
	}
	const config = path.join(gitDir, 'config');
	return existsSync(config) && statSync(config).isFile() ? readFileSync(config, 'utf8') : undefined;
}

/** The `url` of the `[remote "origin"]` section of a git configuration. */
function originUrl(config: string): string | undefined {
	let inOrigin = false;
	for (const line of config.split(/\r?\n/)) {
		const section = /^\s*\[(.+)\]\s*$/.exec(line);
		if (section?.[1]) {
			inOrigin = /^remote\s+"origin"$/i.test(section[1].trim());
			continue;
		}
		const url = inOrigin ? /^\s*url\s*=\s*(.+?)\s*$/i.exec(line) : null;
		if (url?.[1]) return url[1];
	}
	return undefined;
}

/**
 * The GitHub repository whose checkout holds `dir` (the nearest folder with a `.git`, at
 * most four above it), from its `origin` remote; undefined when there is none, or it is
 * not on GitHub.
 */
export function checkoutRepository(dir: string): CheckoutRepository | undefined {
	let folder = path.resolve(dir);
	for (let up = 0; up <= 4; up++) {
		const config = gitConfig(folder);
		if (config !== undefined) {
			const url = originUrl(config);
			const repository = url === undefined ? undefined : githubRemote(url);
			return repository ? { ...repository, root: folder } : undefined;
		}
		const parent = path.dirname(folder);
		if (parent === folder) break;
		folder = parent;
	}
	return undefined;
}
