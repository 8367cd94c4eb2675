import { describe, expect, test, vi } from 'vitest';
import type { SearchSuggestions } from '../../../src/search/build/suggestions.ts';
import { startPagefind } from '../../../src/search/client/load.ts';
import { popularArticles } from '../../../src/search/client/render.ts';

const billing: SearchSuggestions['areas'][number] = {
	id: 'billing',
	label: 'Billing',
	url: '/areas/billing/',
	words: ['billing', 'invoice', 'refund'],
	articles: [
		{ title: 'Download an invoice', url: '/articles/download-invoice/', description: 'Every invoice as a PDF.' },
		{ title: 'Ask for a refund', url: '/articles/refunds/', description: 'Within 30 days.' },
	],
};
const domains: SearchSuggestions['areas'][number] = {
	id: 'domains',
	label: 'Domains',
	url: '/areas/domains/',
	words: ['domains', 'dns', 'verify'],
	articles: [{ title: 'Verify your domain', url: '/articles/verify-domain/', description: 'Add the TXT record.' }],
};
const supportUrl = 'https://example.com/support';

describe('what the no-results state suggests', () => {
	test('the nearest product area’s most-linked articles, under a heading naming it', () => {
		expect(popularArticles('where is my invoice', { supportUrl, areas: [domains, billing] })).toEqual({
			heading: 'Most asked about in Billing',
			articles: billing.articles,
		});
	});

	test('with no area near the question, the first article of each area', () => {
		expect(popularArticles('zzz', { supportUrl, areas: [domains, billing] })).toEqual({
			heading: 'Most asked about',
			articles: [domains.articles[0], billing.articles[0]],
		});
	});

	test('a help center with no articles yet suggests nothing, so no heading stands over an empty list', () => {
		expect(popularArticles('invoice', { supportUrl, areas: [] })).toBeUndefined();
		expect(popularArticles('invoice', { supportUrl, areas: [{ ...billing, articles: [] }] })).toBeUndefined();
	});
});

describe('starting Pagefind in the browser', () => {
	test('an index of no pages never starts the bundle (it would log “No language indexes found”) and finds nothing', async () => {
		const bundle = vi.fn();
		const pagefind = await startPagefind(0, bundle);
		expect(bundle).not.toHaveBeenCalled();
		expect(await pagefind.search('invoice')).toEqual({ results: [] });
		expect(await pagefind.filters()).toEqual({});
	});

	test('an index with pages is set up with the ranking and initialised', async () => {
		const calls: string[] = [];
		const module = {
			search: async () => ({ results: [] }),
			filters: async () => ({}),
			options: async () => void calls.push('options'),
			init: async () => void calls.push('init'),
		};
		expect(await startPagefind(3, async () => module)).toBe(module);
		expect(calls).toEqual(['options', 'init']);
	});
});
