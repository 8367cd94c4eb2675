import type { Audience } from './schemas/article.ts';

/**
 * The one rule for what each build may publish. Every page, feed, sitemap, search
 * index and machine-readable file goes through it, so nothing internal or unfinished
 * can reach customers by a side door.
 */
export function isArticleVisible(article: { audience: Audience; draft: boolean }, audience: Audience): boolean {
	if (audience === 'internal') return true;
	return article.audience === 'public' && !article.draft;
}

/** Runbooks describe how the team works; customers never see them. */
export function areRunbooksVisible(audience: Audience): boolean {
	return audience === 'internal';
}

/** Which build this process is making: `TRYBLOCK_AUDIENCE=internal` for the handbook. */
export function resolveAudience(value = process.env.TRYBLOCK_AUDIENCE): Audience {
	if (value === undefined || value === '' || value === 'public') return 'public';
	if (value === 'internal') return 'internal';
	throw new Error(`TRYBLOCK_AUDIENCE must be "public" or "internal", received "${value}"`);
}
