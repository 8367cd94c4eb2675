import { appendFileSync, cpSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { temporaryDir } from '../temporary-dir.ts';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe("folder import: a Hugo site's own shortcode that writes a shared file in (`readFile` in its template)", () => {
	test("the shared file's words come in where the shortcode stood, its own includes too; one that is missing or outside the site stays a note", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-hugo-include-shortcodes/harbour')]);
		const body = articleBody(site.contentDir, 'book-a-berth');
		expect(body).toContain('## Fuel dock hours\n\nThe fuel dock opens at seven and closes at dusk.');
		expect(body).toContain('The dock takes every payment card but not cash.');
		// Inside a list item, the file's lines keep the item's indent.
		expect(body).toContain('1. Sail in on the tide.\n\n   The dock takes every payment card but not cash.');
		// In code, a shortcode is what the page shows.
		expect(body).toContain('```text\n{{% snippet "payment-cards" %}}\n```');
		expect(body).not.toContain('Words from outside the site');
		// A line starting with three backticks and holding more is a code span, not a fence: what follows is read.
		expect(body).toContain('Call the harbour master on channel 12.');
		expect(result.stdout).toContain('{{% snippet "no-such-text" %}} was not converted');
		expect(result.stdout).toContain('{{% snippet "../../outside" %}} was not converted');
	});

	test('a shared file that is a symbolic link to a file outside the site stays a note, its words left out', async () => {
		const copy = temporaryDir('hugo-include');
		cpSync(importFixture('folder-hugo-include-shortcodes'), copy, { recursive: true });
		symlinkSync('../../outside.md', path.join(copy, 'harbour/shared/escape.md'));
		appendFileSync(path.join(copy, 'harbour/content/berths/book-a-berth.md'), '\n{{% snippet "escape" %}}\n');
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', path.join(copy, 'harbour')]);
		expect(articleBody(site.contentDir, 'book-a-berth')).not.toContain('Words from outside the site');
		expect(result.stdout).toContain('{{% snippet "escape" %}} was not converted');
	});
});
