import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a code block opened on a list item whose code is at the margin', () => {
	test('the code stays in its step, and the page after it keeps its headings', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-list-item-fences/docs')]);
		expect(articleBody(site.contentDir, 'unlock-the-lantern-app')).toBe(
			[
				'Unlock it from a script in one of two ways:',
				'1. ```sh\n   lantern unlock --password-env LANTERN_PASSWORD\n   ```',
				'   reads the password from an environment variable.\n2. ```\n   lantern unlock --password-file ~/password.txt\n     # the first line of the file\n   ```',
				'   reads it from a file.',
				'## Lock it again',
				'Run `lantern lock`.\n',
			].join('\n\n'),
		);
		expect(articleBody(site.contentDir, 'lantern-app-help')).toContain(
			'[lock it again](/articles/unlock-the-lantern-app/#lock-it-again)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
