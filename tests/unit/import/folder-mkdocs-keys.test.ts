import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pymdownx.keys (`++ctrl+alt+delete++`)', () => {
	test('keys are written as keys elsewhere are, in code (`Ctrl+Alt+Del`), where the pluses showed', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-keys')]);
		const body = articleBody(site.contentDir, 'keyboard-shortcuts');
		expect(body).toContain('Press `Ctrl+Alt+Del` to restart the kettle app, `Cmd+K` to search and `Enter` to confirm.');
		expect(body).toContain('Use `↑` to raise the temperature and `Boil` on the remote to start.');
		expect(body).toContain('C++ and a++b stay as they are, and so does `++ctrl++` in code.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
