import { sourceIdOf } from '../import/source-id.ts';
import { type LinkContent, LinkIndex } from '../tickets/links.ts';
import { slugFromReference } from '../tickets/references.ts';

/** The slug an eval question's `expect` entry names, or undefined when it names none. */
export type ExpectResolver = (reference: string) => string | undefined;

/** Without the content: a slug as written, or the one an address here names (`/articles/verify-domain/`). */
export const addressResolver: ExpectResolver = (reference) =>
	reference.includes('/') && !/\s/.test(reference.trim()) ? slugFromReference(reference) : undefined;

/**
 * How a team names the article that answers a question, with the content at hand:
 * its slug or address here, the file it was imported from (`billing/refunds.md`), its
 * address on the old help center (through `redirects.yaml`) or its title. Teams copy
 * whichever they have; questions written against the old help center keep working.
 * A slug no article has is returned as written, for the eval to report against the build.
 */
export function contentResolver(content: LinkContent): ExpectResolver {
	const links = new LinkIndex(content);
	const bySourceFile = new Map<string, string>();
	/** A folder's page by its folder, where the import kept the file's name in its source (`setup/Install/README`). */
	const byFolder = new Map<string, string>();
	for (const article of content.articles) {
		const source = article.data.source;
		if (!source) continue;
		const file = source.slice(source.indexOf(':') + 1).toLowerCase();
		bySourceFile.set(file, article.slug);
		const folder = file.replace(/\/(index|readme)$/, '');
		if (folder !== file && !byFolder.has(folder)) byFolder.set(folder, article.slug);
	}
	/** The file as its `source` names it: without its extension, a folder's index or README as the folder, white space percent-encoded (`billing/Team%20plans`). */
	const sourceFile = (written: string) =>
		sourceIdOf('folder', written.replace(/\/(_?index|readme)$/i, ''))
			.slice('folder:'.length)
			.toLowerCase();
	return (reference) => {
		const stem = reference
			.trim()
			.replace(/^\.?\/+/, '')
			.replace(/\.(mdx?|markdown|html?)$/i, '');
		// A page file naming its language (Hugo's `_index.en.md`, Nextra's `refunds.en-US.mdx`) was imported without it.
		const unsuffixed = stem.replace(/\.[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/i, '');
		const imported = [stem, ...(unsuffixed !== stem ? [unsuffixed] : [])]
			.map(sourceFile)
			.map((file) => bySourceFile.get(file) ?? byFolder.get(file))
			.find((slug) => slug !== undefined);
		if (imported !== undefined) return imported;
		const slugs = links.slugsOf(reference.trim());
		return slugs.length === 1 ? slugs[0] : undefined;
	};
}
