import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BuildRun {
	seconds: number;
	/** Peak resident memory of the build process, in bytes (the Pagefind binary runs beside it). */
	peakRss: number;
	/** CPU time of the process (every thread, user and system), in seconds: steadier than wall time on a busy machine. */
	cpuSeconds: number;
}

/**
 * The Node flags and script an npm script runs (`node --max-semi-space-size=4 scripts/x.ts`
 * gives `['--max-semi-space-size=4', 'scripts/x.ts']`), read from package.json so a
 * benchmark runs the command exactly as `npm run` does.
 */
export function npmScriptNodeArgs(root: string, name: string): string[] {
	const scripts = (
		JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
	).scripts;
	const [node, ...rest] = (scripts[name] ?? '').split(/\s+/);
	if (node !== 'node' || rest.length === 0) throw new Error(`package.json: ${name} is not a \`node\` command`);
	return rest;
}

/**
 * Runs a Node script in `projectDir` in a child process with the given environment,
 * and reports its wall time and peak memory (a preloaded probe prints it on exit).
 */
export function timeNodeScript(
	projectDir: string,
	args: string[],
	env: Record<string, string>,
	name = args.join(' '),
	/** Exit codes that still mean the run did its work (an import that leaves items for review exits 1). */
	okCodes: readonly number[] = [0],
): Promise<BuildRun> {
	const probe = new URL('./peak-memory-probe.ts', import.meta.url).href;
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', probe, ...args], {
			cwd: projectDir,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		const collect = (chunk: Buffer) => {
			output += chunk;
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			const match = /TRYBLOCK_MAX_RSS=(\d+) TRYBLOCK_CPU=(\d+)/.exec(output);
			if (code === null || !okCodes.includes(code) || !match)
				return reject(new Error(`${name} exited with ${code}:\n${output.slice(-2000)}`));
			resolve({ seconds, peakRss: Number(match[1]) * 1024, cpuSeconds: Number(match[2]) / 1e6 });
		});
	});
}

/**
 * Runs `astro build` in `projectDir` as `npm run build` does, in a child Node process
 * with the given environment, and reports its wall time and peak memory.
 */
export function timeBuild(projectDir: string, env: Record<string, string>): Promise<BuildRun> {
	return timeNodeScript(
		projectDir,
		[path.join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
		env,
		'astro build',
	);
}

export interface OutputStats {
	totalBytes: number;
	files: number;
	articleHtmlBytes: number;
	articlePages: number;
	pagefindBytes: number;
}

function walk(dir: string, visit: (file: string, size: number) => void) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, visit);
		else visit(full, statSync(full).size);
	}
}

/** Sizes of a built site: everything, article HTML and the search index. */
export function outputStats(outDir: string): OutputStats {
	const stats: OutputStats = { totalBytes: 0, files: 0, articleHtmlBytes: 0, articlePages: 0, pagefindBytes: 0 };
	walk(outDir, (file, size) => {
		const relative = path.relative(outDir, file).split(path.sep);
		stats.totalBytes += size;
		stats.files += 1;
		if (relative[0] === 'pagefind') stats.pagefindBytes += size;
		if (relative[0] === 'articles' && relative.length === 3 && relative[2] === 'index.html') {
			stats.articleHtmlBytes += size;
			stats.articlePages += 1;
		}
	});
	return stats;
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
	if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
	return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
