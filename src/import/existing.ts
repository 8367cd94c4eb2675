import { readFileSync } from 'node:fs';
import { titleKey } from '../authoring/check/checks/titles.ts';
import { listContentFiles } from '../authoring/content-files.ts';
import { parseSource } from '../content-model/frontmatter.ts';
import { displayPath } from '../content-model/paths.ts';

export interface ExistingContent {
	/** Articles an import wrote (or a person tagged), by their `source`. */
	bySource: Map<string, { file: string; slug: string }>;
	/** Every slug in use by an article or runbook, with its file. */
	slugs: Map<string, string>;
	/** Each article's title (as `titleKey` compares them) with its file. */
	titles: Map<string, string>;
}

/** What is already in the content folder: the slugs in use, and which article came from which source. */
export function readExistingContent(contentDir: string): ExistingContent {
	const bySource = new Map<string, { file: string; slug: string }>();
	const slugs = new Map<string, string>();
	const titles = new Map<string, string>();
	for (const entry of listContentFiles(contentDir)) {
		if (!slugs.has(entry.slug)) slugs.set(entry.slug, entry.file);
		if (entry.kind !== 'article') continue;
		const { parsed } = parseSource(readFileSync(entry.file, 'utf8'), displayPath(entry.file));
		const data = parsed?.data as { source?: unknown; title?: unknown } | undefined;
		if (typeof data?.title === 'string' && !titles.has(titleKey(data.title)))
			titles.set(titleKey(data.title), entry.file);
		const source = data?.source;
		if (typeof source === 'string' && !bySource.has(source))
			bySource.set(source, { file: entry.file, slug: entry.slug });
	}
	return { bySource, slugs, titles };
}
