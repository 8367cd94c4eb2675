import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const fixture = (name: string) => importFixture(path.join('multi-line-titles', name));

/** Each imported article's frontmatter lines for title and tags, by file name. */
function fields(contentDir: string): Record<string, string[]> {
	const dir = path.join(contentDir, 'articles');
	return Object.fromEntries(
		readdirSync(dir).map((name) => {
			const text = readFileSync(path.join(dir, name), 'utf8');
			const frontmatter = text.slice(4, text.indexOf('\n---\n'));
			return [name, frontmatter.split('\n').filter((line) => /^(title|tags| {2}- )/.test(line))];
		}),
	);
}

describe('import: a title or label written over several lines', () => {
	test('from a helpdesk export, comes over on one line, and check passes', async () => {
		const site = emptySite(
			'defaults:\n  category: usability\n  productArea: account\nzendesk:\n  sections:\n    "7101": { productArea: account }\n',
		);
		const result = await runImport(site, ['--from', 'zendesk', '--dump', fixture('zendesk'), '--offline']);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('written 1, updated 0, unchanged 0, skipped 0');
		expect(fields(site.contentDir)).toEqual({
			'reset-your-password.mdx': ['title: Reset your password', 'tags:', '  - sign in', '  - pass words'],
		});
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('from a docs folder (a YAML block title, sidebar labels that name pages apart), comes over on one line', async () => {
		const site = emptySite(
			'defaults:\n  category: usability\n  productArea: api\nfolder:\n  folders:\n    "team": { productArea: account }\n',
		);
		const result = await runImport(site, ['--from', 'folder', fixture('docs')]);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('written 3, updated 0, unchanged 0, skipped 0');
		expect(fields(site.contentDir)).toEqual({
			'rotate-an-api-key-without-downtime.mdx': ['title: Rotate an API key without downtime', 'tags:', '  - api keys'],
			'add-people-to-your-team.mdx': ['title: Add people to your team (team › Invite by email)', 'tags: []'],
			'add-people-to-your-team-team-share-an-invite-link.mdx': [
				'title: Add people to your team (team › Share an invite link)',
				'tags: []',
			],
		});
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
