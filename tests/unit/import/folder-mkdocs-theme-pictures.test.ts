import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pictures Material for MkDocs shows in one colour theme (#only-light, #only-dark)', () => {
	test("the light theme's picture of each pair comes over, without its mark; a dark one alone stays", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-theme-pictures')]);
		expect(articleBody(site.contentDir, 'set-the-temperature')).toBe(
			[
				'Turn the dial to the heat you want.',
				'![The dial](./set-the-temperature/dial-light.png)',
				'The lid light turns amber while it heats.',
				'![The lid light](./set-the-temperature/lid-light.png)',
				'A picture drawn for the dark theme alone stays:',
				'![The base](./set-the-temperature/base-dark.png)\n',
			].join('\n\n'),
		);
		expect(stdout).toContain("2 pictures drawn for the dark theme beside the light theme's were left out");
		expect(stdout).toContain('images copied 3,');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
