import { describe, expect, test } from 'vitest';
import { fileSlice } from '../../../src/import/sources/mdbook-links.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: an mdBook book', () => {
	test('{{#include}} and {{#playground}} are written in, in prose and in code blocks; an escaped one shows as written', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mdbook/book/src')]);
		// SUMMARY.md says what the book published: the included flags.md is no page of its own.
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 1');
		const body = articleBody(site.contentDir, 'sync-a-route');
		expect(body).toContain('- `--dry-run` shows the crossings without booking them.');
		expect(body).toContain('```rust\nfn main() {\n    println!("All aboard");\n}\n```');
		expect(body).toContain('```toml\nharbour = "north"\nberth = 4\n```');
		expect(body).toContain('Try it:\n\n```rust\nfn main() {');
		expect(body).toContain('type `{{#include file.rs}}` on its own line');
		expect(body).not.toContain('{{#title');
		// A file outside the book is never read: its link stays and is listed for review.
		expect(body).toContain('\\{\\{#include ../../../outside.md}}');
		expect(stdout).toContain('the included file ../../../outside.md is not in the book');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('fileSlice', () => {
	const text = 'one\n// ANCHOR: part\ntwo\n// ANCHOR_END: part\nthree\n';
	test('a line (file.rs:1), a range open at either end (file.rs::3, file.rs:5:), an anchor', () => {
		expect(fileSlice(text, '1')).toBe('one');
		expect(fileSlice(text, ':3')).toBe('one\ntwo');
		expect(fileSlice(text, '5:')).toBe('three');
		expect(fileSlice(text, 'part')).toBe('two');
		expect(fileSlice(text, 'missing')).toBeUndefined();
	});
});
