import { workerData } from 'node:worker_threads';
import { loadContent, publishedEntries } from '../content-model/content.ts';
import { frontmatterCacheDir } from '../content-model/frontmatter-cache.ts';
import type { Audience } from '../content-model/schemas/article.ts';
import { agentMarkdownOptions } from './markdown.ts';
import { agentCacheDir, cachedConverter } from './markdown-cache.ts';

/**
 * Converts every published body to agent Markdown into the shared cache, on a worker
 * thread while Astro compiles pages on the main one. The agent endpoints then read
 * the cache instead of parsing a thousand bodies one after another.
 */
const { contentDir, siteUrl, audience, root } = workerData as {
	contentDir: string;
	siteUrl: string;
	audience: Audience;
	root: string;
};
const convert = cachedConverter(agentCacheDir(), root);
for (const entry of publishedEntries(loadContent(contentDir, { cacheDir: frontmatterCacheDir() }), audience)) {
	convert(entry.body, agentMarkdownOptions(entry.file, siteUrl, { kind: entry.kind, slug: entry.slug }));
}
