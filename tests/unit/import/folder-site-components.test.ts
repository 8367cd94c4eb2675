import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

async function imported() {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, [
		'--from',
		'folder',
		path.join(importFixture('folder-site-components'), 'docs'),
	]);
	return { site, stdout };
}

describe('folder import: a Docusaurus site’s own components, read from its src/', () => {
	test('one that shows fixed text and links becomes that text and those links, as a reader saw it on first load', async () => {
		const { site, stdout } = await imported();
		const alarms = articleBody(site.contentDir, 'set-an-alarm');
		// The whole note, not only its label; the badge and the words kept apart.
		expect(alarms).toContain(
			'Team Shared alarms comes with the **Team** plan. [See plans](https://clockwork.example/pricing)',
		);
		expect(alarms).toContain(
			'Want alarms on every device?\n\n[Try it free](https://clockwork.example/signup) [Compare plans](https://clockwork.example/pricing)',
		);
		expect(alarms).toContain('**time** NEEDED\n\n**label** optional');
		const snooze = articleBody(site.contentDir, 'snooze-an-alarm');
		expect(snooze).toContain(
			'Company Snooze limits comes with the **Company** plan. [Write to sales](mailto:sales@clockwork.example)',
		);
		// No second link when the page gives none.
		expect(snooze).toContain('Snooze from your watch\n\n[Try it free](https://clockwork.example/signup)\n');
		expect(stdout).toContain(
			'the <UpgradeBox> component became what its code (src/components/UpgradeBox.js) shows: its text and links',
		);
		expect(stdout).not.toMatch(/<(UpgradeBox|TierNote|Needed|Optional)>[^\n]*(not converted|left out)/);
		for (const body of [alarms, snooze]) expect(mdxProblem(body)).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('one the import cannot read is one review line for all its uses, with each article and line', async () => {
		const { site, stdout } = await imported();
		expect(articleBody(site.contentDir, 'set-an-alarm').match(/Import note/g)).toHaveLength(2);
		const lines = stdout.split('\n').filter((line) => line.includes('LiveGraph'));
		expect(lines).toEqual([
			"  - the <LiveGraph> component (the site's own, in src/components/LiveGraph.tsx, which the import cannot read) was not converted: 3 uses in 2 articles: set-an-alarm.mdx (lines 19, 21), snooze-an-alarm.mdx (line 12)",
		]);
		// Nothing of it under "To review", where each article would say it again.
		const review = stdout.slice(stdout.indexOf('To review'), stdout.indexOf('Components to review'));
		expect(review).not.toContain('LiveGraph');
		expect(stdout).toContain('2 articles need review');
	});
});
