import { describe, expect, test } from 'vitest';
import { sharedSiteName, withoutSiteName } from '../../../src/import/titles.ts';

describe("the site's name after every title", () => {
	test('is the tail that most titles share, separator included', () => {
		const titles = ['Billing - Quay Help', 'Refunds - Quay Help', 'Card reader - Pairing - Quay Help', 'Quay Help'];
		expect(sharedSiteName(titles)).toBe(' - Quay Help');
		expect(sharedSiteName(['Install | Acme Docs', 'Upgrade | Acme Docs', 'FAQ | Acme Docs'])).toBe(' | Acme Docs');
	});

	test('is no tail that only some titles share, nor one of fewer than three', () => {
		expect(sharedSiteName(['Setup - Windows', 'Setup - Mac', 'Setup - Linux', 'Refunds', 'Pricing'])).toBeUndefined();
		expect(sharedSiteName(['Billing - Quay Help', 'Refunds - Quay Help'])).toBeUndefined();
		expect(sharedSiteName(['Billing', 'Refunds', 'Pricing'])).toBeUndefined();
		expect(
			sharedSiteName(['A - Quay Help', 'B - Quay Help', 'C - Quay Help', 'D', 'E', 'F', 'G']),
			'three of seven is not half',
		).toBeUndefined();
	});

	test('comes off a title that ends with it, and a title that is nothing but the name keeps it', () => {
		expect(withoutSiteName('Card reader - Pairing - Quay Help', ' - Quay Help')).toBe('Card reader - Pairing');
		expect(withoutSiteName('Quay Help', ' - Quay Help')).toBe('Quay Help');
		expect(withoutSiteName('Refunds', ' - Quay Help')).toBe('Refunds');
		expect(withoutSiteName('Refunds - Quay Help', undefined)).toBe('Refunds - Quay Help');
	});
});
