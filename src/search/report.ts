import pc from 'picocolors';
import { EVAL_DEPTH, type QuestionResult } from './metrics.ts';
import type { EvalReport } from './run-evals.ts';

type Colors = ReturnType<typeof pc.createColors>;

const fixed = (value: number) => value.toFixed(3);

function location(report: EvalReport, result: QuestionResult): string {
	return result.question.line ? `${report.evalsFile}:${result.question.line}` : report.evalsFile;
}

function describeResult(report: EvalReport, result: QuestionResult, c: Colors): string[] {
	const expected = result.question.expect.join(' or ');
	const where = result.rank === null ? `not in the first ${EVAL_DEPTH} results` : `at #${result.rank}`;
	// What took the place of the answer: everything above it, or the top 3 when it is missing.
	const above = result.hits.slice(0, result.rank === null ? 3 : result.rank - 1);
	const lines = [`  ${c.dim(location(report, result))}  ${c.bold(`"${result.question.query}"`)}`];
	lines.push(`    expected ${expected}: ${where}`);
	if (above.length === 0) lines.push('    no results at all');
	above.forEach((hit, index) => {
		lines.push(`    ${index + 1}. ${hit.slug}  ${c.dim(hit.title)}`);
	});
	return lines;
}

/**
 * The eval report for people: the scores against their minimums, then every question
 * whose answer is not first, with what ranked above it, and a verdict line.
 */
export function formatTextReport(report: EvalReport, options: { color?: boolean; configFile?: string } = {}): string {
	const c = pc.createColors(options.color ?? false);
	const { scores } = report;
	const seconds = (report.durationMs / 1000).toFixed(1);
	const out = [
		`Search evals: ${scores.questions} questions from ${report.evalsFile} against ${report.dist}/ (${report.pageCount} pages indexed) in ${seconds} s`,
		'',
	];
	for (const check of report.checks) {
		const count = check.metric === 'hit@1' ? scores.firstHits : scores.top3Hits;
		const verdict = check.passed ? c.green('ok') : c.red('below minimum');
		out.push(
			`  ${check.metric}  ${fixed(check.value)}  (${count}/${scores.questions})  minimum ${check.minimum}  ${verdict}`,
		);
	}
	out.push(`  MRR    ${fixed(scores.mrr)}`);
	const missed = report.results.filter((result) => result.rank === null || result.rank > 3);
	const notFirst = report.results.filter((result) => result.rank !== null && result.rank > 1 && result.rank <= 3);
	if (missed.length > 0) {
		out.push('', c.red(`Missed: the answer is not in the first 3 results (${missed.length})`));
		for (const result of missed) out.push(...describeResult(report, result, c));
	}
	if (notFirst.length > 0) {
		out.push('', c.yellow(`Not first: the answer is in the first 3, below other results (${notFirst.length})`));
		for (const result of notFirst) out.push(...describeResult(report, result, c));
	}
	out.push('');
	const failed = report.checks.filter((check) => !check.passed);
	if (failed.length === 0) out.push(c.green(`Passed: every minimum holds.`));
	else {
		const where = options.configFile ? ` in ${options.configFile}` : '';
		for (const check of failed) {
			out.push(
				c.red(
					`Failed: ${check.metric} is ${fixed(check.value)}, below the minimum ${check.minimum} (search.${check.setting}${where}).`,
				),
			);
		}
		out.push(
			c.dim(
				'Put the words customers used into the aliases, title or description of the expected articles above, rebuild and run again.',
			),
		);
	}
	return `${out.join('\n')}\n`;
}

/** The same report as data, for CI dashboards and scripts. */
export function reportJson(report: EvalReport) {
	return {
		dist: report.dist,
		evals: report.evalsFile,
		pages: report.pageCount,
		...report.scores,
		durationMs: Math.round(report.durationMs),
		passed: report.passed,
		checks: report.checks,
		results: report.results.map((result) => ({
			query: result.question.query,
			expect: result.question.expect,
			line: result.question.line,
			rank: result.rank,
			top: result.hits.map((hit) => ({ slug: hit.slug, title: hit.title, url: hit.url })),
		})),
	};
}
