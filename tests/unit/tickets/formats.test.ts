import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatAnnotation } from '../../../src/cli/github-annotations.ts';
import { formatGithub } from '../../../src/tickets/format-github.ts';
import { formatMarkdown } from '../../../src/tickets/format-markdown.ts';
import { formatText } from '../../../src/tickets/format-text.ts';
import { linkTicketCommand, shellQuote, titleFromSubject } from '../../../src/tickets/next-article.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { fixture, gate, plain } from './helpers.ts';

const brokenAndDrafts = () =>
	gate({ tickets: [fixture('broken-link/tickets.csv'), fixture('draft-only/tickets.csv')] });

describe('text report', () => {
	test('tells a support engineer which article to write next, with the command to paste', async () => {
		expect(
			formatText(await brokenAndDrafts(), { colors: plain }),
		).toBe(`Ticket coverage of tests/fixtures/tickets/broken-link/tickets.csv (csv, 3 rows), tests/fixtures/tickets/draft-only/tickets.csv (csv, 4 rows)
5 closed tickets judged · 2 duplicate rows (e.g. T-2, T-3): the last row read wins

Category          Closed  Linked  Link rate  Minimum  Status
Reliability            1       1       100%     100%  covered
Usability              1       0         0%     100%  UNCOVERED (1 unlinked)
Functional             3       0         0%     100%  UNCOVERED (3 unlinked)
Success Outreach       0       0          –     100%  no tickets
Total                  5       1        20%

By category × product area (linked/closed; · no closed tickets)
                  Domains  API  Billing
Reliability             ·  1/1        ·
Usability             0/1    ·        ·
Functional              ·  0/2      0/1
Success Outreach        ·    ·        ·

Write these articles next: 4 unlinked tickets
1. T-2  functional / api  only a draft links it  tests/fixtures/tickets/draft-only/tickets.csv:3
   "Send 500 emails at once"
   Finish and publish the draft tests/fixtures/tickets/site/articles/batch-api.md (remove \`draft: true\`),
   or write the article:
   npm run new -- 'Send 500 emails at once' --ticket T-2 --category functional --area api
2. T-301  functional / api  only a draft links it  tests/fixtures/tickets/draft-only/tickets.csv:2
   "Is there a batch endpoint"
   Finish and publish the draft tests/fixtures/tickets/site/articles/batch-api.md (remove \`draft: true\`),
   or write the article:
   npm run new -- 'Is there a batch endpoint' --ticket T-301 --category functional --area api
3. T-1  usability / domains  broken link  tests/fixtures/tickets/broken-link/tickets.csv:2
   "How do I verify my domain"
   The export names "verify-domian", which no article or runbook has: did you mean "verify-domain"? Fix the articles cell in the helpdesk,
   or write the article:
   npm run new -- 'How do I verify my domain' --ticket T-1 --category usability --area domains
   If verify-domain already answers it, link it instead: npm run link -- T-1 verify-domain
4. T-4  functional / billing  no article  tests/fixtures/tickets/draft-only/tickets.csv:5
   "Need a batch export"
   Write the article:
   npm run new -- 'Need a batch export' --ticket T-4 --category functional --area billing

Warnings
  ! category "functional" has no published article, and 3 of its closed tickets link none: customers who meet it find nothing to help themselves

FAIL 2 categories uncovered (usability, functional)
`);
	});

	test('invalid rows, waivers and expired waivers are listed with where to fix them', async () => {
		const text = formatText(await gate({ contentDir: fixture('waivers') }), { colors: plain });
		expect(text).toContain(`Waivers in force
  usability / billing until 2099-12-31 (Billing team: Billing pages move to the new portal.): T-3
  ticket T-1 until 2099-12-31 (Priya Raman: The DNS article is being rewritten this sprint.): T-1`);
		expect(text).toContain(
			'  ! tests/fixtures/tickets/waivers/tryblock.yaml:19: the waiver for ticket T-2 expired on 2020-01-31 (owner: Tomás Ortega); it no longer exempts T-2\n  ! tests/fixtures/tickets/waivers/tryblock.yaml:23: the waiver for ticket T-99 exempts no unlinked ticket: remove it',
		);
		const invalid = formatText(await gate({ tickets: [fixture('closed-without-category/tickets.csv')] }), {
			colors: plain,
		});
		expect(invalid).toContain(`Rows that cannot be judged: 3 (fix them in the export; they fail the check)
  tests/fixtures/tickets/closed-without-category/tickets.csv:2  ticket T-1 is closed but has no category
  tests/fixtures/tickets/closed-without-category/tickets.csv:3  closed ticket without an id
  tests/fixtures/tickets/closed-without-category/tickets.csv:5  ticket T-3 is closed but has no product area`);
		expect(invalid.trimEnd().split('\n').at(-1)).toBe('FAIL 3 rows cannot be judged');

		const unknownCategory = formatText(await gate({ tickets: [fixture('unknown-category/tickets.csv')] }), {
			colors: plain,
		});
		expect(unknownCategory).toContain(
			"Rows that cannot be judged: 1 (fix them in the export, or list your helpdesk's names for the terms in the taxonomy, as Warnings says; they fail the check)",
		);
	});

	test('titles come from subjects: one line, no "Re:", at most 100 characters, quoted for the shell', () => {
		expect(titleFromSubject('RE: Fwd: Domain stuck')).toBe('Domain stuck');
		expect(titleFromSubject(`${'word '.repeat(30)}end`).length).toBeLessThanOrEqual(100);
		expect([shellQuote('Plain title'), shellQuote("Can't send"), shellQuote("Can't send $HOME!")]).toEqual([
			"'Plain title'",
			'"Can\'t send"',
			"'Can'\\''t send $HOME!'",
		]);
	});

	test('the command that links a ticket to an article that answers it is safe to paste, whatever the ticket id', () => {
		expect(linkTicketCommand('ACME-1234', 'verify-domain')).toBe('npm run link -- ACME-1234 verify-domain');
		expect(linkTicketCommand('1234; rm -rf ~', 'verify-domain')).toBe("npm run link -- '1234; rm -rf ~' verify-domain");
		expect(linkTicketCommand('T-1')).toBe('npm run link -- T-1 <slug>');
	});
});

describe('markdown report', () => {
	test('a summary for a pull request: verdict, table, what to write and the commands', async () => {
		const markdown = formatMarkdown(await gate({ tickets: [fixture('broken-link/tickets.csv')] }));
		expect(markdown.split('\n').slice(0, 10)).toEqual([
			'## ❌ Ticket coverage: failed',
			'',
			'2 categories uncovered (reliability, usability).',
			'',
			'| Category | Closed | Linked | Link rate | Minimum | Status |',
			'| --- | ---: | ---: | ---: | ---: | --- |',
			'| Reliability | 1 | 0 | 0% | 100% | ❌ 1 unlinked |',
			'| Usability | 2 | 1 | 50% | 100% | ❌ 1 unlinked |',
			'| Functional | 0 | 0 | – | 100% | no tickets |',
			'| Success Outreach | 0 | 0 | – | 100% | no tickets |',
		]);
		expect(markdown).toContain(
			'| T-1 | usability / domains | broken link: no article "verify-domian" (did you mean "verify-domain"?) | How do I verify my domain | `tests/fixtures/tickets/broken-link/tickets.csv:2` |',
		);
		expect(markdown).toContain(
			"```bash\nnpm run new -- 'Webhook retries?' --ticket T-2 --category reliability --area api\nnpm run new -- 'How do I verify my domain' --ticket T-1 --category usability --area domains\n```",
		);
	});

	test('a passing run says so first', async () => {
		const markdown = formatMarkdown(await gate({ tickets: [fixture('bom-crlf/tickets.csv')] }));
		expect(markdown.split('\n').slice(0, 3)).toEqual([
			'## ✅ Ticket coverage: passed',
			'',
			'every category meets its minimum link rate (7 closed tickets judged).',
		]);
	});
});

describe('GitHub annotations', () => {
	test('errors on the export rows, then the full report for the log', async () => {
		const output = formatGithub(await gate({ tickets: [fixture('broken-link/tickets.csv')] }));
		expect(output.split('\n').slice(0, 5)).toEqual([
			'::error title=Category reliability uncovered::Reliability: 0 of 1 closed tickets link an article (0%25, minimum 100%25). Unlinked: T-2',
			'::error title=Category usability uncovered::Usability: 1 of 2 closed tickets link an article (50%25, minimum 100%25). Unlinked: T-1',
			`::error file=tests/fixtures/tickets/broken-link/tickets.csv,line=3,title=Ticket T-2 has no article::reliability / api, broken link: no article "webhook-retries": "Webhook retries?". Write the article: npm run new -- 'Webhook retries?' --ticket T-2 --category reliability --area api`,
			`::error file=tests/fixtures/tickets/broken-link/tickets.csv,line=2,title=Ticket T-1 has no article::usability / domains, broken link: no article "verify-domian" (did you mean "verify-domain"?): "How do I verify my domain". Write the article: npm run new -- 'How do I verify my domain' --ticket T-1 --category usability --area domains`,
			'Ticket coverage of tests/fixtures/tickets/broken-link/tickets.csv (csv, 3 rows)',
		]);
		// Nobody filed a functional ticket: that category without articles is no gap to warn about.
		expect(output).not.toContain('::warning');
	});

	test('data and properties are escaped as workflow commands require', () => {
		const annotation = formatAnnotation({
			level: 'error',
			title: 'a: b, c',
			message: '100% of\nrows',
			file: 'x,y.csv',
			line: 3,
		});
		expect(annotation).toBe('::error file=x%2Cy.csv,line=3,title=a%3A b%2C c::100%25 of%0Arows');
	});

	test('beyond 10 problems, one more annotation points at the log', async () => {
		const rows = Array.from(
			{ length: 15 },
			(_, index) => `T-${index + 1},Question ${index + 1},Solved,Usability,Domains,2026-03-01,`,
		);
		const file = path.join(temporaryDir('github'), 'tickets.csv');
		writeFileSync(file, `id,subject,status,category,product area,closed at,articles\n${rows.join('\n')}\n`);
		const lines = formatGithub(await gate({ tickets: [file] })).split('\n');
		expect(lines.filter((line) => line.startsWith('::error')).length).toBe(11);
		expect(lines[10]).toBe(
			'::error title=More coverage problems::6 more problems: the full report is in the log of this step',
		);
	});
});
