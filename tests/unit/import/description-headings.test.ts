import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { convertArticle } from '../../../src/import/convert/article.ts';
import { describeFromBody } from '../../../src/import/convert/body.ts';
import { settleDescriptions } from '../../../src/import/descriptions.ts';
import { articleFrontmatter, emptySite, htmlArticle, importFixture, importFolderSite, runImport } from './helpers.ts';

const descriptionOf = (contentDir: string, slug: string) =>
	/^description: (.*)$/m.exec(articleFrontmatter(contentDir, slug))?.[1];

const describeHtml = (html: string) =>
	describeFromBody(
		convertArticle(htmlArticle(html), { format: 'mdx', link: (href) => ({ kind: 'kept', href }) }).tree as Root,
	);

describe('a description is the first sentence of the article, not a heading written as a paragraph', () => {
	test('a short line without a full stop over a run of links (a player made a link, then more videos) is passed over', () => {
		expect(
			describeHtml(
				'<p><a href="https://www.youtube.com/watch?v=x">Refunds</a></p><p>More tutorials from the community</p>' +
					'<p><a href="https://youtu.be/a">https://youtu.be/a</a></p><p><a href="https://youtu.be/b">https://youtu.be/b</a></p>' +
					'<p>Refunds send the money back to the card.</p>',
			),
		).toBe('Refunds send the money back to the card.');
	});

	test("a question over a list of points, where the points are the article's only prose, gives way to the first point", () => {
		expect(
			describeHtml(
				"<p>What's new?</p><ul><li>Invoices now show a preview.</li><li>Drafts save on their own.</li></ul>",
			),
		).toBe('Invoices now show a preview.');
	});

	test('a line all in bold with no full stop is a heading; a sentence in bold stays a description', () => {
		expect(
			describeHtml(
				'<p><strong>Refund button moved to the payment page</strong></p><p>Refunds go back to the card.</p>',
			),
		).toBe('Refunds go back to the card.');
		expect(describeHtml('<p><strong>Refunds go back to the card.</strong></p><p>Within a week.</p>')).toBe(
			'Refunds go back to the card.',
		);
	});

	test('a sentence a crawl wrote in pieces reads as one', () => {
		expect(
			describeHtml(
				"<p>We've added a</p><p>Private Mode for synced events</p><p>, allowing users to keep details</p><p>confidential</p><p>. Only you see them.</p>",
			),
		).toBe('Private Mode for synced events, allowing users to keep details confidential. Only you see them.');
	});

	test('a step over its screenshot is no heading; with nothing better, a line of a few words gives way to the title', () => {
		expect(describeHtml('<p>Navigate to Settings and Calendars</p><p><img src="a.png" alt=""></p>')).toBe(
			'Navigate to Settings and Calendars',
		);
		expect(
			describeHtml('<p>Funnel setup</p><p><a href="https://youtu.be/b">Part 2</a></p><p>User calendar setup</p>'),
		).toBeUndefined();
	});
});

describe('a line several articles would take as their description', () => {
	test('gives way to each article’s own next paragraph; copies of one article keep theirs', () => {
		const settled = settleDescriptions(
			new Map([
				['a', { candidates: ['Team calendars share one page.', 'The primary calendar writes events.'], body: '1' }],
				['b', { candidates: ['Team calendars share one page.', 'Conflict checks block busy times.'], body: '2' }],
				['c', { candidates: ['A copy says this.'], body: '3' }],
				['d', { candidates: ['A copy says this.'], body: '3' }],
				['e', { candidates: ['Nothing else of its own.'], body: '4' }],
				['f', { candidates: ['Nothing else of its own.'], body: '5' }],
			]),
		);
		expect(Object.fromEntries(settled)).toEqual({
			a: 'The primary calendar writes events.',
			b: 'Conflict checks block busy times.',
			c: 'A copy says this.',
			d: 'A copy says this.',
			e: 'Nothing else of its own.',
			f: 'Nothing else of its own.',
		});
	});
});

describe('descriptions of imported articles', () => {
	test('from a Zendesk dump: players, headings in disguise and a shared opening paragraph give way to prose', async () => {
		const site = emptySite('defaults:\n  category: usability\n  productArea: billing\nzendesk: {}\n');
		const result = await runImport(site, [
			'--from',
			'zendesk',
			'--dump',
			importFixture('zendesk-description-headings'),
			'--offline',
		]);
		expect(result.stdout).toContain('written 6');
		expect(
			Object.fromEntries(
				[
					'refund-a-payment',
					'add-taxes',
					'whats-new-in-invoices',
					'primary-calendar',
					'conflict-checks',
					'reassigned-contacts-in-a-group-calendar',
				].map((slug) => [slug, descriptionOf(site.contentDir, slug)]),
			),
		).toEqual({
			'refund-a-payment': 'Refunds send the money back to the card the customer paid with.',
			'add-taxes': 'Taxes are added to each invoice line from the rates you set up.',
			'whats-new-in-invoices': 'Invoices now show a preview beside the editor.',
			'primary-calendar': 'The primary calendar is where new appointments are written.',
			'conflict-checks': 'Conflict checks block the times your other calendars are busy.',
			'reassigned-contacts-in-a-group-calendar': 'Reassigned contacts in a group calendar',
		});
	});

	test('from a crawled help center: the line after each video player is not every article’s description', async () => {
		const { site } = await importFolderSite('folder-crawled-description-headings', ['--offline']);
		expect(descriptionOf(site.contentDir, 'tap-to-pay')).toBe(
			'Tap to pay takes card payments on your phone, with no reader to carry.',
		);
		expect(descriptionOf(site.contentDir, 'one-time-links')).toBe(
			'A one-time link books one appointment and then stops working.',
		);
		expect(descriptionOf(site.contentDir, 'private-synced-events')).toBe(
			'Private Mode for synced events, allowing users to keep their calendar details confidential. Only the user who connected the calendar sees the events.',
		);
	});
});
