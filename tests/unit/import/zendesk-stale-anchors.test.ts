import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: account\nzendesk: {}\n';

describe('a Zendesk article whose contents list names heading ids the page no longer has', () => {
	// Zendesk's editor gives each heading a new `h_01…` id when an article is copied or a
	// block pasted, while the hand-made contents list keeps the old ones.
	test('a link whose words are a heading of the page leads to that heading; any other loses its link', async () => {
		const site = emptySite(map);
		const dump = path.join(importFixture('zendesk-stale-anchors'), 'help-center.json');
		const result = await runImport(site, ['--from', 'zendesk', '--dump', dump, '--offline']);
		expect(result.stdout).toContain('written 1');
		const article = readFileSync(path.join(site.contentDir, 'articles/early-access-programme.mdx'), 'utf8');
		expect(article).toContain(
			'- [Who can join](#who-can-join)\n- [**How to join**](#how-to-join)\n- Leaving the programme\n',
		);
		expect(result.stdout).toContain(
			'the link to #h_01AAAAAAAAAAAAAAAAAAAAAAA3 on the same page leads to no heading; its text stays, unlinked',
		);
		expect(result.stdout).not.toContain('#h_01AAAAAAAAAAAAAAAAAAAAAAA1');
	});
});
