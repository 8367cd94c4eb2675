import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Mintlify accordions linked to', () => {
	test('an accordion is a fold that keeps the anchor Mintlify gave it, by its title or its id, so links to the answer keep their place', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-mintlify-accordion-anchors')]);
		expect(articleBody(site.contentDir, 'billing-faq')).toBe(
			[
				'<details id="when-am-i-charged">\n  <summary>When am I charged?</summary>\n\n  On the first day of each month.\n</details>',
				'<details id="can-i-pay-by-invoice">\n  <summary>Can I pay by invoice?</summary>\n\n  Yes, on the yearly plan.\n</details>\n',
			].join('\n\n'),
		);
		expect(articleBody(site.contentDir, 'refunds')).toBe(
			'Refunds follow your [billing date](/articles/billing-faq/#when-am-i-charged) and reach you the way [you paid](/articles/billing-faq/#can-i-pay-by-invoice).\n',
		);
		expect(result.stdout).not.toContain('has no heading');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
