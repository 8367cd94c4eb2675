import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pages saved with Windows line endings (CRLF)', () => {
	test('are read as any other: their blocks close where they close, and the articles are written with plain line endings', async () => {
		const site = emptySite(defaultsMap);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-crlf-line-endings'), 'docs'),
		]);
		expect(stdout).not.toContain('never closed');
		expect(stdout).toContain('Imported cleanly.');
		expect(exitCode).toBe(0);
		const file = readFileSync(path.join(site.contentDir, 'articles', 'charge-the-kettle.mdx'), 'utf8');
		expect(file).not.toContain('\r');
		expect(articleBody(site.contentDir, 'charge-the-kettle')).toBe(
			[
				'Place the kettle on its base.',
				'The light turns on.',
				'',
				'<Aside type="note">',
				'  A full charge takes an hour.',
				'</Aside>',
				'',
				'## Settings',
				'',
				'`kettle.yaml`',
				'',
				'```yaml',
				'temperature: 90',
				'keep_warm: true',
				'```',
				'',
				'<Aside type="tip" title="Quiet mode">',
				'  Hold the button for three seconds.',
				'</Aside>',
				'',
				'Done.',
				'',
			].join('\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
