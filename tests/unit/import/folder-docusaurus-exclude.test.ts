import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { docusaurusDocsExcludes } from '../../../src/import/sources/docusaurus-docs-routes.ts';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pages a Docusaurus docs plugin left out by exclude', () => {
	test('a file one of its globs matches is skipped and listed with the glob; partials are still written in', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-docusaurus-exclude/docs')]);
		const articles = path.join(site.contentDir, 'articles');
		expect(readdirSync(articles).sort()).toEqual(['fit-the-sensor.mdx', 'the-old-app.mdx', 'welcome-to-sprocket.mdx']);
		for (const [file, glob] of [
			['internal/escalations.md', '**/internal/**'],
			['drafts/e-bikes.md', 'drafts/*.md'],
			['guides/gear-report.wip.mdx', '**/*.wip.{md,mdx}'],
		])
			expect(result.stdout).toContain(
				`${file}: left out of the old site by exclude in docusaurus.config.ts ("${glob}"), so Docusaurus never built it`,
			);
		expect(articleBody(site.contentDir, 'fit-the-sensor')).toContain('Tighten each bolt to five newton metres.');
		for (const file of readdirSync(articles)) {
			const text = readFileSync(path.join(articles, file), 'utf8');
			for (const word of ['PANDA-REPORT-1903', 'GECKO-ESCALATE-4410', 'IBIS-EBIKE-2290'])
				expect(text, file).not.toContain(word);
		}
	});

	test("each plugin's globs apply to its own folder", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-docusaurus-exclude/community')]);
		expect(result.stdout).toContain(
			'archive/meetup-2019.md: left out of the old site by exclude in docusaurus.config.ts ("archive/**"), so Docusaurus never built it',
		);
	});

	test('reads literal globs of the preset and of each docs plugin; elements the code computes are not read', () => {
		const code = `export default {
			presets: [['classic', { docs: { path: 'guides', exclude: ['a/**', \`b/*.md\`, ...more, pick()] }, blog: { exclude: ['x'] } }]],
			plugins: [['@docusaurus/plugin-content-docs', { id: 'two', exclude: ['c/**'] }]],
		};`;
		expect(docusaurusDocsExcludes(code, false)).toEqual([
			{ folder: 'guides', globs: ['a/**', 'b/*.md'] },
			{ folder: 'docs', globs: ['c/**'] },
		]);
		expect(docusaurusDocsExcludes('export default {', false)).toEqual([]);
	});
});
