import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CliError } from '../../../src/cli/run.ts';
import { ContentError } from '../../../src/content-model/errors.ts';
import { redirectPageHtml } from '../../../src/redirects/old-path.ts';
import { relatedTable } from '../../../src/search/build/related-words.ts';
import { readWordNet } from '../../../src/search/build/wordnet.ts';
import { loadSearchEvals } from '../../../src/search/eval-file.ts';
import { openPagefind, readRelatedWords } from '../../../src/search/pagefind-node.ts';
import { pagefindRanking } from '../../../src/search/ranking.ts';
import { formatTextReport, reportJson } from '../../../src/search/report.ts';
import { evalExitCode, runSearchEvals } from '../../../src/search/run-evals.ts';
import { writeFixtureSite } from './fixture-site.ts';

const out = 'tests/.output/search-unit';
const evals = loadSearchEvals('tests/fixtures/search/fixture-questions/search.yaml');
const config = { minHitAt1: 0.7, minHitAt3: 0.9, maxEmpty: 0, sets: {}, minTicketHitAt3: 0.85 };
const run = (distDir: string, sets = [evals]) => runSearchEvals({ distDir, sets, config });
let withAliases: string;
let withoutAliases: string;

beforeAll(async () => {
	withAliases = await writeFixtureSite(`${out}/with-aliases`, { aliases: true });
	withoutAliases = await writeFixtureSite(`${out}/without-aliases`, { aliases: false });
});

describe('search evals against a built Pagefind index', () => {
	test('every question finds its article first when the aliases hold the customers’ words', async () => {
		const report = await run(withAliases);
		expect(report.sets[0]?.scores).toMatchObject({ questions: 10, firstHits: 10, top3Hits: 10, mrr: 1, empty: 0 });
		expect(report.passed).toBe(true);
		expect(report.pageCount).toBe(4);
		expect(formatTextReport(report).replace(/ in \d+\.\d s/, ' in 0.1 s')).toMatchInlineSnapshot(`
			"Search evals: 10 questions in 1 set against tests/.output/search-unit/with-aliases/ (4 pages indexed) in 0.1 s

			  set          questions  hit@1  hit@3  MRR    empty
			  search              10  1.000  1.000  1.000      0  ok

			Passed: every minimum holds.
			"
		`);
	});

	test('deleting the aliases loses answers and fails the minimums, with a report saying which', async () => {
		const good = await run(withAliases);
		const report = await run(withoutAliases);
		expect(report.sets[0]?.scores.hitAt3).toBeLessThan(good.sets[0]?.scores.hitAt3 as number);
		expect(report.sets[0]?.scores.mrr).toBeLessThan(good.sets[0]?.scores.mrr as number);
		expect(report.passed).toBe(false);
		expect(
			formatTextReport(report, { configFile: 'content/tryblock.yaml' }).replace(/ in \d+\.\d s/, ' in 0.1 s'),
		).toMatchInlineSnapshot(`
			"Search evals: 10 questions in 1 set against tests/.output/search-unit/without-aliases/ (4 pages indexed) in 0.1 s

			  set          questions  hit@1  hit@3  MRR    empty
			  search              10  0.700  0.800  0.750      1  below minimum

			Missed in search: the answer is not in the first 3 results (2; 2 for want of the customers' words)
			  tests/fixtures/search/fixture-questions/search.yaml:7  "getting throttled"
			    expected api-rate-limits: not in the first 10 results
			    no page uses "throttled"
			    the article holds none of the question's words: add the customer's words to its aliases (or a synonym)
			    no results at all
			  tests/fixtures/search/fixture-questions/search.yaml:11  "dkim not found"
			    expected domain-stuck-pending: not in the first 10 results
			    no page uses "not", "found"
			    the article holds none of the question's words: add the customer's words to its aliases (or a synonym)
			    1. verify-domain  Verify your sending domain

			Not first in search: the answer is in the first 3, below other results (1)
			  tests/fixtures/search/fixture-questions/search.yaml:13  "verification taking forever"
			    expected domain-stuck-pending: at #2
			    no page uses "taking", "forever"
			    1. verify-domain  Verify your sending domain

			Failed: search: hit@3 is 0.800, below the minimum 0.9 (search.minHitAt3 in content/tryblock.yaml). Its questions' words allow 0.800 at most: 2 answers lack them, and no ranking reaches the minimum until the articles say them.
			Failed: search: 1 question found nothing, more than the 0 allowed (search.maxEmpty in content/tryblock.yaml).
			Read the misses above: a word customers use that no article says belongs in that article (or its aliases), or in content/search/synonyms.yaml when many articles share it.
			"
		`);
	});

	test('the JSON report carries the scores and every ranked result', async () => {
		const json = reportJson(await run(withAliases));
		expect(json).toMatchObject({ passed: true, pages: 4 });
		expect(json.sets[0]).toMatchObject({ name: 'search', questions: 10, hitAt1: 1, hitAt3: 1, mrr: 1, empty: 0 });
		expect(json.sets[0]?.results[0]).toEqual({
			query: 'mails go to junk',
			expect: ['emails-landing-in-spam'],
			line: 3,
			rank: 1,
			slugs: expect.arrayContaining(['emails-landing-in-spam']),
			unknown: [],
			reach: null,
			top: expect.arrayContaining([
				{
					slug: 'emails-landing-in-spam',
					title: 'Why are my emails landing in spam?',
					url: '/articles/emails-landing-in-spam/',
				},
			]),
		});
		expect(json.sets[0]?.results[0]?.slugs[0]).toBe('emails-landing-in-spam');
		// A word no page uses is named, so the team knows what to add as an alias or a synonym.
		const throttled = reportJson(await run(withoutAliases)).sets[0]?.results.find(
			(r) => r.query === 'getting throttled',
		);
		expect(throttled).toMatchObject({ slugs: [], unknown: ['throttled'], reach: { held: 0, wordGap: true } });
	});

	test('fetch is Node’s own again after a run', async () => {
		const original = globalThis.fetch;
		await run(withAliases);
		expect(globalThis.fetch).toBe(original);
	});

	test('no index: says to build first (exit code 2)', async () => {
		const missing = path.join(out, 'never-built');
		const error = await run(missing).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(CliError);
		expect((error as CliError).exitCode).toBe(2);
		expect((error as CliError).message).toBe(
			'tests/.output/search-unit/never-built/pagefind not found: run npm run build first',
		);
	});

	test('when no question names a page of the build, the file is unusable: exit code 2 and no scores', async () => {
		const typo = { ...evals, questions: [{ query: 'junk', expect: ['emails-in-spam'], index: 0, line: 3 }] };
		const error = await run(withAliases, [typo]).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toMatchInlineSnapshot(
			`"tests/fixtures/search/fixture-questions/search.yaml:3: **questions.0.expect**: no page in tests/.output/search-unit/with-aliases has the slug "emails-in-spam" (check the spelling, or name the page by its slug; a draft or internal article is only in the internal build)"`,
		);
	});

	test('an entry that is no slug (an old title, a path) is one more missing page, not a reason to score nothing', async () => {
		const questions = [
			{ query: 'mails go to junk', expect: ['emails-landing-in-spam'], index: 0, line: 3 },
			{ query: 'txt record', expect: ['Verify Your Old Domain', '../../../../etc/hosts'], index: 1, line: 5 },
		];
		const report = await run(withAliases, [{ ...evals, questions }]);
		expect(report.sets[0]?.scores).toMatchObject({ questions: 1, firstHits: 1 });
		expect(report.unresolved.map(({ reference, scored }) => ({ reference, scored }))).toEqual([
			{ reference: 'Verify Your Old Domain', scored: false },
			{ reference: '../../../../etc/hosts', scored: false },
		]);
		expect(evalExitCode(report)).toBe(2);
		const lone = { ...evals, questions: [questions[1] as (typeof questions)[number]] };
		const error = await run(withAliases, [lone]).catch((caught: unknown) => caught);
		expect((error as ContentError).problems[0]?.message).toBe(
			'no page in tests/.output/search-unit/with-aliases has the slug, title, file or address "Verify Your Old Domain"',
		);
	});

	test('a slug that is only an old address’s redirect page is a missing page, not one search could return', async () => {
		const redirect = path.join(withAliases, 'articles', 'old-verify-domain', 'index.html');
		mkdirSync(path.dirname(redirect), { recursive: true });
		writeFileSync(redirect, redirectPageHtml({ from: '/articles/old-verify-domain', to: '/articles/verify-domain/' }));
		try {
			const questions = [
				{ query: 'mails go to junk', expect: ['emails-landing-in-spam'], index: 0, line: 3 },
				{ query: 'txt record', expect: ['old-verify-domain'], index: 1, line: 5 },
			];
			const report = await run(withAliases, [{ ...evals, questions }]);
			expect(report.sets[0]?.scores).toMatchObject({ questions: 1, firstHits: 1 });
			expect(report.unresolved.map(({ reference }) => reference)).toEqual(['old-verify-domain']);
		} finally {
			rmSync(path.dirname(redirect), { recursive: true, force: true });
		}
	});

	test('a file naming deleted articles: the rest is scored, each missing page listed with file and line, escaped', async () => {
		const outOfDate = loadSearchEvals('tests/fixtures/search/out-of-date-questions/questions.yaml');
		const report = await run(withAliases, [outOfDate]);
		// Two questions name only deleted articles; `txt record` still has verify-domain.
		expect(report.sets[0]?.scores).toMatchObject({ questions: 3, firstHits: 3 });
		expect(report.passed).toBe(true);
		expect(evalExitCode(report)).toBe(2);
		expect(report.unresolved.map(({ line, field, reference, scored }) => ({ line, field, reference, scored }))).toEqual(
			[
				{ line: 8, field: 'questions.2.expect', reference: 'bounce-codes', scored: false },
				{ line: 10, field: 'questions.3.expect.0', reference: 'dns-cheatsheet', scored: true },
				{ line: 13, field: 'questions.4.expect', reference: 'old-alerts', scored: false },
			],
		);
		const text = formatTextReport(report).replace(/ in \d+\.\d s/, ' in 0.1 s');
		expect(text.includes('\u001b') || text.includes('\n::')).toBe(false);
		expect(text).toMatchInlineSnapshot(`
			"Search evals: 3 questions in 1 set against tests/.output/search-unit/with-aliases/ (4 pages indexed) in 0.1 s

			  set          questions  hit@1  hit@3  MRR    empty
			  questions            3  1.000  1.000  1.000      0  ok

			Not pages of tests/.output/search-unit/with-aliases/: the questions expect them (3; 2 questions left out of the scores)
			  tests/fixtures/search/out-of-date-questions/questions.yaml:8  "what does a 550 bounce mean" expects "bounce-codes" (not scored)
			  tests/fixtures/search/out-of-date-questions/questions.yaml:10  "txt record" expects "dns-cheatsheet" (scored against the other pages it expects)
			  tests/fixtures/search/out-of-date-questions/questions.yaml:13  "\\u001b[31mred alert\\u001b[0m\\n::error::forged" expects "old-alerts" (not scored)

			Passed: every minimum holds for the questions scored.
			Unusable: the question file names pages this build does not publish. Point them at the articles that answer now, or remove them; a draft or internal article is only in the internal build.
			"
		`);
		const json = reportJson(report);
		expect(json.unresolved[2]).toEqual({
			file: 'tests/fixtures/search/out-of-date-questions/questions.yaml',
			line: 13,
			field: 'questions.4.expect',
			reference: 'old-alerts',
			query: '\x1b[31mred alert\x1b[0m\n::error::forged',
			scored: false,
		});
	});

	test('without the fix to the file, a set whose every question names a deleted article is not scored', async () => {
		const gone = {
			...evals,
			name: 'gone',
			questions: [{ query: 'bounces', expect: ['bounce-codes'], index: 0, line: 3 }],
		};
		const report = await run(withAliases, [evals, gone]);
		expect(report.sets.map((set) => set.name)).toEqual(['search']);
		expect(report.unresolved).toHaveLength(1);
		expect(evalExitCode({ passed: true, unresolved: [] })).toBe(0);
		expect(evalExitCode({ passed: false, unresolved: [] })).toBe(1);
		expect(evalExitCode({ passed: false, unresolved: report.unresolved })).toBe(2);
	});
});

describe('the related-word map in a built site', () => {
	const english = relatedTable(readWordNet('tests/fixtures/search/wordnet'));

	test('is written beside the vocabulary, holding only words no page uses, and searched in their place', async () => {
		const dist = await writeFixtureSite(`${out}/with-related`, { aliases: false, english });
		// The pages say `verify`; `confirm` is on none of them. One file per first letter.
		expect(JSON.parse(readFileSync(`${dist}/search/related/c.json`, 'utf8'))).toEqual({
			version: 1,
			related: 'confirm:verify',
		});
		expect(JSON.parse(readFileSync(`${dist}/search/related/z.json`, 'utf8'))).toEqual({ version: 1, related: '' });
		// `large` and `leave` are on no page either, and WordNet relates them to none of
		// their words: listed with none, since a word of the pages is close enough to
		// each for spelling correction to reach.
		expect(readRelatedWords(dist)).toBe('confirm:verify large: leave:');
		const index = await openPagefind(dist, pagefindRanking);
		try {
			const answer = await index.search('confirm my sending domain', 3);
			expect(answer.plan.groups[0]?.alternatives).toEqual([{ query: 'verify', kind: 'related' }]);
			expect(answer.plan.corrections).toEqual([]);
			expect(answer.hits[0]?.slug).toBe('verify-domain');
			const english = await index.search('leave my sending domain', 3);
			expect(english.plan.corrections).toEqual([]);
			expect(english.plan.unknown).toEqual(['leave']);
			expect(english.hits[0]?.slug).toBe('verify-domain');
		} finally {
			await index.close();
		}
	});

	test('is empty when the build had no table, and a site built before it existed still searches', async () => {
		expect(readRelatedWords(withAliases)).toBe('');
		const dist = await writeFixtureSite(`${out}/no-related-file`, { aliases: true });
		rmSync(`${dist}/search/related`, { recursive: true });
		const report = await run(dist);
		expect(report.sets[0]?.scores.top3Hits).toBe(10);
	});
});
