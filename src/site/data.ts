import { type CollectionEntry, getCollection } from 'astro:content';
import type { TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { loadConfig, loadTaxonomy } from '../content-model/settings.ts';
import { areRunbooksVisible, isArticleVisible, resolveAudience } from '../content-model/visibility.ts';
import { siteUi } from '../ui/translations.ts';
import { pageCacheKeys } from './cache-keys.ts';

export type Article = CollectionEntry<'articles'>;
export type Runbook = CollectionEntry<'runbooks'>;

/** Which build this is: the public help center or the team's internal handbook. */
export const audience = resolveAudience();
export const isInternal = audience === 'internal';
export const taxonomy = loadTaxonomy();
export const config = loadConfig();
export const site = config.site;
/** The interface strings, dates and numbers in the site's language (`site.language`, `ui:`). */
export const ui = siteUi(site.language, config.ui);
export const format = ui.format;
/** `cacheKey` for pages that may be copied from the last build (see cache-keys.ts). */
export const pageCacheKey = pageCacheKeys({ audience, taxonomy, config });

const byUpdatedDesc = (a: Article, b: Article) =>
	b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title);

/**
 * Every article this build publishes. Pages, feeds, the sitemap and machine-readable
 * outputs all read articles through here and nowhere else.
 */
export async function getPublishedArticles(): Promise<Article[]> {
	return [...(await readOncePerBuild('articles', loadPublishedArticles))];
}

/** Runbooks, in the internal build only. */
export async function getPublishedRunbooks(): Promise<Runbook[]> {
	if (!areRunbooksVisible(audience)) return [];
	return [...(await readOncePerBuild('runbooks', loadPublishedRunbooks))];
}

async function loadPublishedArticles(): Promise<Article[]> {
	const articles = await getCollection('articles', (entry) => isArticleVisible(entry.data, audience));
	return articles.sort(byUpdatedDesc);
}

async function loadPublishedRunbooks(): Promise<Runbook[]> {
	const runbooks = await getCollection('runbooks');
	return runbooks.sort((a, b) => a.data.title.localeCompare(b.data.title));
}

// A build's content cannot change while it renders, so each collection is read once:
// Astro warns on every read of an empty one, and a help center with nothing published
// yet would see that warning once per page. `npm run dev` reads afresh each time, as
// files change under it.
const readsOfThisBuild = new Map<string, Promise<readonly unknown[]>>();
function readOncePerBuild<Entry>(name: string, read: () => Promise<Entry[]>): Promise<readonly Entry[]> {
	if (import.meta.env.DEV) return read();
	let reading = readsOfThisBuild.get(name);
	if (!reading) {
		reading = read();
		readsOfThisBuild.set(name, reading);
	}
	return reading as Promise<readonly Entry[]>;
}

export function categoryOf(id: string): TaxonomyTerm {
	const term = taxonomy.categories.find((category) => category.id === id);
	if (!term) throw new Error(`Unknown category "${id}"`);
	return term;
}

export function productAreaOf(id: string): TaxonomyTerm {
	const term = taxonomy.productAreas.find((area) => area.id === id);
	if (!term) throw new Error(`Unknown product area "${id}"`);
	return term;
}

export function countBy(articles: Article[], key: 'category' | 'productArea'): Map<string, number> {
	const counts = new Map<string, number>();
	for (const article of articles) counts.set(article.data[key], (counts.get(article.data[key]) ?? 0) + 1);
	return counts;
}

export function ticketUrl(id: string): string {
	return site.ticketUrlTemplate.replace('{id}', encodeURIComponent(id));
}

/** A ticket id with its helpdesk link, for the team's handbook. */
export interface TicketLink {
	id: string;
	url: string;
}

/**
 * The tickets a page may show: linked to the helpdesk in the internal build, none at
 * all in the public build, where ticket ids and subjects never appear.
 */
export function visibleTickets(ids: readonly string[]): TicketLink[] {
	if (!isInternal) return [];
	return ids.map((id) => ({ id, url: ticketUrl(id) }));
}
