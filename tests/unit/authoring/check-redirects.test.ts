import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../../src/authoring/check-command.ts';
import { copyFixture, fixture, runCommand } from './helpers.ts';

const today = new Date(2026, 10, 23);

describe('redirects in npm run check', () => {
	test('a redirect to no article and an old address listed twice are errors at the entry’s line, exit 1', async () => {
		const contentDir = fixture('redirect-targets');
		const result = await runCommand((io) => runCheck([], { contentDir, root: contentDir, today, env: {}, io }));
		expect(result.exitCode).toBe(1);
		// Redirects to the internal article and the draft pass (the handbook build writes them), and the
		// one to the page with invalid frontmatter is left to that page's own problem.
		expect(
			result.stdout.replace(/in \d+\.\d\d s/, 'in <time>').replaceAll(`${contentDir}/`, ''),
		).toMatchInlineSnapshot(`
			"articles/half-typed.md:4:1 error category: expected one of reliability, usability, deliverability, success-outreach, received "relability" (did you mean "reliability"?)
			redirects.yaml:15:1 error the redirect from /old/verify-domain leads to "verify-domian", which no article has (did you mean "verify-domain"?)
			redirects.yaml:17:1 error the redirect from /hc/en-us/articles/103-Deleted leads to "zendesk:103", which no article has (remove the entry, or point it at an article by slug or source)
			redirects.yaml:19:1 error the redirect from /old/triage leads to "triage", which no article has (remove the entry, or point it at an article by slug or source)
			redirects.yaml:21:1 error /old/verify/ is listed twice; the first entry, on line 5, applies (remove one of the two entries)

			5 errors, 0 warnings in 4 pages in <time>:
			  1 frontmatter problem
			  4 redirect problems"
		`);
	});

	test('redirects to existing articles, by slug or by source, pass with exit 0', async () => {
		const contentDir = copyFixture('redirect-targets');
		writeFileSync(
			path.join(contentDir, 'redirects.yaml'),
			'redirects:\n  - from: /hc/en-us/articles/101-Verify\n    to: zendesk:101\n  - from: /old/verify\n    to: verify-domain\n',
		);
		rmSync(path.join(contentDir, 'articles/half-typed.md'));
		const result = await runCommand((io) => runCheck([], { contentDir, root: contentDir, today, env: {}, io }), {
			replace: contentDir,
		});
		expect(result.stdout).not.toContain('redirects.yaml');
		expect(result.stdout).toMatch(/^No problems in/);
		expect(result.exitCode).toBe(0);
	});

	test('a redirect to a section of an article needs that heading; without it the reader would land at the top', async () => {
		const contentDir = copyFixture('redirect-targets');
		rmSync(path.join(contentDir, 'articles/half-typed.md'));
		writeFileSync(
			path.join(contentDir, 'articles/verify-domain.md'),
			'---\ntitle: Verify your sending domain\ndescription: Add the DNS records.\ncategory: usability\nproductArea: domains\nupdated: 2026-11-01\nsource: zendesk:101\n---\n\n## Add the records\n\nAdd three records.\n',
		);
		writeFileSync(
			path.join(contentDir, 'redirects.yaml'),
			'redirects:\n  - from: /hc/en-us/articles/104-DNS\n    to: zendesk:101#add-the-records\n  - from: /old/dns\n    to: verify-domain#dns-records\n',
		);
		const result = await runCommand((io) => runCheck([], { contentDir, root: contentDir, today, env: {}, io }), {
			replace: contentDir,
		});
		expect(result.stdout).toContain(
			'redirects.yaml:4:1 error the redirect from /old/dns leads to #dns-records, which is no heading of "verify-domain" (name one of its headings (add-the-records), or leave out the #section)',
		);
		expect(result.stdout).not.toContain('/hc/en-us/articles/104-DNS');
		expect(result.exitCode).toBe(1);
	});
});
