import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bodyToMarkdown, type ToMarkdownOptions } from './markdown.ts';

/**
 * What the conversion depends on besides the body: its own source and the installed
 * packages. A change to any of them gives every body a new key, so a cache never
 * serves Markdown an older converter wrote.
 */
const converterSources = [
	'src/agent/markdown.ts',
	'src/agent/mdx-to-markdown.ts',
	'src/agent/mdx-expressions.ts',
	'package-lock.json',
];

/**
 * `bodyToMarkdown` with its results kept on disk between builds, keyed by the body,
 * the options and the converter. Parsing is most of what the agent files cost a
 * build, and between two builds most articles do not change. Returns the plain
 * conversion when the converter's sources cannot be read (a build outside the
 * project root), rather than risk a stale cache.
 */
/** Where converted bodies are kept: beside Astro's cache, or under TRYBLOCK_CACHE_DIR. */
export function agentCacheDir(): string {
	return path.join(process.env.TRYBLOCK_CACHE_DIR ?? 'node_modules/.astro', 'tryblock-agent');
}

export function normalizedBody(body: string): string {
	return body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

export function cachedConverter(cacheDir: string, root = process.cwd()): typeof bodyToMarkdown {
	const converter = createHash('sha256');
	try {
		for (const file of converterSources) converter.update(readFileSync(path.join(root, file)));
	} catch {
		return bodyToMarkdown;
	}
	const version = converter.digest('hex');
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
			mkdirSync(path.dirname(file), { recursive: true });
			// Write then rename, so a build running at the same time never reads half a file.
			const partial = `${file}.${process.pid}.tmp`;
			writeFileSync(partial, markdown);
			renameSync(partial, file);
			return markdown;
		}
	};
}
