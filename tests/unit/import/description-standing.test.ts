import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { convertArticle } from '../../../src/import/convert/article.ts';
import { describeFromBody } from '../../../src/import/convert/body.ts';
import { isStepLine, leansOnWhatCameBefore } from '../../../src/import/convert/standing-sentence.ts';
import { articleFrontmatter, emptySite, htmlArticle, importFixture, runImport } from './helpers.ts';

const descriptionOf = (contentDir: string, slug: string) =>
	/^description: (.*)$/m.exec(articleFrontmatter(contentDir, slug))?.[1];

const describeHtml = (html: string, language?: string) =>
	describeFromBody(
		convertArticle(htmlArticle(html), { format: 'mdx', link: (href) => ({ kind: 'kept', href }) }).tree as Root,
		language,
	);

describe('a sentence that leans on one before it', () => {
	test.each([
		'When this happens, calendar syncing stops.',
		'This will download every contact.',
		'This is where invoices are kept.',
		'It also hides them from search.',
		'It lets you pick a sender.',
		'Once done, the domain is verified.',
		'Once complete, the import starts.',
		'These settings apply to every project.',
		'These apply to every project.',
		'That option is only for admins.',
		'After that, refresh the page.',
		'In this case, contact your bank.',
		'However, refunds take a week.',
		'Also, drafts save on their own.',
		'Additionally, you can add a logo.',
		'To do this, open Settings.',
		'To enable it, open Settings.',
		'They appear under Reports.',
		'Such links expire after a day.',
		'If so, reconnect the calendar.',
		'Then choose a plan.',
		'These new settings apply to every project.',
		"That's why invoices wait a day.",
		'Its limits are listed below.',
	])('%s', (sentence) => {
		expect(leansOnWhatCameBefore(sentence)).toBe(true);
	});

	test.each([
		'This guide explains which reports the dashboard offers.',
		'This article shows how to verify a domain.',
		'In this article, you will learn to export contacts.',
		'On this page you find the limits of each plan.',
		'It is possible to schedule a post a year ahead.',
		"It's easy to add a teammate.",
		'Theme settings change the colors of the help center.',
		'Thesis templates come with citations.',
		'Italy and Spain use the euro.',
		'Once a month, invoices are sent.',
		'When a payment fails, the customer gets an email.',
		// A pointer before a noun the title shows beside it, or before a name, names its subject.
		'This integration enables Zammad to show a caller log to your agents.',
		'This feature lets businesses write their own invoice emails.',
		'This Data Processing Agreement applies to personal data Discord processes.',
		'These Custom Audience Terms govern your use of custom audiences.',
		'This short video shows the editor.',
		'This help article explains tax-inclusive pricing.',
		'This documents covers how you send payment links.',
		// A connective's word leading a phrase of its own.
		'In addition to C++, Python is a supported language.',
		'However you pay, the invoice shows the total.',
		'It has turned out that a restart helps.',
	])('%s stands alone', (sentence) => {
		expect(leansOnWhatCameBefore(sentence)).toBe(false);
	});
});

describe('a step of a procedure', () => {
	test.each([
		'Click Settings',
		'Go to Billing > Plans',
		'Step 1: Open the app',
		'2. Reply to the conversation manually',
		'Navigate to Settings and Calendars',
		'Scroll down to Members',
		'Log in to the dashboard',
	])('%s is a step line', (line) => {
		expect(isStepLine(line)).toBe(true);
	});

	test.each([
		'Open banking payments in Europe',
		'Press releases from the team',
		'Expand your reach with ads',
		'Log files of the agent',
		'Click Settings to change the plan.',
		'Checking your plan',
	])('%s is no step line', (line) => {
		expect(isStepLine(line)).toBe(false);
	});
});

describe('a description that cannot stand alone gives way to one that can', () => {
	test('a later paragraph that stands alone is preferred; with none, the first stays', () => {
		expect(describeHtml('<p>This will download every contact.</p><p>Exports include custom fields.</p>')).toBe(
			'Exports include custom fields.',
		);
		expect(describeHtml('<p>This will download every contact.</p><p>It also sends an email.</p>')).toBe(
			'This will download every contact.',
		);
	});

	test('from a later section too, as in a crawled troubleshooting article, but never a step', () => {
		expect(
			describeHtml(
				'<p><strong>TABLE OF CONTENTS</strong></p><ul><li><a href="#a">What causes it</a></li></ul>' +
					'<h2 id="a">What causes it</h2><p>When the integration is disrupted, it is caused by one of these:</p>' +
					'<ul><li>A changed password.</li></ul><p>When this happens, calendar syncing stops.</p>' +
					'<h2>Fix it</h2><p>When your calendar disconnects, Google has usually revoked access.</p>',
			),
		).toBe('When your calendar disconnects, Google has usually revoked access.');
		expect(describeHtml('<p>This will download every contact.</p><p>Click Export to start it.</p>')).toBe(
			'This will download every contact.',
		);
	});

	test('in a language other than English the English rule does not apply', () => {
		expect(describeHtml('<p>This will download every contact.</p><p>Exports include custom fields.</p>', 'de')).toBe(
			'This will download every contact.',
		);
		expect(describeHtml('<p>This will download every contact.</p><p>Exports include custom fields.</p>', 'en-GB')).toBe(
			'Exports include custom fields.',
		);
	});

	test('a step line over its screenshot is passed over like a heading written as a paragraph', () => {
		expect(
			describeHtml('<p>Click Settings</p><p><img src="a.png" alt=""></p><p>Members see the shared calendar.</p>'),
		).toBe('Members see the shared calendar.');
		// A step with a full stop is a sentence; with nothing else, a step line stays.
		expect(describeHtml('<p>Click Settings to change the plan.</p><p>Plans renew monthly.</p>')).toBe(
			'Click Settings to change the plan.',
		);
		expect(describeHtml('<p>Navigate to Settings and Calendars</p><p><img src="a.png" alt=""></p>')).toBe(
			'Navigate to Settings and Calendars',
		);
	});
});

describe('descriptions of an imported Zendesk dump', () => {
	test('openings that lean on what came before and step lines give way; sentences that name their subject stay', async () => {
		const site = emptySite('defaults:\n  category: usability\n  productArea: billing\nzendesk: {}\n');
		const result = await runImport(site, [
			'--from',
			'zendesk',
			'--dump',
			importFixture('zendesk-description-standing'),
			'--offline',
		]);
		expect(result.stdout).toContain('written 9');
		const slugs = [
			'calendar-sync-stopped',
			'export-contacts',
			'archived-projects',
			'invite-a-teammate',
			'change-your-plan',
			'reports-overview',
			'webhooks',
			'kalender-trennen',
			'scheduled-posts',
		];
		expect(Object.fromEntries(slugs.map((slug) => [slug, descriptionOf(site.contentDir, slug)]))).toEqual({
			'calendar-sync-stopped': 'Google signs Tryblock out of a calendar after its password changes.',
			'export-contacts': 'Exports include custom fields and tags.',
			'archived-projects': 'These settings apply to every project you archive.',
			'invite-a-teammate': 'Invited teammates join your workspace as members.',
			'change-your-plan': 'Plans change at the start of the next billing period.',
			'reports-overview': 'This guide explains which reports the dashboard offers and who can see them.',
			webhooks: 'It also retries a failed delivery three times.',
			'kalender-trennen': 'Also wird der Kalender nicht mehr abgeglichen, bis Sie ihn neu verbinden.',
			'scheduled-posts': 'It is possible to schedule a post up to a year ahead.',
		});
	});
});
