import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontmatter } from './folder-pages.ts';
import { FUMADOCS_GROUP, fumadocsFolderTitle } from './generators.ts';

/**
 * A folder's name in Fumadocs' sidebar, as its page tree names it: its `meta.json`'s
 * `title`, else its index page's title, else its own name without a group's parentheses,
 * its first letter in capitals and its hyphens as spaces (`(Git-Sources)` is "Git Sources").
 */
export function fumadocsFolderName(folder: string): string {
	const title = fumadocsFolderTitle(folder) ?? indexTitle(folder);
	if (title !== undefined) return title;
	const name = path.basename(folder);
	const bare = FUMADOCS_GROUP.exec(name)?.[1] ?? name;
	return `${bare.slice(0, 1).toLocaleUpperCase()}${bare.slice(1).replace(/-/g, ' ')}`;
}

/** The `title` of a folder's `index.mdx` (or `.md`), if it gives one. */
function indexTitle(folder: string): string | undefined {
	const file = ['index.mdx', 'index.md'].map((name) => path.join(folder, name)).find((name) => existsSync(name));
	if (file === undefined) return undefined;
	const title = splitFrontmatter(readFileSync(file, 'utf8')).data.title;
	return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}
