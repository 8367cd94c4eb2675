import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../../content-model/cache-files.ts';
import { ServiceError } from '../../http/errors.ts';
import { scrubDeep } from '../credentials.ts';
import type { ApiListing } from './spool.ts';

/** Where a Document360 download goes, and the client it asks with. */
export type Listing = ApiListing;

const refSchema = z.looseObject({ id: z.string().regex(/^[\w-]+$/), modified_at: z.string().nullish() });
const dataSchema = z.looseObject({ data: z.looseObject({}).nullish() });

/**
 * Each article whole, with its settings (tags, SEO description): two requests per
 * article, kept under `articles/` by language and last edit, so an import run again
 * (or interrupted) asks only for the articles edited since. An article the API no
 * longer gives (deleted since the list) is kept with why, for the report.
 */
export async function wholeArticles(listing: Listing, refs: unknown[], language: string): Promise<string[]> {
	const dir = path.join(listing.dir, 'articles');
	mkdirSync(dir, { recursive: true });
	const redact = (text: string) => listing.http.redact(text);
	const lines: string[] = [];
	for (const ref of refs) {
		const parsed = refSchema.safeParse(ref);
		if (!parsed.success) {
			lines.push(JSON.stringify(ref));
			continue;
		}
		const stamp = (parsed.data.modified_at ?? '').replace(/[^0-9TZ]/g, '');
		const file = path.join(dir, `${parsed.data.id}-${language.replace(/[^\w-]/g, '_')}-${stamp}.json`);
		if (!existsSync(file)) {
			const base = `${listing.baseUrl}/v2/Articles/${encodeURIComponent(parsed.data.id)}/${encodeURIComponent(language)}`;
			let whole: Record<string, unknown>;
			try {
				const article = await listing.http.json(
					{ method: 'GET', url: `${base}?isPublished=true&isForDisplay=true` },
					dataSchema,
				);
				const settings = await listing.http.json({ method: 'GET', url: `${base}/settings` }, dataSchema);
				whole = { ...parsed.data, ...(article.data ?? {}), settings: settings.data ?? null, language_code: language };
			} catch (error) {
				if (!(error instanceof ServiceError) || (error.status !== 400 && error.status !== 404)) throw error;
				whole = { ...parsed.data, language_code: language, unavailable: `it answered ${error.status}` };
			}
			writeFileAtomic(file, JSON.stringify(scrubDeep(whole, redact).value));
		}
		lines.push(readFileSync(file, 'utf8'));
	}
	return lines;
}

const pageSchema = z.looseObject({
	id: z.string().regex(/^[\w-]+$/),
	name: z.string().nullish(),
	/** 1 a Page: a category with text of its own. */
	category_type: z.number().nullish(),
	modified_at: z.string().nullish(),
});
const pageContentSchema = z.looseObject({ category: z.looseObject({}).nullish() });

/**
 * The text of each Page category (a category readers open as a page, with the
 * articles under it), as an article of the category itself: one request each,
 * kept by last edit as articles are.
 */
export async function pageCategories(listing: Listing, categories: unknown[], language: string): Promise<string[]> {
	const dir = path.join(listing.dir, 'pages');
	const redact = (text: string) => listing.http.redact(text);
	const lines: string[] = [];
	for (const record of categories) {
		const parsed = pageSchema.safeParse(record);
		if (!parsed.success || parsed.data.category_type !== 1) continue;
		const own = parsed.data;
		const stamp = (own.modified_at ?? '').replace(/[^0-9TZ]/g, '');
		const file = path.join(dir, `${own.id}-${language.replace(/[^\w-]/g, '_')}-${stamp}.json`);
		if (!existsSync(file)) {
			mkdirSync(dir, { recursive: true });
			const url = `${listing.baseUrl}/v2/Categories/${encodeURIComponent(own.id)}/content/${encodeURIComponent(language)}?isPublished=true&isForDisplay=true`;
			const page: Record<string, unknown> = {
				id: own.id,
				title: own.name,
				category_id: own.id,
				content_type: own.content_type,
				status: own.status,
				slug: own.slug,
				description: own.description,
				created_at: own.created_at,
				modified_at: own.modified_at,
				language_code: language,
				page_category: true,
			};
			try {
				const body = await listing.http.json({ method: 'GET', url }, pageContentSchema);
				const { id: _id, ...content } = body.category ?? {};
				Object.assign(page, content, { title: own.name ?? content.title, category_id: own.id });
			} catch (error) {
				if (!(error instanceof ServiceError) || (error.status !== 400 && error.status !== 404)) throw error;
				page.unavailable = `it answered ${error.status}`;
			}
			writeFileAtomic(file, JSON.stringify(scrubDeep(page, redact).value));
		}
		lines.push(readFileSync(file, 'utf8'));
	}
	return lines;
}
