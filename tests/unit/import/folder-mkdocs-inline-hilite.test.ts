import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pymdownx.inlinehilite code (`#!python x`) and the [TOC] marker', () => {
	test('inline code loses the language it was highlighted in, and [TOC] goes, noted, where both showed as written', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-inline-hilite')]);
		const body = articleBody(site.contentDir, 'scripting-the-kettle');
		expect(body).toContain('Call `kettle.boil(target=95)` to start, or `kettle.boil()` from the app.');
		expect(body).toContain('A script starts with `#!/bin/sh`, which is a shebang');
		expect(body).not.toContain('TOC');
		expect(result.stdout).toContain(
			"scripting-the-kettle.mdx: the [TOC] marker (the old site's table of contents) removed: an article shows its own (line 3)",
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
