// `npm run bench:pull`: times `npm run tickets:pull` against a local helpdesk fake
// (Zendesk's, or `--source` another helpdesk's) that answers instantly: 100,000 tickets in 1,000
// pages, then 100 new ones on top.
import os from 'node:os';
import path from 'node:path';
import pc from 'picocolors';
import { parseFlags } from '../src/cli/args.ts';
import { CliError, ExitCode, runCli } from '../src/cli/run.ts';
import { type BenchSourceName, benchSources, runPullBench } from '../src/helpdesk/bench.ts';

const usage = `Usage: npm run bench:pull -- [--source ${Object.keys(benchSources).join('|')}] [--tickets 100000] [--per-page 100] [--added 100]`;
const targets = { ticketsPerSecond: 20_000, rssBytes: 150 * 1024 * 1024, incrementalSeconds: 1 };

function count(value: string, flag: string): number {
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1)
		throw new CliError(`${flag} expects a positive whole number, received "${value}"`);
	return number;
}

await runCli(async () => {
	const { values } = parseFlags(
		process.argv.slice(2),
		{
			tickets: { type: 'string', default: '100000' },
			'per-page': { type: 'string', default: '100' },
			added: { type: 'string', default: '100' },
			source: { type: 'string', default: 'zendesk' },
		},
		{ allowPositionals: false },
	);
	if (!Object.hasOwn(benchSources, values.source)) {
		throw new CliError(`--source expects one of ${Object.keys(benchSources).join(', ')}, received "${values.source}"`);
	}
	const source = values.source as BenchSourceName;
	const root = process.cwd();
	const result = await runPullBench({
		root,
		workDir: path.join(root, 'tests/.output/bench-pull'),
		tickets: count(values.tickets, '--tickets'),
		perPage: count(values['per-page'], '--per-page'),
		added: count(values.added, '--added'),
		source,
	});
	const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
	const verdict = (met: boolean, text: string) => (met ? pc.green(`ok (${text})`) : pc.red(`over target (${text})`));
	const { full, small, incremental } = result;
	const rate = result.tickets / full.seconds;
	const lines = [
		`${pc.bold('tickets:pull')} from a local ${benchSources[source].vendor} fake (node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores)`,
		`  full pull      ${result.tickets.toLocaleString('en')} tickets in ${result.pages.toLocaleString('en')} pages`,
		`    wall time    ${full.seconds.toFixed(2)} s, the whole command (Node start-up included)`,
		`    tickets/s    ${Math.round(rate).toLocaleString('en')}  ${verdict(rate >= targets.ticketsPerSecond, '>= 20,000')}`,
		`    cpu time     ${full.cpuSeconds.toFixed(2)} s: ${Math.round(result.tickets / full.cpuSeconds).toLocaleString('en')} tickets per CPU-second, what the client costs however busy the machine is`,
		`    peak RSS     ${mb(full.peakRss)}  ${verdict(full.peakRss <= targets.rssBytes, '<= 150 MB')}`,
		`    cache        ${mb(result.cacheBytes)}`,
		`  a tenth        ${small.tickets.toLocaleString('en')} tickets: ${small.seconds.toFixed(2)} s, peak RSS ${mb(small.peakRss)}; ten times the tickets cost ${mb(full.peakRss - small.peakRss)} more`,
		`  incremental    ${incremental.added} new on the ${result.tickets.toLocaleString('en')}-ticket cache: ${incremental.seconds.toFixed(2)} s  ${verdict(incremental.seconds < targets.incrementalSeconds, '< 1 s')}; cpu ${incremental.cpuSeconds.toFixed(2)} s, peak RSS ${mb(incremental.peakRss)}`,
		pc.dim(`\n  ${full.output.split('\n').join('\n  ')}\n  ${incremental.output.split('\n').join('\n  ')}`),
	];
	console.log(lines.join('\n'));
	return ExitCode.ok;
}, usage);
