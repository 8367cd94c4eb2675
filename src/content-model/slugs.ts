import { slug } from 'github-slugger';
import { slugSchema } from './schemas/article.ts';

/**
 * The file name (and URL) for a title: github-slugger's slug, reduced to the
 * lowercase kebab-case the content model accepts ("Can't verify DKIM? Try this" →
 * "cant-verify-dkim-try-this", "Réglages" → "reglages").
 */
export function slugFromTitle(title: string): string {
	return slug(title.normalize('NFKD').replace(/\p{M}/gu, ''))
		.replace(/[^a-z0-9-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^-|-$/g, '');
}

export function isValidSlug(value: string): boolean {
	return slugSchema.safeParse(value).success;
}
