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

describe("the site's name before every title", () => {
	test('is the head nearly every title shares, as Confluence writes its space', () => {
		const titles = [
			'Support : Reset a password',
			'Support : Close an account',
			'Support : Refunds',
			'Support : Pricing',
			'Support : Export your data',
		];
		expect(sharedSiteName(titles)).toBe('Support : ');
		expect(sharedSiteName([...titles.slice(0, 4), 'Refunds']), 'four in five is not nine in ten').toBeUndefined();
		expect(withoutSiteName('Support : Reset a password', 'Support : ')).toBe('Reset a password');
		expect(withoutSiteName('Support', 'Support : ')).toBe('Support');
	});

	test('a tail shared by more titles wins over a head', () => {
		const titles = [
			'Setup - Windows - Acme Docs',
			'Setup - Mac - Acme Docs',
			'Billing - Acme Docs',
			'Refunds - Acme Docs',
		];
		expect(sharedSiteName(titles)).toBe(' - Acme Docs');
	});
});
