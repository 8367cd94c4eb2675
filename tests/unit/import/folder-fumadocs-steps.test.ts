import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Fumadocs steps that open with a heading', () => {
	test('each step is a numbered item under its title in bold, as a titled step is, and keeps its anchor', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs-steps/content/docs')]);
		expect(articleBody(site.contentDir, 'pair-a-remote')).toBe(
			[
				'Charge the remote first.',
				'1. <a id="open-the-pairing-menu" />**Open the pairing menu**',
				'   Hold **Menu** for three seconds.',
				'2. <a id="run-hub-pair" />**Run `hub pair`**\n   ```sh\n   hub pair --remote\n   ```\n   The lamp blinks twice.',
				'3. <a id="check-the-light-1" />**Check the light**',
				'   The ring turns green.',
				'## Check the light',
				'A red ring means the remote is too far away.\n',
			].join('\n\n'),
		);
		expect(articleBody(site.contentDir, 'remotes')).toContain(
			'[open the pairing menu](/articles/pair-a-remote/#open-the-pairing-menu)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
