import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { isMap, isSeq, parseDocument } from 'yaml';
import { writeFileAtomic } from '../content-model/cache-files.ts';
import { readLocatedDataFile } from '../content-model/data-file.ts';
import { ContentError } from '../content-model/errors.ts';
import { contentLayout, displayPath } from '../content-model/paths.ts';
import { parserMessage } from '../text/parser-messages.ts';
import { normalizeOldPath } from './old-path.ts';
import { isPagePath, redirectTarget } from './targets.ts';

/** Old addresses and the articles they lead to now, beside the content. */
export const REDIRECTS_FILE = contentLayout.redirects[0];

/**
 * Where the site's own pages live: an old address there would shadow or loop. Under
 * `/articles/` only the slugs of articles are the site's (checked when the redirects are
 * resolved), since many old help centers served their articles there too.
 */
const reservedPrefixes = ['/runbooks/', '/categories/', '/areas/', '/insights/', '/search/', '/pagefind/', '/_astro/'];

const fromPath = z
	.string()
	.regex(/^\//, { error: 'a path on the old site, starting with "/"' })
	.regex(/^[^?#*:\\\p{Cc}]*$/u, {
		error:
			'a path without a query (?), #anchor, *, : or control character (percent-encode those the old address holds: %3F, %23, %2A, %3A)',
	})
	// Spaces and other characters a URL encodes may be written either way; the entry holds the encoded form.
	.transform(normalizeOldPath)
	.refine((value) => !value.split('/').includes('..') && value !== '/', { error: 'a path other than "/" without ".."' })
	.refine((value) => !reservedPrefixes.some((prefix) => `${value}/`.startsWith(prefix)), {
		error: `a path outside the help center's own pages (${reservedPrefixes.join(', ')})`,
	});

export const redirectEntrySchema = z.strictObject({
	/**
	 * The old address, as a path: `/hc/en-us/articles/360001234-Verify-your-domain`. Spaces and
	 * other characters a URL percent-encodes may be literal (`/Getting started/Create a vault`)
	 * or encoded (`/Getting%20started/Create%20a%20vault`); both read as the encoded form.
	 */
	from: fromPath,
	/**
	 * The article it leads to: its slug, or its `source` (`zendesk:360001234`), which survives a
	 * rename, either with `#heading` for a section of it; or, for an old section's address, the
	 * page of a product area (`/areas/billing/`).
	 */
	to: z
		.string()
		.trim()
		.min(1)
		.refine((value) => !isPagePath(value) || redirectTarget(value).kind === 'productArea', {
			error: "an article's slug or source, or a product area's page (/areas/<id>/)",
		}),
});

/** `content/redirects.yaml`: written by `npm run import`, open to hand-written entries. */
export const redirectsFileSchema = z.strictObject({
	redirects: z.array(redirectEntrySchema).default([]),
});

export type RedirectEntry = z.output<typeof redirectEntrySchema>;

/** An entry of the file, with the line it starts on, for the problems found when it is resolved. */
export type LocatedRedirect = RedirectEntry & { line?: number };

export function redirectsPath(contentDir: string): string {
	return path.join(contentDir, REDIRECTS_FILE);
}

/** Reads and validates the redirects, each with its line; none when the file does not exist. */
export function loadRedirects(contentDir: string): LocatedRedirect[] {
	const file = redirectsPath(contentDir);
	if (!existsSync(file)) return [];
	const { data, lineOf } = readLocatedDataFile(file, redirectsFileSchema);
	return data.redirects.map((entry, index) => ({ ...entry, line: lineOf(['redirects', index]) }));
}

const header = `# Old addresses that lead to an article of this help center. \`npm run import\` adds the
# old help center's addresses here; add your own for articles you rename. \`to\` is the
# article's slug or its \`source\`, with \`#heading\` after it for a section of it. The
# public build leaves out redirects to internal articles and drafts.
# (schema: src/redirects/file.ts)
redirects:
`;

/**
 * Adds entries to the redirects file without touching what is there: comments,
 * order and hand-written entries stay. An old address already listed keeps the
 * target it has; those that would now lead elsewhere are returned. A listed target
 * naming an article by a `source` it no longer has (`options.renamed`, old → new,
 * `#section` kept) first takes the new one, so it still leads to that article.
 */
export function mergeRedirects(
	contentDir: string,
	entries: RedirectEntry[],
	options: { dryRun: boolean; renamed?: ReadonlyMap<string, string> },
): { added: number; retargeted: number; conflicts: { from: string; listed: string; wanted: string }[] } {
	const file = redirectsPath(contentDir);
	const text = existsSync(file) ? readFileSync(file, 'utf8') : header;
	const document = parseDocument(text);
	if (document.errors.length > 0) {
		throw new ContentError([
			{
				file: displayPath(file),
				message: `invalid YAML: ${parserMessage(document.errors[0]?.message.split('\n')[0] ?? '')}`,
			},
		]);
	}
	if (!isMap(document.contents))
		document.contents = document.createNode({ redirects: [] }) as unknown as typeof document.contents;
	let list = document.get('redirects');
	if (!isSeq(list)) {
		document.set('redirects', document.createNode([]));
		list = document.get('redirects');
	}
	const retargeted = retarget(list, options.renamed);
	// Compared in the stored form, so `/a b` written by hand is the import's `/a%20b`.
	const key = (from: string) => normalizeOldPath(from).replace(/(.)\/$/, '$1');
	const listed = new Map<string, string>();
	for (const item of (document.toJS() as { redirects?: RedirectEntry[] }).redirects ?? []) {
		if (item && typeof item.from === 'string' && !listed.has(key(item.from)))
			listed.set(key(item.from), String(item.to));
	}
	let added = 0;
	const conflicts: { from: string; listed: string; wanted: string }[] = [];
	for (const entry of entries) {
		const existing = listed.get(key(entry.from));
		if (existing !== undefined) {
			if (existing !== entry.to) conflicts.push({ from: entry.from, listed: existing, wanted: entry.to });
			continue;
		}
		listed.set(key(entry.from), entry.to);
		(list as { add: (value: unknown) => void }).add(document.createNode({ from: entry.from, to: entry.to }));
		added++;
	}
	if ((added > 0 || retargeted > 0) && !options.dryRun) writeFileAtomic(file, document.toString({ lineWidth: 0 }));
	return { added, retargeted, conflicts };
}

/** Rewrites each entry's `to` that names a renamed `source`, in place; how many it rewrote. */
function retarget(list: unknown, renamed: ReadonlyMap<string, string> | undefined): number {
	if (!renamed || renamed.size === 0 || !isSeq(list)) return 0;
	let count = 0;
	for (const item of list.items) {
		if (!isMap(item)) continue;
		const to = item.get('to');
		if (typeof to !== 'string') continue;
		const hash = to.trim().indexOf('#');
		const ref = hash === -1 ? to.trim() : to.trim().slice(0, hash);
		const now = renamed.get(ref);
		if (now === undefined) continue;
		item.set('to', `${now}${hash === -1 ? '' : to.trim().slice(hash)}`);
		count++;
	}
	return count;
}
