import { describe, expect, test } from 'vitest';
import { notionProperties } from '../../../src/import/sources/notion.ts';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	runImport,
} from './helpers.ts';

describe('folder import: a Notion export', () => {
	test('pages and folders lose the id after their names; properties become fields, not words', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-notion')]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 0');
		// The folder is named as Notion shows it wherever the import names it.
		expect(stdout).toContain('getting-started.mdx: from Help Center\n');
		const started = articleFrontmatter(site.contentDir, 'getting-started');
		expect(started).toContain('title: Getting started');
		expect(started).toContain('tags:\n  - Onboarding');
		expect(started).toContain('description: Create your workspace, then invite your team. See Billing for plans.');
		expect(articleBody(site.contentDir, 'getting-started')).toMatch(/^Create your workspace/);
		expect(articleFrontmatter(site.contentDir, 'billing')).toContain('updated: 2026-03-09');
		expect(stdout).toContain('Notion properties dropped: Status');
		// Links between pages lead to the articles, and a picture beside a page comes along.
		expect(articleBody(site.contentDir, 'billing')).toContain('[Getting started](/articles/getting-started/)');
		expect(articleBody(site.contentDir, 'getting-started')).toContain('![Untitled](./getting-started/untitled.png)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a callout keeps its kind by its icon, and a line with a colon in the text stays words', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-notion')]);
		expect(articleBody(site.contentDir, 'getting-started')).toContain(
			'<Aside type="tip">\n  Invite at least one teammate before you import contacts.\n</Aside>',
		);
		const billing = articleBody(site.contentDir, 'billing');
		expect(billing).toContain('<Aside type="caution">\n  A card that fails twice pauses sending.\n</Aside>');
		expect(billing).toContain('Note: this line is a sentence, not a property.');
	});
});

describe('Notion page properties', () => {
	test('are the lines under the title up to a blank line; lines that run on into words are the page’s text', () => {
		const read = notionProperties('# Refunds\n\nTags: Billing, Cards\nOwner: Ana\n\nRefunds take a week.\n');
		expect(read).toEqual({
			body: '# Refunds\n\nRefunds take a week.\n',
			labels: ['Billing', 'Cards'],
			updated: undefined,
			dropped: ['Owner'],
		});
		const prose = '# Refunds\n\nNote: refunds take a week.\nAsk us if it takes longer.\n';
		expect(notionProperties(prose).body).toBe(prose);
		expect(notionProperties('No title here.\n\nTags: x\n').labels).toEqual([]);
	});

	test('a last-edited time counts on the day it names, in any time zone', () => {
		const { updated } = notionProperties('# Refunds\n\nLast edited time: March 9, 2026 11:55 PM\n\nText.\n');
		expect(updated?.toISOString()).toBe('2026-03-09T00:00:00.000Z');
	});
});
