// `npm run eval:search`: puts every question of content/evals/search.yaml to the built
// site's Pagefind index and fails when too few answers rank first or in the top 3.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, ExitCode, runCli } from '../src/cli/run.ts';
import { findDataFile } from '../src/content-model/data-file.ts';
import { contentLayout, displayPath, resolveContentDir } from '../src/content-model/paths.ts';
import { loadConfig } from '../src/content-model/settings.ts';
import { loadSearchEvals } from '../src/search/eval-file.ts';
import { formatTextReport, reportJson } from '../src/search/report.ts';
import { runSearchEvals } from '../src/search/run-evals.ts';

const usage = `Usage: npm run eval:search -- [--dist dist] [--evals content/evals/search.yaml] [--format text|json]

  --dist    built site to search (default: dist; the internal build is dist-internal)
  --evals   questions to ask (default: content/evals/search.yaml)
  --format  text for people (default), json for tools
Exit codes: 0 every minimum holds, 1 below a minimum in content/tryblock.yaml (search:), 2 unusable input or no build.`;

function parseOptions(argv: string[]) {
	try {
		const { values } = parseArgs({
			args: argv,
			options: {
				dist: { type: 'string', default: 'dist' },
				evals: { type: 'string' },
				format: { type: 'string', default: 'text' },
				help: { type: 'boolean', short: 'h', default: false },
			},
			strict: true,
		});
		if (values.format !== 'text' && values.format !== 'json') {
			throw new CliError(`--format must be "text" or "json", received "${values.format}"`);
		}
		return { ...values, format: values.format as 'text' | 'json' };
	} catch (error) {
		if (error instanceof CliError) throw error;
		throw new CliError((error as Error).message);
	}
}

runCli(async () => {
	const options = parseOptions(process.argv.slice(2));
	if (options.help) {
		console.log(usage);
		return ExitCode.ok;
	}
	const contentDir = resolveContentDir();
	const config = loadConfig(contentDir);
	const configFile = findDataFile(contentDir, contentLayout.config);
	const evalsFile = options.evals ?? path.join(contentDir, contentLayout.evals, 'search.yaml');
	const evals = loadSearchEvals(path.resolve(evalsFile));
	const report = await runSearchEvals({ distDir: path.resolve(options.dist), evals, thresholds: config.search });
	if (options.format === 'json') console.log(JSON.stringify(reportJson(report), null, 2));
	else {
		process.stdout.write(
			formatTextReport(report, {
				color: process.stdout.isTTY === true && !process.env.NO_COLOR,
				configFile: configFile ? displayPath(configFile) : undefined,
			}),
		);
	}
	return report.passed ? ExitCode.ok : ExitCode.shortfall;
}, usage);
