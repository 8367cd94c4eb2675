import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: GitBook cards linked from their title', () => {
	test('a card keeps the link of its title cell, and its title is the first block of that cell', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-cards/docs')]);
		const body = articleBody(site.contentDir, 'start-here');
		expect(body).toContain('- [Invite your team](/articles/invite-your-team/): Add the people who work with you.\n');
		expect(body).toContain('- [Reset your password](/articles/reset-your-password/): Get back into your account.\n');
		// A card without a link stays bold; a link in its text stays a link.
		expect(body).toContain('- **Talk to us**: Write to [support](https://example.com/contact).\n');
		// With a card target too, the title is the title cell's first block, not its whole text.
		expect(body).toContain('- [Invite people](/articles/invite-your-team/): Share the workspace.\n');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
