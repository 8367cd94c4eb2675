// `npm run bench:coverage`: times the coverage gate on 1,000,000 generated closed tickets
// (`--format xlsx`: the same tickets as an Excel workbook).
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pc from 'picocolors';
import { parseFlags } from '../src/cli/args.ts';
import { CliError, ExitCode, runCli } from '../src/cli/run.ts';
import { loadContent } from '../src/content-model/content.ts';
import { resolveContentDir } from '../src/content-model/paths.ts';
import { timeGate, writeBenchExport, writeBenchWorkbook } from '../src/tickets/bench.ts';

const usage = 'Usage: npm run bench:coverage -- [--rows 1000000] [--format csv|xlsx] [--keep]';
const targets = { seconds: 5, rssBytes: 300 * 1024 * 1024 };

await runCli(async () => {
	const { values } = parseFlags(
		process.argv.slice(2),
		{
			rows: { type: 'string', default: '1000000' },
			format: { type: 'string', default: 'csv' },
			keep: { type: 'boolean', default: false },
		},
		{ allowPositionals: false },
	);
	const rows = Number(values.rows);
	if (!Number.isInteger(rows) || rows < 1)
		throw new CliError(`--rows expects a positive whole number, received "${values.rows}"`);
	const format = values.format;
	if (format !== 'csv' && format !== 'xlsx') throw new CliError(`--format expects csv or xlsx, received "${format}"`);
	const root = process.cwd();
	const outDir = path.join(root, 'tests/.output/bench-coverage');
	mkdirSync(outDir, { recursive: true });
	const file = path.join(outDir, `tickets.${format}`);
	const content = loadContent(resolveContentDir());

	const writeStarted = performance.now();
	const bytes = await (format === 'xlsx' ? writeBenchWorkbook : writeBenchExport)(file, rows, content);
	console.log(
		`Wrote ${rows.toLocaleString('en')} closed tickets (${(bytes / 1024 ** 2).toFixed(1)} MB ${format === 'xlsx' ? 'Excel workbook' : 'CSV'}) in ${((performance.now() - writeStarted) / 1000).toFixed(1)} s`,
	);
	const report = path.join(outDir, 'report.json');
	const run = await timeGate(root, ['--tickets', file, '--format', 'json', '--out', report]);
	if (!values.keep) rmSync(file);

	const fast = run.seconds <= targets.seconds;
	const small = run.peakRss <= targets.rssBytes;
	const verdict = (met: boolean, text: string) => (met ? pc.green(`ok (${text})`) : pc.red(`over target (${text})`));
	console.log(
		`\n${pc.bold('Ticket coverage gate')} (${rows.toLocaleString('en')} rows of ${format === 'xlsx' ? 'an Excel workbook' : 'CSV'}, node ${process.version}, ${process.arch})`,
	);
	console.log(`  wall time     ${run.seconds.toFixed(2)} s  ${verdict(fast, `<= ${targets.seconds} s`)}`);
	console.log(
		`  cpu time      ${run.cpuSeconds.toFixed(2)} s (both threads; the machine's load average was ${os.loadavg()[0]?.toFixed(1)})`,
	);
	console.log(`  rows/second   ${Math.round(rows / run.seconds).toLocaleString('en')}`);
	console.log(`  peak RSS      ${(run.peakRss / 1024 ** 2).toFixed(0)} MB  ${verdict(small, '<= 300 MB')}`);
	console.log(
		`  gate result   exit ${run.exitCode} (${run.exitCode === 0 ? 'every category covered' : 'see the report'})`,
	);
	return fast && small && run.exitCode === 0 ? ExitCode.ok : ExitCode.shortfall;
}, usage);
