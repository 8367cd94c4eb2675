import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptySite, importFixture, runImport } from './helpers.ts';

/** The "To review" lines of a generator's folder of the fixture, imported into an empty site. */
async function reviewLines(generator: string): Promise<string[]> {
	const site = emptySite('defaults:\n  category: usability\n  productArea: account\n');
	const { stdout } = await runImport(site, [
		'--from',
		'folder',
		path.join(importFixture('review-lines-after-tabs'), generator, 'docs'),
	]);
	const review = stdout.slice(stdout.indexOf('To review'), stdout.indexOf('Conversion notes'));
	return review.split('\n').filter((line) => line.startsWith('    - '));
}

describe('folder import: a note after content tabs names the line of the file', () => {
	test('VitePress: after a `:::tabs` block, whose tabs the import writes as fenced sections', async () => {
		expect(await reviewLines('vitepress')).toEqual([
			'    - a ":::spoiler" block was not converted; its content is kept (line 24)',
			'    - a line of nothing but ":::" closed no block and was left out: the block above may have ended early; check it (line 28)',
		]);
	});

	test('MkDocs: after `=== "Tab"` tabs and an admonition', async () => {
		expect(await reviewLines('mkdocs')).toEqual([
			'    - a line of nothing but ":::" closed no block and was left out: the block above may have ended early; check it (line 20)',
		]);
	});
});
