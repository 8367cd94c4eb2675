import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Mintlify accordions linked to', () => {
	test("an accordion's title keeps the anchor Mintlify gave it, by its title or its id, so links to the answer keep their place", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-mintlify-accordion-anchors')]);
		expect(articleBody(site.contentDir, 'billing-faq')).toBe(
			[
				'<a id="when-am-i-charged" />**When am I charged?**',
				'On the first day of each month.',
				'<a id="can-i-pay-by-invoice" />**Can I pay by invoice?**',
				'Yes, on the yearly plan.\n',
			].join('\n\n'),
		);
		expect(articleBody(site.contentDir, 'refunds')).toBe(
			'Refunds follow your [billing date](/articles/billing-faq/#when-am-i-charged) and reach you the way [you paid](/articles/billing-faq/#can-i-pay-by-invoice).\n',
		);
		expect(result.stdout).not.toContain('has no heading');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
