// `npm run bench:search`: what the query pipeline costs. Per-query time over Pagefind
// alone and the vocabulary's size on the demo and on 1000 generated articles, and the
// bytes a first query downloads on each.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatBytes, timeBuild } from '../src/bench/measure.ts';
import { type Figure, printSection, seconds } from '../src/bench/report.ts';
import { firstQueryBytes, pipelineOverhead, vocabularySize, type Weight } from '../src/bench/search.ts';
import { writeSyntheticContent } from '../src/bench/synthetic.ts';
import { parseFlags } from '../src/cli/args.ts';
import { CliError, ExitCode, runCli } from '../src/cli/run.ts';
import { contentLayout, displayPath, resolveContentDir } from '../src/content-model/paths.ts';
import { loadTaxonomy } from '../src/content-model/settings.ts';
import { loadEvalSets } from '../src/search/eval-file.ts';

const usage = `Usage: npm run bench:search -- [--articles 1000] [--dist <built site>] [--skip-build]

  --articles    generated articles to build and measure besides the demo (default 1000; 0 skips them)
  --dist        also measure a site built elsewhere (a real help center built with TRYBLOCK_CONTENT_DIR)
  --skip-build  reuse the generated site of the last run`;

const OVERHEAD_TARGET_MS = 30;
const VOCABULARY_TARGET_BYTES = 150 * 1024;
const work = path.join(tmpdir(), 'tryblock-bench-search');
const ms = (value: number) => `${value.toFixed(1)} ms`;
const weight = (value: Weight) => `${formatBytes(value.gzip)} gzip (${formatBytes(value.raw)} as files)`;

async function measure(name: string, distDir: string, queries: string[], targets: boolean) {
	const vocabulary = vocabularySize(distDir);
	const overhead = await pipelineOverhead(distDir, queries);
	const first = await firstQueryBytes(distDir, 'domain stuck on pending');
	const figures: Figure[] = [
		{ label: 'pages indexed', value: String(vocabulary.pages) },
		{
			label: 'vocabulary',
			value: `${vocabulary.words} words, ${weight(vocabulary.weight)}`,
			target: targets
				? {
						text: `<= ${formatBytes(VOCABULARY_TARGET_BYTES)} gzip`,
						met: vocabulary.weight.gzip <= VOCABULARY_TARGET_BYTES,
					}
				: undefined,
		},
		{
			label: 'Pagefind alone per query',
			value: `${ms(overhead.pagefind.median)} median, ${ms(overhead.pagefind.p95)} p95`,
		},
		{ label: 'pipeline per query', value: `${ms(overhead.pipeline.median)} median, ${ms(overhead.pipeline.p95)} p95` },
		{
			label: 'pipeline overhead per query',
			value: `${ms(overhead.overhead.median)} median, ${ms(overhead.overhead.p95)} p95 (${overhead.queries} questions x 3)`,
			target: targets
				? { text: `<= ${OVERHEAD_TARGET_MS} ms`, met: overhead.overhead.median <= OVERHEAD_TARGET_MS }
				: undefined,
		},
		{ label: '  of which analysis', value: `${ms(overhead.analysis.median)} median, ${ms(overhead.analysis.p95)} p95` },
		...first.parts.map((part) => ({ label: `first query: ${part.name}`, value: weight(part.weight) })),
		{ label: 'first query in all', value: weight(first.total) },
	];
	printSection(name, figures);
	return figures.every((figure) => figure.target?.met ?? true);
}

runCli(async () => {
	const { values } = parseFlags(
		process.argv.slice(2),
		{
			articles: { type: 'string', default: '1000' },
			dist: { type: 'string' },
			'skip-build': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
		{ allowPositionals: false },
	);
	if (values.help) {
		console.log(usage);
		return ExitCode.ok;
	}
	const count = Number(values.articles);
	if (!Number.isInteger(count) || count < 0)
		throw new CliError(`--articles expects a whole number, received "${values.articles}"`);
	const contentDir = resolveContentDir();
	const queries = loadEvalSets(path.join(contentDir, contentLayout.evals)).flatMap((set) =>
		set.questions.map((question) => question.query),
	);
	if (!existsSync('dist/search/vocabulary.json'))
		throw new CliError('dist/ has no search index: run npm run build first');
	let passed = await measure(`Demo help center (dist/)`, 'dist', queries, false);
	if (values.dist)
		passed =
			(await measure(`Site at ${displayPath(path.resolve(values.dist))}`, values.dist, queries, false)) && passed;
	if (count > 0) {
		const generated = path.join(work, `content-${count}`);
		const outDir = path.join(work, `dist-${count}`);
		if (!values['skip-build'] || !existsSync(path.join(outDir, 'search/vocabulary.json'))) {
			writeSyntheticContent({
				dir: generated,
				count,
				format: 'md',
				taxonomy: loadTaxonomy(contentDir),
				sourceContentDir: contentDir,
			});
			const run = await timeBuild(process.cwd(), {
				TRYBLOCK_CONTENT_DIR: generated,
				TRYBLOCK_OUT_DIR: outDir,
				TRYBLOCK_CACHE_DIR: path.join(work, `cache-${count}`),
			});
			console.log(`\nBuilt ${count} generated articles in ${seconds(run.seconds)}.`);
		}
		passed = (await measure(`${count} generated articles`, outDir, queries, true)) && passed;
	}
	return passed ? ExitCode.ok : ExitCode.shortfall;
}, usage);
