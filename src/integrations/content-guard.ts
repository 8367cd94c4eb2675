import type { AstroIntegration } from 'astro';
import { checkAudienceLinks, draftLinkWarnings, loadContent, publishedEntries } from '../content-model/content.ts';
import { ContentError, formatProblem } from '../content-model/errors.ts';
import { frontmatterCacheDir } from '../content-model/frontmatter-cache.ts';
import type { Audience } from '../content-model/schemas/article.ts';

/**
 * Validates all content before Astro reads it, so a build fails with every problem
 * at once (file, line, field, expected, received) instead of the first one Astro meets,
 * and duplicate slugs fail instead of one file silently replacing the other.
 */
export function contentGuard(options: { audience: Audience; onPublished?: (count: number) => void }): AstroIntegration {
	return {
		name: 'tryblock:content-guard',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const content = loadContent(undefined, { cacheDir: frontmatterCacheDir() });
				const problems = [...content.problems, ...checkAudienceLinks(content, options.audience)];
				if (problems.length > 0) throw new ContentError(problems);
				for (const warning of draftLinkWarnings(content, options.audience)) logger.warn(formatProblem(warning));
				options.onPublished?.(publishedEntries(content, options.audience).length);
			},
		},
	};
}
