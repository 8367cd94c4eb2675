import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CliError } from '../../../src/cli/run.ts';
import { ContentError } from '../../../src/content-model/errors.ts';
import { loadSearchEvals } from '../../../src/search/eval-file.ts';
import { formatTextReport, reportJson } from '../../../src/search/report.ts';
import { runSearchEvals } from '../../../src/search/run-evals.ts';
import { writeFixtureSite } from './fixture-site.ts';

const out = 'tests/.output/search-unit';
const evals = loadSearchEvals('tests/fixtures/search/fixture-questions/search.yaml');
const thresholds = { minHitAt1: 0.7, minHitAt3: 0.9 };
let withAliases: string;
let withoutAliases: string;

beforeAll(async () => {
	withAliases = await writeFixtureSite(`${out}/with-aliases`, { aliases: true });
	withoutAliases = await writeFixtureSite(`${out}/without-aliases`, { aliases: false });
});

describe('search evals against a built Pagefind index', () => {
	test('every question finds its article first when the aliases hold the customers’ words', async () => {
		const report = await runSearchEvals({ distDir: withAliases, evals, thresholds });
		expect(report.scores).toMatchObject({ questions: 10, firstHits: 10, top3Hits: 10, mrr: 1 });
		expect(report.passed).toBe(true);
		expect(report.pageCount).toBe(4);
		expect(formatTextReport(report).replace(/ in \d+\.\d s/, ' in 0.1 s')).toMatchInlineSnapshot(`
			"Search evals: 10 questions from tests/fixtures/search/fixture-questions/search.yaml against tests/.output/search-unit/with-aliases/ (4 pages indexed) in 0.1 s

			  hit@1  1.000  (10/10)  minimum 0.7  ok
			  hit@3  1.000  (10/10)  minimum 0.9  ok
			  MRR    1.000

			Passed: every minimum holds.
			"
		`);
	});

	test('deleting the aliases loses answers and fails the minimums, with a report saying which', async () => {
		const good = await runSearchEvals({ distDir: withAliases, evals, thresholds });
		const report = await runSearchEvals({ distDir: withoutAliases, evals, thresholds });
		expect(report.scores.hitAt3).toBeLessThan(good.scores.hitAt3);
		expect(report.scores.mrr).toBeLessThan(good.scores.mrr);
		expect(report.passed).toBe(false);
		expect(
			formatTextReport(report, { configFile: 'content/tryblock.yaml' }).replace(/ in \d+\.\d s/, ' in 0.1 s'),
		).toMatchInlineSnapshot(`
			"Search evals: 10 questions from tests/fixtures/search/fixture-questions/search.yaml against tests/.output/search-unit/without-aliases/ (4 pages indexed) in 0.1 s

			  hit@1  0.600  (6/10)  minimum 0.7  below minimum
			  hit@3  0.600  (6/10)  minimum 0.9  below minimum
			  MRR    0.600

			Missed: the answer is not in the first 3 results (4)
			  tests/fixtures/search/fixture-questions/search.yaml:7  "getting throttled"
			    expected api-rate-limits: not in the first 10 results
			    no results at all
			  tests/fixtures/search/fixture-questions/search.yaml:9  "429 too many requests"
			    expected api-rate-limits: not in the first 10 results
			    no results at all
			  tests/fixtures/search/fixture-questions/search.yaml:11  "dkim not found"
			    expected domain-stuck-pending: not in the first 10 results
			    1. verify-domain  Verify your sending domain
			  tests/fixtures/search/fixture-questions/search.yaml:13  "verification taking forever"
			    expected domain-stuck-pending: not in the first 10 results
			    1. verify-domain  Verify your sending domain

			Failed: hit@1 is 0.600, below the minimum 0.7 (search.minHitAt1 in content/tryblock.yaml).
			Failed: hit@3 is 0.600, below the minimum 0.9 (search.minHitAt3 in content/tryblock.yaml).
			Put the words customers used into the aliases, title or description of the expected articles above, rebuild and run again.
			"
		`);
	});

	test('the JSON report carries the scores and every ranked result', async () => {
		const json = reportJson(await runSearchEvals({ distDir: withAliases, evals, thresholds }));
		expect(json).toMatchObject({ questions: 10, hitAt1: 1, hitAt3: 1, mrr: 1, passed: true, pages: 4 });
		expect(json.results[0]).toEqual({
			query: 'mails go to junk',
			expect: ['emails-landing-in-spam'],
			line: 3,
			rank: 1,
			top: [
				{
					slug: 'emails-landing-in-spam',
					title: 'Why are my emails landing in spam?',
					url: '/articles/emails-landing-in-spam/',
				},
			],
		});
	});

	test('fetch is Node’s own again after a run', async () => {
		const original = globalThis.fetch;
		await runSearchEvals({ distDir: withAliases, evals, thresholds });
		expect(globalThis.fetch).toBe(original);
	});

	test('no index: says to build first (exit code 2)', async () => {
		const missing = path.join(out, 'never-built');
		const error = await runSearchEvals({ distDir: missing, evals, thresholds }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(CliError);
		expect((error as CliError).exitCode).toBe(2);
		expect((error as CliError).message).toBe(
			'tests/.output/search-unit/never-built/pagefind not found: run npm run build first',
		);
	});

	test('an expected slug the build lacks is a mistake in the eval file (exit code 2)', async () => {
		const typo = { ...evals, questions: [{ query: 'junk', expect: ['emails-in-spam'], index: 0, line: 3 }] };
		const error = await runSearchEvals({ distDir: withAliases, evals: typo, thresholds }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toMatchInlineSnapshot(
			`"tests/fixtures/search/fixture-questions/search.yaml:3: **questions.0.expect**: no page in tests/.output/search-unit/with-aliases has the slug "emails-in-spam" (check the spelling; a draft or internal article is only in the internal build)"`,
		);
	});
});
