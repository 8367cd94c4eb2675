import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a footnote call right after a colon and a word (9001:2015[^1])', () => {
	test('stays a footnote call, not text with a backslash before it', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-footnote-calls')]);
		const body = articleBody(site.contentDir, 'certifications');
		// Markdown's directive syntax reads `:2015[^quality]` as a directive named 2015; back as text, the call was lost.
		expect(body).toContain('- 2024: ISO 9001:2015[^quality] by an outside assessor');
		expect(body).toContain('- 2023: a safety test at 10:30[^time] on the factory floor');
		expect(body).toContain('[^quality]: ISO 9001:2015 covers how the factory manages quality.');
		expect(body).toContain('Words written like a directive, :abbr\\[ISO], stay as they were.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
