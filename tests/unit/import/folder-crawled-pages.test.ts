import { describe, expect, test } from 'vitest';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	runImport,
} from './helpers.ts';

describe('folder import: a help center a crawler saved as Markdown, each page whole', () => {
	test('an archived article that keeps its address in url: and opens above a shorter heading keeps its opening', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-url-frontmatter')]);
		const faq = articleBody(site.contentDir, 'billing-faq');
		expect(faq).toContain('Answers to the questions customers ask most about invoices and payment.');
		expect(faq).toContain('## Billing');
		expect(faq).toContain('Ask within 30 days of a charge.');
	});

	test("the article comes over without the portal's page around it", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-crawled-pages/portal')]);
		const reset = articleBody(site.contentDir, 'reset-a-thermostat');
		// Its words, headings, steps and links stay.
		expect(reset).toContain('A reset clears the schedule and brings back the factory settings.');
		expect(reset).toContain('## Before you start');
		expect(reset).toContain('[Pair a thermostat](/articles/pair-a-thermostat/)');
		expect(reset).toContain('2. Choose **Reset** on the screen.');
		// Freshdesk serves each article under its portal's languages too (`/en/support/solutions/articles/…`).
		expect(reset).toContain('[pair it again](/articles/pair-a-thermostat/)');
		// A contents link to a heading an editor wrote with a no-break space leads to the id the build gives it.
		expect(reset).toContain('(/articles/reset-a-thermostat/#step-1hold-the-dial)');
		// The skip link, logo, navigation, breadcrumbs and search box above the title go, the title heading too.
		expect(reset).not.toContain('Skip to main content');
		expect(reset).not.toContain('Knowledge base');
		expect(reset).not.toContain('Recent Searches');
		expect(reset).not.toContain('nothing found');
		expect(reset).not.toMatch(/^#+ Reset a thermostat$/m);
		// The date line under the title, the feedback form and the folder's list below the article go.
		expect(reset).not.toContain('Modified on');
		expect(reset).not.toContain('helpful');
		expect(reset).not.toContain('Articles in this Folder');
		const pair = articleBody(site.contentDir, 'pair-a-thermostat');
		expect(pair).not.toContain('Updated over a week ago');
		expect(pair).not.toContain('Did you find it helpful');
		expect(pair).not.toContain('Send feedback');
		expect(pair).toContain('Open the app and choose **Add a device**.');
		// The address an agent copies from Freshdesk's agent view (`/a/solutions/articles/…`) names the article too.
		expect(pair).toContain('[reset it](/articles/reset-a-thermostat/)');
		// A video player the crawler wrote out as its words (subscribers, "Watch later", its clock) is a link to the video.
		expect(pair).toContain('[Pair your thermostat in two minutes](https://www.youtube.com/watch?v=AbCdEfGhIjK)');
		// One whose frame gave no title is named as any untitled player is.
		expect(pair).toContain('[Watch the video on YouTube](https://www.youtube.com/watch?v=ZyXwVuTsRqP)');
		expect(pair).not.toContain('More videos');
		for (const player of ['subscribers', 'Watch later', 'Tap to unmute', '0:00', 'CancelConfirm', 'Photo image'])
			expect(pair).not.toContain(player);
		expect(articleFrontmatter(site.contentDir, 'pair-a-thermostat')).toContain(
			'description: Pairing links the thermostat to the app on your phone.',
		);
		// A page whose <title> is an editor's title for search engines: the heading is the article's title.
		const schedules = articleBody(site.contentDir, 'heating-schedules');
		expect(schedules).toContain('A schedule warms the rooms before you wake up.');
		expect(schedules).toContain('Add a schedule');
		expect(schedules).not.toContain('Sorry! nothing found');
		expect(schedules).not.toContain('Modified on');
		expect(schedules).not.toContain('helpful');
		// The description is the article's first words, not a search box's "All".
		expect(articleFrontmatter(site.contentDir, 'reset-a-thermostat')).toContain(
			'description: A reset clears the schedule and brings back the factory settings.',
		);
		expect(result.stdout).toContain("the old help center's page around the article");
		expect(result.stdout).toContain('links left pointing at the old help center 0');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: heading ids agree with the build where a heading holds several spaces', () => {
	test('contents links lead to the ids the built page gives headings with runs of spaces, a picture, a tab', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-crawled-heading-spaces'),
			'--old-site-url',
			'https://help.example.com',
			'--offline',
		]);
		const body = articleBody(site.contentDir, 'grant-payment-permissions');
		// github-slugger makes each space a hyphen: a picture then six spaces opens the id with six.
		expect(body).toContain(
			'[Step 1: Open the team page](/articles/grant-payment-permissions/#------step-1-open-the-team-page)',
		);
		expect(body).toContain('[Step 2: Pick a role](/articles/grant-payment-permissions/#step-2--pick-a-role)');
		expect(body).toContain('[Step 3: Save](/articles/grant-payment-permissions/#--step-3-save)');
		// It drops a tab, as it drops a no-break space.
		expect(body).toContain('[Use refunds now](/articles/grant-payment-permissions/#use-refundsnow)');
		expect(body).toContain('[Привет мир](/articles/grant-payment-permissions/#привет--мир)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
