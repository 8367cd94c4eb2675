import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a GitBook stepper', () => {
	test('each step is a numbered item under its title in bold, as a Mintlify or Fumadocs step is, and keeps its anchor', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-stepper/docs')]);
		expect(articleBody(site.contentDir, 'connect-a-printer')).toBe(
			[
				'Plug the printer in before you begin.',
				'1. <a id="install-the-driver" />**Install the driver**\n   ```sh\n   printctl install --model basic\n   ```',
				'2. <a id="print-a-test-page" />**Print a test page**',
				'   Choose **Print test page** in the settings.\n   <Aside type="caution">\n     A blank page means the cartridge is still sealed.\n   </Aside>',
				'3. <a id="share-it-with-your-team" />**Share it with your team**',
				'## Troubleshooting',
				'Restart the printer if it does not show up.\n',
			].join('\n\n'),
		);
		expect(articleBody(site.contentDir, 'welcome')).toContain(
			'[sharing the printer](/articles/connect-a-printer/#share-it-with-your-team)',
		);
		expect(result.stdout).not.toContain('was not converted');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
