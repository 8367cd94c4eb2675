import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a callout at the margin that is never closed', () => {
	test('holds the rest of the page, as on the old site, and is listed for review with its line', async () => {
		const site = emptySite('defaults:\n  category: usability\n  productArea: account\n');
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('unclosed-block-at-margin'), 'docusaurus', 'docs'),
		]);
		// Every word stays, inside the block, where the old site showed them.
		expect(articleBody(site.contentDir, 'pause-a-campaign')).toContain(
			'Open the campaign and choose **Pause**.\n\n<Aside type="caution">\n  Messages already queued still go out.\n\n  Resume the campaign from the same menu.\n\n  Paused campaigns are deleted after 30 days.\n</Aside>',
		);
		const review = stdout.slice(stdout.indexOf('To review'));
		expect(review).toContain(
			'a ":::warning" block is never closed, so it holds the rest of the page, as on the old site; check where it should end (line 7)',
		);
		// A block that is closed, with another closed inside it, is no matter for review.
		expect(review).not.toContain('schedule-a-campaign');
	});
});
