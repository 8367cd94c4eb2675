import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = `defaults:
  category: usability
  productArea: billing
intercom:
  collections:
    "9201": { productArea: billing }
`;

/** What the last import printed. */
let last = '';

async function imported() {
	const site = emptySite(map);
	const result = await runImport(site, [
		'--from',
		'intercom',
		'--dump',
		importFixture('intercom-editor-html'),
		'--offline',
	]);
	expect(result.stderr).toBe('');
	last = result.stdout;
	return site;
}

describe('Intercom: what its article editor writes', () => {
	test('a list in a table cell (the Articles API allows any block in a cell) stays in its row, an item a line', async () => {
		const site = await imported();
		const body = articleBody(site.contentDir, 'compare-plans');
		expect(body).toContain('| Starter  | • 2 seats<br />• email support ');
		expect(body).toContain(
			'| Team     | Everything in Starter, and:<br />1. 10 seats<br />2. shared inboxes<br />\u00a0\u00a0• up to 5 |',
		);
		// Nothing of the cells is left below the table.
		expect(body.trimEnd().split('\n').at(-1)).toMatch(/^\| Team/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('each video host the Articles API embeds becomes a link that plays the same video', async () => {
		const site = await imported();
		const body = articleBody(site.contentDir, 'video-walkthroughs');
		expect(body).toContain('[Watch the video on Wistia](https://fast.wistia.net/embed/iframe/q7r8s9t0u1)');
		expect(body).toContain('[Watch the video on Vidyard](https://share.vidyard.com/watch/Xy12AbCdEfGh34IjKlMnOp)');
		// An unlisted Vimeo video plays only with its key, which the player's address carries as `h`.
		expect(body).toContain('[Watch the video on Vimeo](https://vimeo.com/905512347/6c1f0e9b2a)');
		// Where the player started, the page starts.
		expect(body).toContain('[Watch the video on YouTube](https://www.youtube.com/watch?v=Q1w2E3r4T5y\\&t=84s)');
		expect(body).not.toContain('Import note');
	});

	test('an image whose signed address has expired says so, and how to get a fresh one', async () => {
		const site = await imported();
		expect(articleBody(site.contentDir, 'video-walkthroughs')).toContain('![The seats page](https://downloads');
		expect(last).toContain(
			'- image not copied (its signed address expired on 2023-11-14: import from the API again for fresh addresses), left at its old address: https://downloads.intercomcdn.com/',
		);
	});
});
