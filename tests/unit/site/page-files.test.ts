import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageFiles, pageFilesDigest } from '../../../src/site/page-files.ts';
import { temporaryDir } from '../temporary-dir.ts';

const fixture = path.resolve('tests/fixtures/page-files');
const entry = path.join(fixture, 'articles/set-up-sso.mdx');
const body = readFileSync(entry, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('the files a page is made of besides its entry', () => {
	test('pictures and files it shows or links beside it, and what its MDX imports, in turn', () => {
		const relative = pageFiles(entry, body).map((file) => path.relative(fixture, file));
		expect(relative).toEqual([
			'articles/partials/admin-note.mdx',
			'articles/partials/admin-only.png',
			'articles/set-up-sso/login-button.png',
			'articles/set-up-sso/okta-app.png',
			'articles/set-up-sso/saml-settings.png',
			// Named but not there yet: adding it changes the page.
			'articles/set-up-sso/sso checklist.pdf',
			'articles/set-up-sso/test-login.png',
			'components/Badge.astro',
			'components/shield.svg',
		]);
	});

	test('the digest changes when a picture is replaced under its name, or a named file appears', () => {
		const dir = temporaryDir('page-files');
		cpSync(fixture, dir, { recursive: true });
		const copy = path.join(dir, 'articles/set-up-sso.mdx');
		const first = pageFilesDigest(copy, body);
		expect(pageFilesDigest(copy, body)).toBe(first);
		writeFileSync(path.join(dir, 'articles/set-up-sso/okta-app.png'), 'png-a, taken again');
		const replaced = pageFilesDigest(copy, body);
		expect(replaced).not.toBe(first);
		writeFileSync(path.join(dir, 'articles/set-up-sso/test-login.png'), 'png-e');
		expect(pageFilesDigest(copy, body)).not.toBe(replaced);
	});

	test('a page that shows no file of its own has the digest of nothing', () => {
		expect(pageFilesDigest(entry, 'Just words, a [link](https://example.com) and an [anchor](#top).')).toBe(
			pageFilesDigest(entry, ''),
		);
	});
});
