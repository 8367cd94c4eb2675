// `npm run bench:import`: imports a generated Zendesk dump (1,000 articles by default) and
// reports the import rate and peak memory, at two sizes to show memory stays flat.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatBytes, npmScriptNodeArgs, timeNodeScript } from '../src/bench/measure.ts';
import { printSection, seconds } from '../src/bench/report.ts';
import { parseFlags } from '../src/cli/args.ts';
import { CliError, ExitCode, runCli } from '../src/cli/run.ts';
import { loadTaxonomy } from '../src/content-model/settings.ts';
import { writeBenchDump } from '../src/import/bench.ts';

const usage = 'Usage: npm run bench:import -- [--articles 1000] [--keep]';
const target = { seconds: 10 };

await runCli(async () => {
	const { values } = parseFlags(
		process.argv.slice(2),
		{ articles: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
		{ allowPositionals: false },
	);
	const count = Number(values.articles);
	if (!Number.isInteger(count) || count < 10)
		throw new CliError(`--articles expects a whole number of at least 10, received "${values.articles}"`);
	const root = process.cwd();
	const outDir = path.join(root, 'tests/.output/bench-import');
	rmSync(outDir, { recursive: true, force: true });
	const taxonomy = loadTaxonomy();
	const runs = [];
	// A quarter of the size first: peak memory that grows with the articles would show.
	for (const size of [Math.round(count / 4), count]) {
		const dump = path.join(outDir, `dump-${size}`);
		const contentDir = path.join(outDir, `content-${size}`);
		mkdirSync(contentDir, { recursive: true });
		for (const name of ['taxonomy.yaml', 'tryblock.yaml'])
			copyFileSync(path.join('content', name), path.join(contentDir, name));
		writeFileSync(path.join(contentDir, 'import-map.yaml'), await writeBenchDump(dump, size, taxonomy));
		const run = await timeNodeScript(
			root,
			[...npmScriptNodeArgs(root, 'import'), '--from', 'zendesk', '--dump', dump, '--offline'],
			{ TRYBLOCK_CONTENT_DIR: contentDir },
			'npm run import',
			// Links from public articles to the generated drafts and internal ones leave items for review.
			[0, 1],
		);
		runs.push({ size, ...run });
	}
	const [small, large] = runs as [(typeof runs)[number], (typeof runs)[number]];
	printSection(`Import of a Zendesk dump (whole command, Node start-up included)`, [
		{
			label: `${large.size.toLocaleString('en')} articles`,
			value: `${seconds(large.seconds)}, ${Math.round(large.size / large.seconds)} articles/s (CPU ${seconds(large.cpuSeconds)})`,
			target: { text: `<= ${target.seconds} s`, met: large.seconds <= target.seconds },
		},
		{
			label: `${small.size.toLocaleString('en')} articles`,
			value: `${seconds(small.seconds)} (CPU ${seconds(small.cpuSeconds)})`,
		},
		{
			label: 'Peak memory',
			value: `${formatBytes(large.peakRss)} at ${large.size.toLocaleString('en')}, ${formatBytes(small.peakRss)} at ${small.size.toLocaleString('en')} (×${(large.peakRss / small.peakRss).toFixed(2)} for ×${(large.size / small.size).toFixed(0)} the articles)`,
		},
	]);
	if (!values.keep) rmSync(outDir, { recursive: true, force: true });
	return large.seconds <= target.seconds ? ExitCode.ok : ExitCode.shortfall;
}, usage);
