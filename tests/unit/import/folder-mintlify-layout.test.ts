import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

/** The fixture (a Mintlify site: pictures per colour theme, tabs with headings, redirects) imported into an empty site. */
async function imported() {
	const site = emptySite('defaults:\n  category: usability\n  productArea: account\n');
	const { stdout, exitCode } = await runImport(site, ['--from', 'folder', importFixture('folder-mintlify-layout')]);
	return { site, stdout, exitCode };
}

describe('folder import: a Mintlify page’s layout', () => {
	test('a picture drawn once per colour theme comes over once, the light theme’s; one only for the dark theme stays', async () => {
		const { site, stdout } = await imported();
		const body = articleBody(site.contentDir, 'read-the-board');
		expect(body).toContain('![Board in light mode](./read-the-board/board-light.png)');
		expect(body).toContain('![Menu](./read-the-board/menu-light.png)');
		expect(body).not.toContain('board-dark');
		expect(body).not.toContain('menu-dark');
		// Alone, the dark theme's picture is the only one there is.
		expect(body).toContain('![Dimmed board](./read-the-board/night-only.png)');
		expect(body).toContain('_The board with three lamps_');
		expect(stdout).toContain("2 pictures drawn for the dark theme beside the light theme's were left out");
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a tab opening with a heading that repeats its title has that heading once; its other headings sit under it', async () => {
		const { site } = await imported();
		const body = articleBody(site.contentDir, 'connect-a-lamp');
		expect(body.match(/^#+ .*$/gm)).toEqual(['## Hub', '### Pairing codes', '## Cloud', '## Troubleshooting']);
		expect(body).toContain('## Hub\n\nPlug the hub into your router and hold its button.');
	});
});
