import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: GitBook’s empty bold after a hard break', () => {
	test('the four asterisks opening the line after a break go; elsewhere and in code they stay', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-empty-bold/docs')]);
		const body = articleBody(site.contentDir, 'playback-modes');
		expect(body).toContain('**Once**\\\nThe recording stops at its last frame.');
		expect(body).toContain('**Repeat**\\\nThe recording starts again from its first frame.');
		expect(body).toMatch(/\*\*Mirror\*\*\\\n\s+The recording plays forwards, then backwards\./);
		expect(body).not.toContain('\\*\\*\\*\\*The');
		expect(body).toContain('\\*\\*\\*\\*1234');
		expect(body).toContain('****kept in code');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
