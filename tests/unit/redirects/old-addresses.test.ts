import { describe, expect, test } from 'vitest';
import { OldAddresses } from '../../../src/redirects/old-addresses.ts';

const addresses = new OldAddresses([
	['/hc/en-us/articles/360001234-Verify-your-domain', 'verify-your-domain'],
	['/hc/en-us/articles/360001234', 'verify-your-domain'],
	['/en/articles/8801-set-up-webhooks', 'webhooks'],
	['/Getting%20started/Create%20a%20vault', 'create-a-vault'],
	['/docs/billing/refunds', 'refunds'],
	// One number, two help centers: the number alone names neither.
	['/hc/en-us/articles/42-Old-pricing', 'pricing'],
	['/help/articles/42-Team-seats', 'seats'],
]);

describe('old addresses in text: links that tickets closed before a move hold', () => {
	test.each([
		['/hc/en-us/articles/360001234-Verify-your-domain', 'verify-your-domain'],
		['/hc/en-us/articles/360001234-Verify-your-domain/', 'verify-your-domain'],
		['/docs/billing/refunds/', 'refunds'],
		['/Getting started/Create a vault', 'create-a-vault'],
		['/Getting%20started/Create%20a%20vault', 'create-a-vault'],
	])('%s is the old address of %s', (path, slug) => {
		expect(addresses.lookup(path)).toBe(slug);
	});

	test.each([
		[
			'a title changed since the link was copied',
			'/hc/en-us/articles/360001234-How-to-verify-a-domain',
			'verify-your-domain',
		],
		['another locale', '/hc/fr/articles/360001234-Verifier-votre-domaine', 'verify-your-domain'],
		['no locale, as the old help center also answered', '/hc/articles/360001234', 'verify-your-domain'],
		['an Intercom article by its number alone', '/en/articles/8801', 'webhooks'],
	])('a numbered article matches by its number: %s', (_, path, slug) => {
		expect(addresses.lookup(path)).toBe(slug);
	});

	test.each([
		['a number two old addresses give to different articles', '/hc/articles/42'],
		['an article the old help center did not have', '/hc/en-us/articles/360009999-Rate-limits'],
		['a path that only ends like an old address', '/billing/refunds'],
		['an unnumbered address with another title', '/docs/billing/refund-policy'],
	])('%s matches nothing', (_, path) => {
		expect(addresses.lookup(path)).toBeUndefined();
	});

	test('the exact address wins over the number', () => {
		expect(addresses.lookup('/hc/en-us/articles/42-Old-pricing')).toBe('pricing');
		expect(addresses.lookup('/help/articles/42-Team-seats')).toBe('seats');
	});
});
