import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { ContentEntry, LoadedContent } from '../../content-model/content.ts';
import { type MdxVerdict, mdxVerdict } from '../../markdown/mdx-components.ts';
import { type ScannedBody, scanBody } from './scan.ts';
import type { CheckContext } from './types.ts';

/**
 * The heading ids Astro gives a page: github-slugger over each heading's text, in
 * order, with a fresh slugger per page (so a repeated heading gets `-1`, `-2`).
 */
export function anchorsOf(scanned: ScannedBody): Set<string> {
	const slugger = new GithubSlugger();
	const anchors = new Set(scanned.headings.map((heading) => slugger.slug(heading.text)));
	for (const id of scanned.ids) anchors.add(id);
	return anchors;
}

/** Builds what every check reads, scanning each body at most once. */
export function createCheckContext(
	content: LoadedContent,
	options: {
		publicDir: string;
		today: Date;
		staleAfterDays?: number;
		mdxVerdict?: (body: string) => MdxVerdict;
	},
): CheckContext {
	const entries: ContentEntry[] = [...content.articles, ...content.runbooks];
	const bySlug = new Map<string, ContentEntry>();
	for (const entry of entries) if (!bySlug.has(entry.slug)) bySlug.set(entry.slug, entry);
	const scans = new Map<ContentEntry, ScannedBody>();
	const anchors = new Map<ContentEntry, Set<string>>();
	const verdicts = new Map<ContentEntry, MdxVerdict>();
	const verdictOf = options.mdxVerdict ?? ((body: string) => mdxVerdict(body));
	const scan = (entry: ContentEntry) => {
		let scanned = scans.get(entry);
		if (!scanned) {
			scanned = scanBody(entry.body, { firstLine: entry.bodyLine, mdx: entry.file.endsWith('.mdx') });
			scans.set(entry, scanned);
		}
		return scanned;
	};
	return {
		content,
		entries,
		bySlug,
		scan,
		anchors: (entry) => {
			let set = anchors.get(entry);
			if (!set) {
				set = anchorsOf(scan(entry));
				anchors.set(entry, set);
			}
			return set;
		},
		mdx: (entry) => {
			let verdict = verdicts.get(entry);
			if (!verdict) {
				verdict = verdictOf(entry.body);
				verdicts.set(entry, verdict);
			}
			return verdict;
		},
		publicDir: path.resolve(options.publicDir),
		staleAfterDays: options.staleAfterDays ?? content.config.insights.staleAfterDays,
		today: options.today,
	};
}
