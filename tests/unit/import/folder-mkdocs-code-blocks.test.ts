import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: MkDocs code blocks (superfences options, code annotations)', () => {
	test("a block's language, title and annotations read as the old site showed them", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-code-blocks')]);
		const body = articleBody(site.contentDir, 'scripting-the-kettle');
		// The title over the block, as other generators' titles; the highlighted lines stay in its meta, showing nothing.
		expect(body).toContain('`kettle.yml`\n\n```yaml hl_lines="2"\nschedule:');
		// Annotation markers read as the numbers of the notes under the block.
		expect(body).toContain('  boil_at: "07:00" # (1)\n  keep_warm: 20 # (2)\n```');
		expect(body).toContain('1. The time the kettle starts boiling, in 24-hour time.');
		// An attribute list names the language by its first class.
		expect(body).toContain('```sh hl_lines="2"\nkettle start');
		// Options with no language: a title over plain text.
		expect(body).toContain('**Kettle log**\n\n```text\n07:00 boiling');
		expect(body).toContain('```py linenums="1"\nkettle.boil()  # (1)\n```');
		// A block with no notes after it keeps what it holds.
		expect(body).toContain('total = (1)!');
		expect(body).not.toContain('{');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
