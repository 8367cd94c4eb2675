import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: an HTML table written in an MDX page (Docusaurus reads .md as MDX)', () => {
	test('becomes a Markdown table, its links and pictures brought over; one holding a component is listed for review', async () => {
		const site = emptySite(defaultsMap);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-jsx-tables'), 'docs'),
		]);
		const body = articleBody(site.contentDir, 'supported-devices');
		expect(body).toContain(
			[
				'| **Feature**                             | ![Phone](./supported-devices/phone.png) Phone | Watch |',
				'| --------------------------------------- | --------------------------------------------- | ----- |',
				'| [How to pair](/articles/pair-a-device/) | ✅                                             |       |',
				'| Alarms \\| timers                        | ✅                                             | ✅     |',
			].join('\n'),
		);
		expect(body).toContain('| Basic | free        |');
		expect(body).toContain('| Plus  | 4 € a month |');
		// Cells never run into one another's words.
		expect(body).not.toContain('Basicfree');
		expect(body).not.toMatch(/^Feature$/m);
		expect(stdout).toContain(
			'    - an HTML table holding the <PlanBadge> component could not become a Markdown table: its cells are kept one after another; check how they read (line 36)\n',
		);
		expect(stdout).toContain(
			'  - the <PlanBadge> component was not converted: 1 use in 1 article: supported-devices.mdx (line 38)\n',
		);
		expect(exitCode).toBe(1);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
