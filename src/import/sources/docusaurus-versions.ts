import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isFolder } from './is-folder.ts';

/**
 * Docusaurus' docs versions. A site that versions its docs lists the released versions
 * in `versions.json` beside its configuration, newest first, and serves the newest (or
 * the one a literal `lastVersion` names) at the docs' own address, from
 * `versioned_docs/version-<name>/` with the sidebars of
 * `versioned_sidebars/version-<name>-sidebars.json`; its `docs/` folder is the
 * unreleased "next" version, at `<docs>/next/`. Customers read the released version,
 * so that is what a help center moving in brings.
 */
export interface DocusaurusVersion {
	/** The version's name (`2.4`), the last part of its folder's name. */
	name: string;
	/** `versioned_docs/version-<name>` under the site. */
	folder: string;
}

/** The released version the site serves at its docs' address, or undefined when it serves `docs/` there. */
export function releasedDocsVersion(siteRoot: string, config: string): DocusaurusVersion | undefined {
	const file = path.join(siteRoot, 'versions.json');
	if (!existsSync(file)) return undefined;
	let versions: unknown;
	try {
		versions = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
	if (!Array.isArray(versions) || !versions.every((version) => typeof version === 'string')) return undefined;
	const last = /\blastVersion\s*:\s*(["'`])([^"'`\n]+)\1/.exec(config)?.[2];
	if (last === 'current') return undefined;
	const name = last ?? (versions[0] as string | undefined);
	if (name === undefined || !versions.includes(name)) return undefined;
	const folder = path.join(siteRoot, 'versioned_docs', `version-${name}`);
	return isFolder(folder) ? { name, folder } : undefined;
}

/** The version whose folder `dir` is (`versioned_docs/version-2.4` of the site), if it is one. */
export function versionOfFolder(siteRoot: string, dir: string): string | undefined {
	const relative = path.relative(path.join(siteRoot, 'versioned_docs'), path.resolve(dir));
	return /^version-([^/\\]+)$/.exec(relative)?.[1];
}

/** The sidebars of a version of the site, when it has its own file. */
export function versionSidebarsFile(siteRoot: string, version: string): string | undefined {
	const file = path.join(siteRoot, 'versioned_sidebars', `version-${version}-sidebars.json`);
	return existsSync(file) ? file : undefined;
}
