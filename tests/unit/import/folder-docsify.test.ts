import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Docsify site', () => {
	test('the sidebar, navbar, cover page and _media/ are no pages; README.md is the home page', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-docsify/docs')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 4');
		expect(stdout).toContain('_sidebar.md: Docsify shows it around or inside the pages');
		expect(stdout).toContain('_media/slot-length.md: Docsify shows it around or inside the pages');
		// A link's options (`':target=_blank'`) are Docsify's, never a title readers see.
		expect(articleBody(site.contentDir, 'tidepool')).toBe(
			'Swim lanes you can book from your phone. Read [how to book a slot](/articles/book-a-slot/).\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('!> and ?> are asides, :id= is the heading’s anchor, :include writes the file in', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-docsify/docs')]);
		const body = articleBody(site.contentDir, 'book-a-slot');
		expect(body).toContain(
			'<Aside type="caution">\n  A lane booked by a club cannot be shared,\n  even for ten minutes.\n</Aside>\n\n<Aside type="tip">\n  Slots open a week ahead.\n</Aside>',
		);
		expect(body).toContain('## Pick a lane\n');
		// Emoji shortcodes are the emoji the old site showed; code and unknown names stay as written.
		expect(body).toContain(
			'Booked? You get a 👍 and a 🎉 by email. Type `:tada:` in a note to cheer a lane mate; :lane_three: is no emoji.',
		);
		expect(body).toContain('Jump back to [picking a lane](#pick-a-lane).');
		expect(body).toContain('## Pay at the desk\n');
		// An embedded Markdown file is its words (its frontmatter left out), any other file a code block.
		expect(body).toContain('Every slot lasts **45 minutes**.');
		expect(body).toContain('```json\n{ "lane": 3, "minutes": 45 }\n```');
		expect(body).toContain('```md\n!> Written about, not used.\n```');
		// A reference-style image is an image: an SVG shows, where a definition would be refused as a page.
		expect(body).toContain('![Lane marker](./book-a-slot/lane.svg "The lane marker")');
		expect(body).not.toContain('[lane]:');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
