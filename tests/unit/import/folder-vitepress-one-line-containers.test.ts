import { describe, expect, test } from 'vitest';
import { gluedFencesAsText } from '../../../src/import/convert/glued-fences.ts';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, articleFrontmatter, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: VitePress containers written on one line', () => {
	test('a name run into its words is the paragraph VitePress shows; a spaced one is the container it renders', async () => {
		const site = emptySite('defaults:\n  category: usability\n  productArea: account\n');
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('vitepress-one-line-containers/docs'),
		]);
		const body = articleBody(site.contentDir, 'sync-calendars');
		// markdown-it-container takes `tipSync` as the name, which no container has: the line is text, every word kept.
		expect(body).toContain(
			':::tipSync runs every fifteen minutes on the free plan.:::\n\nConnect a calendar from **Settings › Calendars**.\n\n> :::noteShared calendars sync one way only.',
		);
		// `::: warning Mind the quota :::` opens a warning titled as VitePress titles it, up to the next `:::`.
		expect(body).toContain(
			'<Aside type="caution" title="Mind the quota :::">\n  Each account syncs up to five calendars.\n</Aside>\n\nDisconnect a calendar to stop syncing it.',
		);
		expect(body).not.toContain('Import note');
		// The colons say nothing about the page: its description is its first sentence of words.
		expect(articleFrontmatter(site.contentDir, 'sync-calendars')).toContain(
			'description: Connect a calendar from Settings › Calendars.',
		);
		expect(stdout).not.toContain('To review');
		expect(exitCode).toBe(0);
		expect(mdxProblem(body)).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('a callout name run into words', () => {
	test('is text only with words or closing colons after it: a name alone on its line may be a directive of the site', () => {
		expect(gluedFencesAsText(':::tipPlease note this.:::\n::: warningDo not.')).toBe(
			'\\:::tipPlease note this.:::\n\\::: warningDo not.',
		);
		const own = ':::infoBox\nWords.\n:::\n\n:::tipCard[Title]\nWords.\n:::\n\n```md\n:::tipPlease note\n```';
		expect(gluedFencesAsText(own)).toBe(own);
	});
});
