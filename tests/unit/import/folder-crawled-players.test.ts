import { describe, expect, test } from 'vitest';
import { hostedVideoLink } from '../../../src/import/convert/media.ts';
import { withoutFlattenedPlayers } from '../../../src/import/sources/crawled-players.ts';
import { articleBody, checkErrors, importFolderSite } from './helpers.ts';

describe('folder import: copies of a crawled article that differ only in a video player the crawler wrote out', () => {
	test('YouTube players on one line or in bold, and Loom players, are links to their videos, and the copies agree', async () => {
		const { site, result, articles } = await importFolderSite('folder-crawled-player-copies', ['--offline']);
		expect(articles).toEqual([
			'refund-a-card-payment.mdx',
			'take-payments-in-person.mdx',
			'troubleshoot-double-booking.mdx',
		]);
		// Subscriber counts, a Loom player's comments and an embed were the copies' only differences.
		expect(result.stdout).not.toContain('another save of this article differs');
		expect(result.stdout).toContain('skipped 4');
		// A player captured on one line: a link to the video, the words after its clock kept.
		const pay = articleBody(site.contentDir, 'take-payments-in-person');
		expect(pay).toContain('[Take payments in person](https://www.youtube.com/watch?v=PaYiNpErS0n)');
		expect(pay).toContain('**More tutorials from the community**');
		for (const debris of ['subscribers', 'Watch later', '0:00', 'Live', 'Photo image'])
			expect(pay).not.toContain(debris);
		// One written in bold, line by line.
		const refund = articleBody(site.contentDir, 'refund-a-card-payment');
		expect(refund).toContain('[Refund payments within the app](https://www.youtube.com/watch?v=ReFuNdPaY01)');
		expect(refund).toContain('**Which payments can be refunded?**');
		for (const debris of ['subscribers', 'Watch later', '0:00', 'Live']) expect(refund).not.toContain(debris);
		// A Loom player: its title, views, speeds, comments and picture go; a link to its video stays, once.
		const booking = articleBody(site.contentDir, 'troubleshoot-double-booking');
		expect(booking).toContain(
			'[Double booking issue troubleshoot](https://www.loom.com/share/784d4d40d5bd4953b9f34edfffecbaaa)',
		);
		expect(booking.match(/loom\.com/g)).toHaveLength(1);
		for (const debris of ['views', '1.2×', 'HTML5', 'Unassigned calendar', 'other comment', 'Screenshot of google'])
			expect(booking).not.toContain(debris);
		expect(booking).toContain("Check the calendar's settings first.");
		expect(booking).toContain('How to set up a team calendar to check for conflicts');
		expect(result.stdout).toMatch(/video players? the crawler wrote out/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('an embedded Loom player', () => {
	test('at its share address as at its embed address, leads to the video', () => {
		for (const src of [
			'https://www.loom.com/embed/784d4d40d5bd4953b9f34edfffecbaaa?sid=1f78',
			'https://www.loom.com/share/784d4d40d5bd4953b9f34edfffecbaaa?source=embed',
		])
			expect(hostedVideoLink(src, 'Double booking')).toEqual({
				url: 'https://www.loom.com/share/784d4d40d5bd4953b9f34edfffecbaaa',
				text: 'Double booking',
			});
	});
});

describe('the words of a player a crawler wrote out', () => {
	const loom = 'https://www.loom.com/share/784d4d40d5bd4953b9f34edfffecbaaa';
	test('a link to a Loom video written in a sentence, or a line alone, is no player and stays', () => {
		const lines = ['Watch this:', '', `[Double booking](${loom})`, '', '🙌', '', 'Thanks for reading.'];
		expect(withoutFlattenedPlayers(lines)).toEqual({ lines, players: 0 });
	});

	test('a player written on one line from its "Watch on" link keeps the words after its clock', () => {
		const line =
			'[Watch on](https://www.youtube.com/watch?v=PaYiNpErS0n&embeds_referring_euri=x)   0:00   0:00 / 3:12 •Live • Some caption';
		expect(withoutFlattenedPlayers([line])).toEqual({
			lines: ['[Watch the video on YouTube](https://www.youtube.com/watch?v=PaYiNpErS0n)', '', 'Some caption'],
			players: 1,
		});
	});
});
