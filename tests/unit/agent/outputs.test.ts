import { describe, expect, test } from 'vitest';
import { articleDocument, runbookDocument } from '../../../src/agent/documents.ts';
import { buildKbJson, kbDocumentSchema } from '../../../src/agent/kb-json.ts';
import { buildLlmsFullTxt } from '../../../src/agent/llms-full.ts';
import { buildLlmsTxt, parseLlmsTxt } from '../../../src/agent/llms-txt.ts';
import { draftArticle, internalCorpus, publicCorpus, runbook, verifyDomain } from './fixture-corpus.ts';

describe('llms.txt', () => {
	test('title, summary, a paragraph, then a section per product area in taxonomy order linking the Markdown', () => {
		expect(buildLlmsTxt(publicCorpus)).toMatchInlineSnapshot(`
			"# Example Help Center

			> Answers about Example Mail.

			3 articles about Example Mail, grouped by product area. Each link leads to the article as Markdown; the web page is the same address without \`.md\`.

			Every article in one file: https://help.example.com/llms-full.txt. With metadata (tags, aliases, product area) as JSON: https://help.example.com/kb.json.

			## Domains

			- [Verify your sending domain](https://help.example.com/articles/verify-domain.md): About verify your sending domain.
			- [Why is my domain \\[still\\] pending?](https://help.example.com/articles/domain-stuck-pending.md): About why is my domain [still] pending?.

			## Billing

			- [Download invoices](https://help.example.com/articles/download-invoices.md): About download invoices.
			"
		`);
	});

	test('follows the llms.txt convention', () => {
		const { parsed, problems } = parseLlmsTxt(buildLlmsTxt(publicCorpus));
		expect(problems).toEqual([]);
		expect(parsed.title).toBe('Example Help Center');
		expect(parsed.summary).toBe('Answers about Example Mail.');
		expect(parsed.sections.map((section) => section.name)).toEqual(['Domains', 'Billing']);
		expect(parsed.sections[0]?.links[1]?.title).toBe('Why is my domain [still] pending?');
	});

	test("the public file never names a ticket category in the team's words; the handbook's is grouped by them", () => {
		const text = buildLlmsTxt(publicCorpus);
		expect(text).not.toMatch(/Reliability|Usability|Abuse|kind of problem/);
		const internal = parseLlmsTxt(buildLlmsTxt(internalCorpus)).parsed;
		expect(internal.sections.map((section) => section.name)).toEqual(['Reliability', 'Usability', 'Runbooks']);
		expect(buildLlmsTxt(internalCorpus)).toContain('grouped by ticket category.');
	});

	test('the internal build marks internal articles and drafts and lists the runbooks', () => {
		const text = buildLlmsTxt(internalCorpus);
		expect(parseLlmsTxt(text).problems).toEqual([]);
		expect(text).toContain('# Example Help Center (internal)');
		expect(text).toContain(
			'- [Known issue: Gmail deferrals](https://help.example.com/articles/gmail-deferrals.md): Internal only. About known issue: gmail deferrals.',
		);
		expect(text).toContain('- [Batch sending](https://help.example.com/articles/batch-api.md): Draft, not published.');
		expect(text).toContain(
			'## Runbooks\n\n- [Escalate to engineering](https://help.example.com/runbooks/escalate-to-engineering/): When and how to page engineering.\n',
		);
	});

	test('a file that breaks the convention is reported line by line', () => {
		const text = [
			'Example',
			'',
			'## Guides',
			'',
			'- Verify a domain',
			'- [Relative](/articles/a.md): no origin',
			'# Second',
			'## Empty',
			'',
		].join('\n');
		expect(parseLlmsTxt(text).problems).toMatchInlineSnapshot(`
			[
			  "line 1: expected the "# Title" line first, found "Example"",
			  "line 5: expected "- [name](url): notes" in section "Guides", found "- Verify a domain"",
			  "line 6: link "/articles/a.md" is not an absolute URL",
			  "line 7: a second "#" title; only one is allowed",
			  "section "Empty" lists no links",
			]
		`);
	});
});

describe('Markdown documents', () => {
	test('an article has its title, description, facts and body; no owner or ticket in the public build', () => {
		const text = articleDocument(publicCorpus.site, verifyDomain, 'public');
		expect(text).not.toMatch(/Priya|ACME-1/);
		// Usability is opted in to the public site, so its customer words name it.
		expect(text).toMatchInlineSnapshot(`
			"# Verify your sending domain

			> About verify your sending domain.

			- Category: How-to guides
			- Product area: Domains
			- Updated: 2026-05-02
			- URL: https://help.example.com/articles/verify-domain/

			Body of verify-domain.

			## Steps

			1. Do it.
			"
		`);
	});

	test('the public build names no category the team keeps to itself; the handbook names each in its words', () => {
		const [, pending] = publicCorpus.articles;
		expect(pending?.category.id).toBe('reliability');
		const text = articleDocument(publicCorpus.site, pending as typeof verifyDomain, 'public');
		expect(text).not.toContain('Category');
		expect(text).toContain('- Product area: Domains\n');
		expect(articleDocument(internalCorpus.site, pending as typeof verifyDomain, 'internal')).toContain(
			'- Category: Reliability\n',
		);
		expect(articleDocument(internalCorpus.site, verifyDomain, 'internal')).toContain('- Category: Usability\n');
	});

	test('the internal build says who may read it, whether it is a draft and who owns it', () => {
		expect(articleDocument(internalCorpus.site, draftArticle, 'internal')).toContain(
			'- Audience: Public\n- Status: Draft: not published\n- Owner: Priya Raman\n',
		);
		expect(runbookDocument(internalCorpus.site, runbook)).toMatchInlineSnapshot(`
			"# Escalate to engineering

			> When and how to page engineering.

			- Type: Runbook (internal)
			- Owner: Support Ops
			- Updated: 2026-04-01
			- URL: https://help.example.com/runbooks/escalate-to-engineering/

			Post in the escalation channel.
			"
		`);
	});

	test('llms-full.txt holds every article once, in llms.txt order', () => {
		const text = buildLlmsFullTxt(publicCorpus);
		expect(text.match(/^# .*$/gm)).toEqual([
			'# Example Help Center',
			'# Verify your sending domain',
			'# Why is my domain [still] pending?',
			'# Download invoices',
		]);
		expect(buildLlmsFullTxt(internalCorpus)).toContain('# Escalate to engineering\n');
	});
});

describe('kb.json', () => {
	test('public articles with their metadata and Markdown text, and nothing for the team only', () => {
		const kb = buildKbJson(publicCorpus);
		expect(kbDocumentSchema.parse(kb)).toEqual(kb);
		expect(kb.runbooks).toBeUndefined();
		expect(kb.articles.map((article) => article.slug)).toEqual([
			'domain-stuck-pending',
			'download-invoices',
			'verify-domain',
		]);
		// A category the team keeps to itself is not in the public file, id or label.
		expect(kb.articles[0]).not.toHaveProperty('category');
		expect(kb.articles[0]).not.toHaveProperty('categoryLabel');
		expect(JSON.stringify(kb)).not.toMatch(/[Rr]eliability|"Usability"/);
		// An opted-in category: its id (its public page) and its customer words.
		expect(kb.articles[2]).toMatchInlineSnapshot(`
			{
			  "aliases": [
			    "domain pending",
			  ],
			  "audience": "public",
			  "category": "usability",
			  "categoryLabel": "How-to guides",
			  "description": "About verify your sending domain.",
			  "draft": false,
			  "markdownUrl": "https://help.example.com/articles/verify-domain.md",
			  "productArea": "domains",
			  "productAreaLabel": "Domains",
			  "slug": "verify-domain",
			  "tags": [
			    "dns",
			  ],
			  "text": "Body of verify-domain.

			## Steps

			1. Do it.
			",
			  "title": "Verify your sending domain",
			  "updated": "2026-05-02",
			  "url": "https://help.example.com/articles/verify-domain/",
			}
		`);
	});

	test('the internal build adds owners, tickets and runbooks', () => {
		const kb = buildKbJson(internalCorpus);
		expect(kbDocumentSchema.parse(kb)).toEqual(kb);
		expect(kb.articles.find((article) => article.slug === 'batch-api')).toMatchObject({
			category: 'reliability',
			categoryLabel: 'Reliability',
			draft: true,
			owner: 'Priya Raman',
			tickets: ['ACME-1'],
		});
		expect(kb.runbooks?.map((runbook) => runbook.url)).toEqual([
			'https://help.example.com/runbooks/escalate-to-engineering/',
		]);
	});
});
