import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a page that skips heading levels', () => {
	test('each heading sits one level under the heading above it, keeping its words and anchor', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-heading-gaps')]);
		expect(articleBody(site.contentDir, 'set-up-the-dock')).toBe(
			[
				'## Before you start',
				'### Cables',
				'Use the cable in the box.',
				'### Power',
				'Any wall socket works.',
				'## Connect it',
				'### Laptop',
				'Plug the short end into your laptop.',
				'#### Older laptops',
				'Use the adapter.',
				'#### Monitor',
				'Plug the monitor into the back.\n',
			].join('\n\n'),
		);
		expect(articleBody(site.contentDir, 'dock-questions')).toContain('[the cables](/articles/set-up-the-dock/#cables)');
		expect(stdout).toContain(
			'set-up-the-dock.mdx: 3 headings moved up to the level under the heading above, where the page skipped a level (## then ####)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
