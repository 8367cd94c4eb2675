import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: domains\n';

describe('folder import: links between pages', () => {
	test('links to the built .html pages and to index pages lead to the imported articles', async () => {
		const site = emptySite(map);
		const result = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-html-links'),
			'--base-path',
			'/help',
		]);
		expect(result.stdout).toContain('links rewritten 5');
		const read = (slug: string) => readFileSync(path.join(site.contentDir, 'articles', `${slug}.mdx`), 'utf8');
		expect(read('guide')).toContain(
			'Start with [setup](/articles/setup/) and the [refund rules](/articles/billing-questions/#refunds).',
		);
		expect(read('setup')).toContain(
			'See [billing](/articles/billing-questions/), [the guide](/articles/guide/) and [the guide again](/articles/guide/).',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
