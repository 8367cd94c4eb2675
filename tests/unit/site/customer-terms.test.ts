import { describe, expect, test } from 'vitest';
import { type Taxonomy, taxonomySchema } from '../../../src/content-model/schemas/taxonomy.ts';
import {
	categoryRedirects,
	categoryRedirectTarget,
	shownCategories,
	shownCategory,
} from '../../../src/site/customer-terms.ts';
import { areaHighlights, byPopularity, popularityOf, type RankedEntry } from '../../../src/site/popularity.ts';

const taxonomy: Taxonomy = taxonomySchema.parse({
	categories: [
		{ id: 'reliability', label: 'Reliability', description: "As a user, I can't trust the product." },
		{
			id: 'usability',
			label: 'Usability',
			description: "As a user, I can't see how.",
			customer: { label: 'How do I...?', description: 'Step-by-step guides for everyday tasks.' },
		},
	],
	productAreas: [{ id: 'domains', label: 'Domains', description: 'Sending domains.' }],
});

describe('which categories a build shows', () => {
	test('the public site shows only categories with customer-facing words, and only those words', () => {
		expect(shownCategories(taxonomy, 'public')).toEqual([
			{ id: 'usability', label: 'How do I...?', description: 'Step-by-step guides for everyday tasks.' },
		]);
		expect(shownCategory(taxonomy.categories[0] as Taxonomy['categories'][0], 'public')).toBeUndefined();
	});

	test("the handbook shows every category in the team's words", () => {
		expect(shownCategories(taxonomy, 'internal').map((term) => term.label)).toEqual(['Reliability', 'Usability']);
	});

	test('the public URLs of categories it does not show redirect, to where their published articles are', () => {
		const articles = [
			{ category: 'reliability', productArea: 'domains' },
			{ category: 'usability', productArea: 'billing' },
		];
		expect(categoryRedirects(taxonomy, articles, 'public')).toEqual([
			{ from: '/categories/reliability', to: '/areas/domains/' },
		]);
		// A hidden category without articles still answers its old URL, with the home page.
		expect(categoryRedirects(taxonomy, [], 'public')).toEqual([{ from: '/categories/reliability', to: '/' }]);
		expect(categoryRedirects(taxonomy, articles, 'internal')).toEqual([]);
	});

	test('a redirected category leads to its product area when it has one, else home', () => {
		expect(categoryRedirectTarget(['domains', 'domains'])).toBe('/areas/domains/');
		expect(categoryRedirectTarget(['domains', 'billing'])).toBe('/');
		expect(categoryRedirectTarget([])).toBe('/');
	});

	test('customer words must be complete', () => {
		const result = taxonomySchema.safeParse({
			categories: [{ id: 'abuse', label: 'Abuse', description: 'Policies.', customer: { label: 'Account reviews' } }],
			productAreas: [{ id: 'account', label: 'Account', description: 'Your account.' }],
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['categories', 0, 'customer', 'description']);
	});
});

describe('popularity', () => {
	const entry = (id: string, updated: string, tickets: string[] = []): RankedEntry => ({
		id,
		data: { title: id, updated: new Date(updated), tickets },
	});
	const a = entry('a', '2026-01-01', ['T-1']);
	const b = entry('b', '2026-03-01');
	const c = entry('c', '2026-02-01', ['T-2', 'T-3', 'T-3']);
	const d = entry('d', '2026-04-01');

	test('counts the closed tickets the exports link, or the frontmatter tickets when those are more', () => {
		const counts = new Map([
			['a', 5],
			['b', 1],
		]);
		expect(popularityOf(a, counts)).toBe(5);
		expect(popularityOf(c, counts)).toBe(2);
		expect(popularityOf(d, counts)).toBe(0);
	});

	test('orders by tickets, then by the latest update', () => {
		const counts = new Map([['a', 5]]);
		expect(byPopularity([b, c, d, a], counts).map((item) => item.id)).toEqual(['a', 'c', 'd', 'b']);
	});

	test("a product area's highlights: its most-linked articles, then its latest if not among them", () => {
		const counts = new Map([
			['a', 5],
			['b', 4],
		]);
		expect(areaHighlights([a, b, c, d], counts, 2)).toEqual({ popular: [a, b], latest: d });
		expect(areaHighlights([a, d], counts, 2)).toEqual({ popular: [a, d] });
	});
});
