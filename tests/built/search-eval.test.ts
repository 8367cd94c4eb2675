import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/content-model/content.ts';
import { type BuildResult, buildSite } from './helpers/build-site.ts';

/**
 * The search evals hold on the demo build, within the time budget, and a wrong change
 * (the customers' words deleted: every article's aliases and the team's synonyms) makes
 * `npm run eval:search` fail with a report that names the questions it lost. (Without
 * the aliases alone the pipeline still meets every minimum: stemming, correction,
 * relaxation and related words carry it.)
 */
const out = 'tests/.output/search-eval';
const contentDir = `${out}/content`;
const noAliasesDir = `${out}/dist-no-aliases`;

function evalSearch(...args: string[]) {
	const started = performance.now();
	const run = spawnSync(process.execPath, ['scripts/eval-search.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1' },
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - started };
}

/** Deletes the `aliases:` list from the frontmatter of every article in the copy. */
function deleteAliases(dir: string): void {
	const articles = path.join(dir, 'articles');
	for (const file of readdirSync(articles, { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/.test(file)) continue;
		const source = readFileSync(path.join(articles, file), 'utf8');
		writeFileSync(path.join(articles, file), source.replace(/^aliases:\n(?:[ \t]+- .*\n)+/m, ''));
	}
}

describe('search evals on the demo content', () => {
	test('the public build meets the minimums of every set and of the ticket subjects, within 15 seconds', () => {
		expect(existsSync('dist/pagefind/pagefind.js'), 'build the site first: npm run build').toBe(true);
		const run = evalSearch();
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(run.stdout).toContain('Passed: every minimum holds.');
		expect(run.stdout).toContain('Passed: customers find the answer to enough tickets by searching their subject.');
		const questions = Number(/Search evals: (\d+) questions in 4 sets/.exec(run.stdout)?.[1]);
		expect(questions).toBeGreaterThanOrEqual(138);
		for (const set of ['exact', 'typos', 'sentences', 'colloquial'])
			expect(run.stdout).toMatch(new RegExp(`^  ${set} .* ok$`, 'm'));
		expect(run.ms).toBeLessThan(15_000);
	});
});

describe("a wrong change: the customers' words are lost, every alias and the synonyms file", () => {
	let build: BuildResult;

	beforeAll(async () => {
		rmSync(out, { recursive: true, force: true });
		cpSync('content', contentDir, { recursive: true });
		deleteAliases(contentDir);
		rmSync(path.join(contentDir, 'search', 'synonyms.yaml'));
		build = await buildSite({ contentDir, outDir: noAliasesDir, audience: 'public' });
	});

	test('the copy really has no aliases nor synonyms left, and builds', () => {
		expect(loadContent(contentDir).articles.flatMap((article) => article.data.aliases)).toEqual([]);
		expect(existsSync(path.join(contentDir, 'search', 'synonyms.yaml'))).toBe(false);
		expect(build.status, build.output).toBe(0);
	});

	test('npm run eval:search fails (exit code 1) and names what it lost and what ranked instead', () => {
		const run = evalSearch('--dist', noAliasesDir);
		expect(run.status, run.stderr).toBe(1);
		// With the aliases gone, some answers hold none of the customers' words: the heading counts them.
		expect(run.stdout).toMatch(
			/^Missed in exact: the answer is not in the first 3 results \(\d+; \d+ for want of the customers' words\)$/m,
		);
		// Each miss names its line in the eval file, the question and the expected article.
		expect(run.stdout).toMatch(/^ {2}content\/evals\/exact\.yaml:\d+ {2}"[^"]+"\n {4}expected [a-z0-9-]+/m);
		expect(run.stdout).toMatch(
			/^Failed: [a-z]+: hit@3 is 0\.\d{3}, below the minimum 0\.9 \(search\.minHitAt3 in content\/tryblock\.yaml\)\.$/m,
		);
	});

	test('every score is worse than with the aliases', () => {
		const good = JSON.parse(evalSearch('--format', 'json').stdout);
		const bad = JSON.parse(evalSearch('--dist', noAliasesDir, '--format', 'json').stdout);
		const exact = (report: { sets: { name: string; hitAt1: number; hitAt3: number; mrr: number }[] }) =>
			report.sets.find((set) => set.name === 'exact');
		expect(exact(bad)?.hitAt1).toBeLessThan(exact(good)?.hitAt1 as number);
		expect(exact(bad)?.hitAt3).toBeLessThan(exact(good)?.hitAt3 as number);
		expect(exact(bad)?.mrr).toBeLessThan(exact(good)?.mrr as number);
	});
});
