import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The path of a file in a GitHub repository that an address of it names:
 * `https://raw.githubusercontent.com/jitsi/handbook/master/docs/assets/x.png` (or
 * `…/refs/heads/master/…`), `https://github.com/jitsi/handbook/raw/master/docs/assets/x.png`,
 * or its page with `?raw=true`, which GitHub answers with the file. Undefined for an
 * address of another repository, or none of a file.
 */
export function repositoryFilePath(url: URL, repository: { owner: string; name: string }): string | undefined {
	let parts: string[];
	try {
		parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
	} catch {
		return undefined;
	}
	const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
	if (!same(parts[0], repository.owner) || !same(parts[1], repository.name)) return undefined;
	let rest: string[];
	if (url.hostname === 'raw.githubusercontent.com')
		rest = parts[2] === 'refs' && parts[3] === 'heads' ? parts.slice(5) : parts.slice(3);
	else if (url.hostname === 'github.com' || url.hostname === 'www.github.com') {
		const raw = parts[2] === 'raw' || (parts[2] === 'blob' && url.searchParams.get('raw') === 'true');
		if (!raw) return undefined;
		rest = parts.slice(4);
	} else return undefined;
	if (rest.length === 0 || rest.some((part) => part === '..' || part === '.' || part.includes('\\'))) return undefined;
	return rest.join('/');
}

/**
 * The file of the site a GitHub address of its repository names: the path from the site's
 * folder, else from the folder above it (a site kept in `website/` of its repository).
 */
export function siteFileOfRepository(
	url: URL,
	repository: { owner: string; name: string } | undefined,
	siteRoot: string,
): string | undefined {
	const inRepository = repository ? repositoryFilePath(url, repository) : undefined;
	if (inRepository === undefined) return undefined;
	return [siteRoot, path.dirname(siteRoot)]
		.map((root) => path.join(root, ...inRepository.split('/')))
		.find((file) => existsSync(file) && statSync(file).isFile());
}
