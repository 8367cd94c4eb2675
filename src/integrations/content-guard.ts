import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publicAudienceProblems } from '../authoring/check/public-audience.ts';
import {
	checkAudienceLinks,
	draftLinkWarnings,
	loadContent,
	nothingPublishedNotes,
	publishedEntries,
} from '../content-model/content.ts';
import { entryDir } from '../content-model/entry-files.ts';
import { formatProblemPlain } from '../content-model/errors.ts';
import { frontmatterCacheDir } from '../content-model/frontmatter-cache.ts';
import { contentLayout } from '../content-model/paths.ts';
import type { Audience } from '../content-model/schemas/article.ts';
import { orStopBuild, stopBuild } from './stop-build.ts';
import { withholdHiddenModules } from './withhold-hidden-modules.ts';

/**
 * Validates all content before Astro reads it, so a build fails with every problem
 * at once (file, line, field, expected, received) instead of the first one Astro meets,
 * and duplicate slugs fail instead of one file silently replacing the other. The
 * public build also runs `npm run check`'s audience rules: no link, image or import
 * in a public page may lead to a page or file customers cannot open.
 */
export function contentGuard(options: { audience: Audience; onPublished?: (count: number) => void }): AstroIntegration {
	return {
		name: 'tryblock:content-guard',
		hooks: {
			'astro:config:setup': ({ config, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const content = orStopBuild(() => loadContent(undefined, { cacheDir: frontmatterCacheDir() }), logger);
				const problems = [...content.problems, ...checkAudienceLinks(content, options.audience)];
				if (options.audience === 'public') problems.push(...publicAudienceProblems(content, root));
				if (problems.length > 0) stopBuild(logger, problems, 'shortfall');
				for (const warning of draftLinkWarnings(content, options.audience)) logger.warn(formatProblemPlain(warning));
				for (const note of nothingPublishedNotes(content, options.audience)) logger.info(note);
				const published = publishedEntries(content, options.audience);
				options.onPublished?.(published.length);

				// Astro lists content modules in .astro/, shared by both builds: a list left by the
				// other audience's build must not stand in for this one's (see withhold-hidden-modules.ts).
				for (const name of ['content-modules.mjs', 'content-assets.mjs']) {
					rmSync(path.join(root, '.astro', name), { force: true });
				}
				if (options.audience === 'public') {
					const { contentDir } = content;
					const plugin = withholdHiddenModules({
						root,
						contentDir,
						entryDirs: [entryDir(contentDir, 'article'), entryDir(contentDir, 'runbook')],
						hiddenDirs: [entryDir(contentDir, 'runbook'), path.join(contentDir, contentLayout.tickets)],
						published: new Set(published.map((entry) => path.resolve(entry.file))),
					});
					updateConfig({ vite: { plugins: [plugin] } });
				}
			},
		},
	};
}
