import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeImports, mdxImports } from '../../../src/authoring/check/module-imports.ts';
import { formatIssue } from '../../../src/authoring/check/report.ts';
import { checkContent } from '../../../src/authoring/check-command.ts';
import { loadContent } from '../../../src/content-model/content.ts';

const contentDir = 'tests/fixtures/audience-links/hidden-body';

describe('imports and body links of public pages', () => {
	test('npm run check reports every import, image and link that reaches what customers cannot open', () => {
		const issues = checkContent(loadContent(path.resolve(contentDir)), {
			root: process.cwd(),
			today: new Date(2026, 5, 1),
		});
		expect(issues.map((issue) => formatIssue(issue).replace(`${contentDir}/`, ''))).toMatchInlineSnapshot(`
			[
			  "articles/add-a-domain.mdx:9:24 error public article imports ./domain-workaround.md, which is the internal article "domain-workaround": customers would read it in this page and the search index (remove the import, or move the shared text into a public file)",
			  "articles/add-a-domain.mdx:10:25 error public article imports ../runbooks/verification-triage.md?raw, which is the runbook "verification-triage": customers would read it in this page and the search index (remove the import, or move the shared text into a public file)",
			  "articles/add-a-domain.mdx:11:25 error public article imports ../snippets/shared-steps.mdx, which imports ../runbooks/verification-triage.md, which is the runbook "verification-triage": customers would read it in this page and the search index (remove the import, or move the shared text into a public file)",
			  "articles/add-a-domain.mdx:12:44 error public article imports ./unfinished-*.md, matching the draft "unfinished-guide": customers would read it in this page and the search index (remove the import, or move the shared text into a public file)",
			  "articles/add-a-domain.mdx:20:43 error public article links an internal article, "domain-workaround", which customers cannot open (link a public article instead, or make this article internal)",
			  "articles/add-a-domain.mdx:20:95 error public article links a runbook, "verification-triage", which customers cannot open (link a public article instead, or make this article internal)",
			  "articles/add-a-domain.mdx:21:31 error public article links a draft, "unfinished-guide", which customers cannot open (link a public article instead, or make this article internal)",
			  "articles/add-a-domain.mdx:21:85 error public article links /insights/, which only the internal handbook has",
			  "articles/add-a-domain.mdx:23:25 error public article shows ../runbooks/triage-flow.png, which is a file in the runbooks folder: customers would download it from this page (copy the image next to a public article, or into public/)",
			  "articles/add-a-domain.mdx:27:29 error public article links a runbook, "verification-triage", which customers cannot open (link a public article instead, or make this article internal)",
			]
		`);
	});

	test('finds imports in ESM statements, re-exports, dynamic imports and import.meta.glob, wherever they are', () => {
		const body = [
			"import A from './a.md';",
			"export { b } from '../b.mdx';",
			"export * from './c.js';",
			'',
			"Text {import('./d.md').then(() => 1)} and <Box value={import.meta.glob(['./e/*.md', '!./e/skip.md'])} />",
		].join('\n');
		expect(mdxImports(body).map(({ specifier, line, glob }) => `${line} ${glob ? 'glob ' : ''}${specifier}`)).toEqual([
			'1 ./a.md',
			'2 ../b.mdx',
			'3 ./c.js',
			'5 ./d.md',
			'5 glob ./e/*.md',
			'5 glob !./e/skip.md',
		]);
		expect(mdxImports('No imports here, only the word important.')).toEqual([]);
		expect(
			codeImports(
				"import x from '../runbooks/a.md';\nconst y = await import(\"./b.md\");\nconst z = import.meta.glob('../runbooks/*.md');",
			).map(({ specifier, line }) => `${line} ${specifier}`),
		).toEqual(['1 ../runbooks/a.md', '2 ./b.md', '3 ../runbooks/*.md']);
	});
});
