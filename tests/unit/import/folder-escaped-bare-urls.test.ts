import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: escapes in bare web addresses', () => {
	test('an escaped underscore in a bare address is the underscore, in its words and where it leads', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-escaped-bare-urls/docs')]);
		const body = articleBody(site.contentDir, 'tracking-choices');
		expect(body).toContain(
			'Turn tracking off at [https://ads.example.org/choices/opt_out.html](https://ads.example.org/choices/opt_out.html) before you sign in.',
		);
		expect(body).toContain(
			'[https://en.example.org/wiki/Shared_editing_models](https://en.example.org/wiki/Shared_editing_models) and',
		);
		expect(body).toContain('[https://cookies.example.net/turn_off](https://cookies.example.net/turn_off)');
		expect(body).toContain('[the opt-out page](https://ads.example.org/choices/opt_out.html)');
		expect(body).not.toMatch(/\/_|\\_(?!out\.html stays)/);
		expect(body).toContain('`C:\\Users\\you`');
		expect(body).toContain('in a sentence C:\\Temp keeps its backslash');
		expect(body).toContain('https://ads.example.org/choices/opt\\_out.html stays as written in code');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
