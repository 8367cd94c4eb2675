// `npm run bench:search`: what the query pipeline costs. Per-query time over Pagefind
// alone and the vocabulary's size on the demo and on 1000 generated articles, and the
// bytes a first query downloads on each.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { browserCosts } from '../src/bench/browser-search.ts';
import { formatBytes, timeBuild } from '../src/bench/measure.ts';
import { type Figure, printSection, seconds } from '../src/bench/report.ts';
import { firstQueryBytes, queryCosts, type Spread, searchFilesSize, type Weight } from '../src/bench/search.ts';
import { addEnglishVocabulary, wordsByFrequency } from '../src/bench/search-corpus.ts';
import { writeSyntheticContent } from '../src/bench/synthetic.ts';
import { parseFlags } from '../src/cli/args.ts';
import { CliError, ExitCode, runCli } from '../src/cli/run.ts';
import { contentLayout, displayPath, resolveContentDir } from '../src/content-model/paths.ts';
import { loadTaxonomy } from '../src/content-model/settings.ts';
import { wordnetDictDir } from '../src/search/build/english-related.ts';
import { readWordNet } from '../src/search/build/wordnet.ts';
import { loadEvalSets, readSearchEvalFile } from '../src/search/eval-file.ts';
import { chromiumInstallHint, chromiumPath } from '../tests/e2e/chromium.ts';

const usage = `Usage: npm run bench:search -- [--articles 1000] [--dist <built site>] [--questions <file>] [--rounds 10] [--skip-build]

  --articles    generated articles to build and measure besides the demo (default 1000; 0 skips them)
  --dist        also measure a site built elsewhere (a real help center built with TRYBLOCK_CONTENT_DIR)
  --questions   the questions to time on --dist (a YAML or JSON list of { query, expect }, or a CSV/TSV with those columns; default: the demo's evals)
  --rounds      timed runs of every question, after two warm-up runs (default 10)
  --phone       also time the search page's code in Chromium with the CPU slowed 4 times (Lighthouse's
                phone emulation), Pagefind in its worker and on the main thread
  --skip-build  reuse the generated site of the last run`;

const OVERHEAD_TARGET_MS = 30;
const VOCABULARY_TARGET_BYTES = 150 * 1024;
const work = path.join(tmpdir(), 'tryblock-bench-search');
const ms = (value: number) => `${value.toFixed(1)} ms`;
const weight = (value: Weight) => `${formatBytes(value.gzip)} gzip (${formatBytes(value.raw)} as files)`;

const spread = (value: Spread) => `${ms(value.median)} median, ${ms(value.p95)} p95`;

async function phoneFigures(distDir: string, queries: string[], executablePath: string): Promise<Figure[]> {
	const figures: Figure[] = [];
	for (const worker of [true, false]) {
		const costs = await browserCosts(distDir, queries, { executablePath, slowdown: 4, worker });
		const where = worker ? "in Pagefind's worker" : 'on the main thread';
		figures.push(
			{ label: `phone (4x slower CPU), ${where}: Pagefind alone`, value: spread(costs.pagefind) },
			{ label: '  pipeline', value: spread(costs.pipeline) },
			{
				label: '  added by the pipeline',
				value: spread(costs.added),
				target: { text: `<= ${OVERHEAD_TARGET_MS} ms median`, met: costs.added.median <= OVERHEAD_TARGET_MS },
			},
			{ label: '  added per search, typing word by word', value: spread(costs.typing) },
		);
	}
	return figures;
}

async function measure(
	name: string,
	distDir: string,
	queries: string[],
	targets: boolean,
	rounds: number,
	/** The Chromium to time the search page in, with a phone's CPU; none skips it. */
	phone?: string,
) {
	const files = searchFilesSize(distDir);
	const costs = await queryCosts(distDir, queries, { rounds });
	const first = await firstQueryBytes(distDir, 'domain stuck on pending');
	const budget = files.vocabulary.gzip + files.related.gzip;
	const figures: Figure[] = [
		{ label: 'pages indexed', value: String(files.pages) },
		{ label: 'vocabulary', value: `${files.words} words, ${weight(files.vocabulary)}` },
		{ label: 'related words (WordNet)', value: `${files.relatedWords} words, ${weight(files.related)}` },
		{
			label: 'vocabulary and related words',
			value: `${formatBytes(budget)} gzip`,
			target: targets
				? { text: `<= ${formatBytes(VOCABULARY_TARGET_BYTES)} gzip`, met: budget <= VOCABULARY_TARGET_BYTES }
				: undefined,
		},
		{
			label: 'Pagefind alone per query',
			value: `${spread(costs.pagefind)} (${costs.queries} questions x ${costs.rounds}, after 2 warm-up rounds)`,
		},
		{ label: 'pipeline per query', value: spread(costs.pipeline) },
		{ label: '  in Pagefind', value: `${spread(costs.pipelineIndex)}; ${costs.calls.median} searches median` },
		{
			label: "  the pipeline's own work",
			value: spread(costs.pipelineOwn),
			target: targets
				? { text: `<= ${OVERHEAD_TARGET_MS} ms p95`, met: costs.pipelineOwn.p95 <= OVERHEAD_TARGET_MS }
				: undefined,
		},
		...(phone ? await phoneFigures(distDir, queries, phone) : []),
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
			questions: { type: 'string' },
			rounds: { type: 'string', default: '10' },
			'skip-build': { type: 'boolean', default: false },
			phone: { type: 'boolean', default: false },
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
	const rounds = Number(values.rounds);
	if (!Number.isInteger(rounds) || rounds < 1)
		throw new CliError(`--rounds expects a whole number of at least 1, received "${values.rounds}"`);
	const phone = values.phone ? chromiumPath() : undefined;
	if (values.phone && !phone)
		throw new CliError(`--phone times search in Chromium, and none is installed. ${chromiumInstallHint}`);
	const contentDir = resolveContentDir();
	const queries = loadEvalSets(path.join(contentDir, contentLayout.evals)).flatMap((set) =>
		set.questions.map((question) => question.query),
	);
	const ownQueries = values.questions
		? (await readSearchEvalFile(path.resolve(values.questions))).questions.map((question) => question.query)
		: queries;
	if (!existsSync('dist/search/vocabulary.json'))
		throw new CliError('dist/ has no search index: run npm run build first');
	let passed = await measure(`Demo help center (dist/)`, 'dist', queries, false, rounds);
	if (values.dist) {
		const name = `Site at ${displayPath(path.resolve(values.dist))}`;
		passed = (await measure(name, values.dist, ownQueries, false, rounds)) && passed;
	}
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
			// The generator's templates repeat a few hundred words; real help centers use thousands.
			addEnglishVocabulary(generated, wordsByFrequency(readWordNet(wordnetDictDir())));
			const run = await timeBuild(process.cwd(), {
				TRYBLOCK_CONTENT_DIR: generated,
				TRYBLOCK_OUT_DIR: outDir,
				TRYBLOCK_CACHE_DIR: path.join(work, `cache-${count}`),
			});
			console.log(`\nBuilt ${count} generated articles in ${seconds(run.seconds)}.`);
		}
		passed = (await measure(`${count} generated articles`, outDir, queries, true, rounds, phone)) && passed;
	}
	return passed ? ExitCode.ok : ExitCode.shortfall;
}, usage);
