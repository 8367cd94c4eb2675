import { describe, expect, test } from 'vitest';
import { embeddedPageLink } from '../../../src/import/convert/media.ts';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a video or post embedded with an image’s syntax', () => {
	test('becomes a link to its page, where an image would show a broken picture; code and real pictures stay', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-embedded-pages'), '--offline']);
		const body = articleBody(site.contentDir, 'embed-a-video');
		expect(body).toContain('```md\n![](https://www.youtube.com/watch?v=kettle01xyz)\n```');
		expect(body).toContain('\n[Watch the video on YouTube](https://www.youtube.com/watch?v=kettle01xyz)\n');
		expect(body).toContain('A short link works too: [Descaling in two minutes](https://youtu.be/kettle02xyz)');
		expect(body).toContain('[See the post on X](https://x.com/brewly/status/1580000000000000001)');
		expect(body).toContain('![The kettle](https://cdn.brewly.example/kettle.png)');
	});

	test('knows the video hosts’ pages and players and posts, nothing else', () => {
		expect(embeddedPageLink('https://m.youtube.com/watch?feature=share&v=abcdefghijk')?.text).toBe(
			'Watch the video on YouTube',
		);
		expect(embeddedPageLink('https://www.youtube.com/shorts/abcdefghijk')?.url).toBe(
			'https://www.youtube.com/shorts/abcdefghijk',
		);
		expect(embeddedPageLink('https://www.youtube.com/embed/abcdefghijk')?.url).toBe(
			'https://www.youtube.com/watch?v=abcdefghijk',
		);
		expect(embeddedPageLink('https://vimeo.com/76979871', 'Tour')).toEqual({
			url: 'https://vimeo.com/76979871',
			text: 'Tour',
		});
		expect(embeddedPageLink('https://twitter.com/brewly/status/1580000000000000001')?.text).toBe('See the post on X');
		for (const other of [
			'https://www.youtube.com/channel/UCabc',
			'https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg',
			'https://x.com/brewly',
			'./kettle.png',
		])
			expect(embeddedPageLink(other), other).toBeUndefined();
	});
});
