import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourcesVersion, tryblockCacheDir, writeFileAtomic } from '../content-model/cache-files.ts';
import { bodyToMarkdown, type ToMarkdownOptions } from './markdown.ts';

/** What the conversion depends on besides the body: its own source and the installed packages. */
const converterSources = [
	'src/agent/markdown.ts',
	'src/agent/mdx-to-markdown.ts',
	'src/agent/mdx-expressions.ts',
	// Where images and files beside a page are served, and how asides are titled.
	'src/attachments/links.ts',
	'src/site/urls.ts',
	'src/markdown/aside.ts',
	'package-lock.json',
];

/** Where converted bodies are kept. */
export function agentCacheDir(): string {
	return tryblockCacheDir('tryblock-agent');
}

export function normalizedBody(body: string): string {
	return body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

/**
 * `bodyToMarkdown` with its results kept on disk between builds, keyed by the body,
 * the options and the converter. Parsing is most of what the agent files cost a
 * build, and between two builds most articles do not change. Returns the plain
 * conversion when the converter's sources cannot be read (a build outside the
 * project root), rather than risk a stale cache.
 */
export function cachedConverter(cacheDir: string, root = process.cwd()): typeof bodyToMarkdown {
	const version = sourcesVersion(root, converterSources);
	if (version === undefined) return bodyToMarkdown;
	return (rawBody: string, options: ToMarkdownOptions) => {
		// Astro keeps the frontmatter's lines as blank ones at the top of a body and the
		// content loader drops them; neither leading blank lines nor trailing space change
		// the Markdown, so both readings share one key and the pre-warm worker's entries
		// serve the pages.
		const body = normalizedBody(rawBody);
		const key = createHash('sha256')
			.update(version)
			.update(JSON.stringify({ ...options, components: Object.keys(options.components ?? {}) }))
			.update(body)
			.digest('hex');
		const file = path.join(cacheDir, key.slice(0, 2), `${key.slice(2)}.md`);
		try {
			return readFileSync(file, 'utf8');
		} catch {
			const markdown = bodyToMarkdown(body, options);
			try {
				writeFileAtomic(file, markdown);
			} catch {
				// The cache only saves time; a full disk or a read-only folder must not fail the build.
			}
			return markdown;
		}
	};
}
