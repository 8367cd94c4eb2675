import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: kramdown’s markdown="1" inside raw HTML', () => {
	test('an element read as Markdown shows its Markdown rendered; one that is not keeps its text', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-kramdown-spans/docs')]);
		const body = articleBody(site.contentDir, 'opening-hours');
		expect(body).toContain('**Holidays:** the shop follows the [public calendar](https://example.org/holidays).');
		expect(body).toContain('| _Weekdays_');
		// markdown="0" asks kramdown to leave the text alone.
		expect(body).toContain('\\*Sundays\\*');
		// Code stays code, and tags written as text stay text.
		expect(body).toContain('Deliveries arrive before `09:00`, so the door code is \\<b>not\\</b> needed.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a collapsible section read as Markdown: a fold, its summary keeping its Markdown, the Markdown under it rendered', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-kramdown-spans/docs')]);
		const body = articleBody(site.contentDir, 'returns');
		expect(body).toContain(
			'<details>\n  <summary>Can I return an **opened** item?</summary>\n\n  Yes, within **30 days**, with the [receipt](https://example.org/receipts).\n</details>',
		);
		expect(body).toContain('<details>\n  <summary>Who pays the postage?</summary>');
		// An inline element stays in its paragraph.
		expect(body).toContain('  We do. A label comes with every order.\n</details>');
		// Text beside an element in a one-line block is Markdown too.
		expect(body).toContain('New Returns are **free** this month.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
