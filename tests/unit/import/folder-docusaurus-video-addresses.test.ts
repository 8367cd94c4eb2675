import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a video component whose addresses are written as code', () => {
	test('each address it names becomes a link to the video; one with none keeps its import note', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', path.join(importFixture('folder-docusaurus-video-addresses'), 'docs')]);
		const body = articleBody(site.contentDir, 'take-the-tour');
		expect(body).toContain(
			[
				'[Watch the video on YouTube](https://www.youtube.com/watch?v=Lantern0001)',
				'',
				'[Watch the video on YouTube](https://www.youtube.com/watch?v=Lantern0002)',
				'',
				'[Pair your first lamp](https://vimeo.com/123456789)',
			].join('\n'),
		);
		expect(body.match(/Import note/g)).toHaveLength(1);
	});
});
