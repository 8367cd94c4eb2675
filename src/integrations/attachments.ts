import { copyFileSync, createReadStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { attachmentsOf, servedImagesOf } from '../attachments/collect.ts';
import { scanBody } from '../authoring/check/scan.ts';
import { loadContent, publishedEntries } from '../content-model/content.ts';
import { type ContentProblem, formatProblemPlain } from '../content-model/errors.ts';
import { frontmatterCacheDir } from '../content-model/frontmatter-cache.ts';
import type { Audience } from '../content-model/schemas/article.ts';
import { stopBuild } from './stop-build.ts';

/** The files the published pages of a build link beside them: served path → file, or the problems. */
function publishedAttachments(audience: Audience): { served: Map<string, string>; problems: ContentProblem[] } {
	const content = loadContent(undefined, { cacheDir: frontmatterCacheDir() });
	const served = new Map<string, string>();
	const problems: ContentProblem[] = [];
	const cache = new Map<string, boolean>();
	for (const entry of publishedEntries(content, audience)) {
		const references = scanBody(entry.body, { firstLine: entry.bodyLine, mdx: entry.file.endsWith('.mdx') }).references;
		for (const finding of attachmentsOf(entry, references, cache)) {
			if (finding.kind === 'served') served.set(finding.path, finding.file);
			else {
				const { line, column } = finding.reference;
				problems.push({ file: entry.file, line, column, message: finding.message, hint: finding.hint });
			}
		}
		for (const image of servedImagesOf(entry, references, cache)) {
			// An attachment at the same address keeps it.
			if (!served.has(image.path)) served.set(image.path, image.file);
		}
	}
	return { served, problems };
}

/**
 * Serves the files pages link beside them (a PDF, a spreadsheet, an archive) under
 * the page's address, as `rehypeAttachmentLinks` points the links: Astro emits the
 * images a page shows, but not the files it links. The images are served there too,
 * as they are, for the Markdown agents read. Only the published pages of this
 * build are read, so an internal article's or a draft's files never reach the public
 * build; a missing file stops the build, as a missing image does.
 */
export function attachments(options: { audience: Audience }): AstroIntegration {
	let served = new Map<string, string>();
	return {
		name: 'tryblock:attachments',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				const found = publishedAttachments(options.audience);
				if (found.problems.length > 0) {
					if (command === 'build') stopBuild(logger, found.problems, 'shortfall');
					for (const problem of found.problems) logger.warn(formatProblemPlain(problem));
				}
				served = found.served;
			},
			'astro:server:setup': ({ server }) => {
				// `npm run dev` serves them too, read afresh so a file added meanwhile shows.
				server.middlewares.use((request, response, next) => {
					let pathname: string;
					try {
						pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
					} catch {
						return next();
					}
					// Only a file under a page's address can be an attachment.
					if (!/^\/(?:articles|runbooks)\/[^/]+\/.+\.[A-Za-z0-9]{1,12}$/.test(pathname)) return next();
					const file = publishedAttachments(options.audience).served.get(pathname);
					if (!file) return next();
					createReadStream(file).pipe(response);
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				for (const [pathname, file] of served) {
					const target = path.join(outDir, ...pathname.split('/'));
					mkdirSync(path.dirname(target), { recursive: true });
					copyFileSync(file, target);
				}
				if (served.size > 0) logger.info(`${served.size} attachments copied beside their pages.`);
			},
		},
	};
}
