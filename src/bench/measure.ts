import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BuildRun {
	seconds: number;
	/** Peak resident memory of the build process, in bytes (the Pagefind binary runs beside it). */
	peakRss: number;
}

/**
 * Runs `astro build` in `projectDir` as `npm run build` does, in a child Node process
 * with the given environment, and reports its wall time and peak memory.
 */
export function timeBuild(projectDir: string, env: Record<string, string>): Promise<BuildRun> {
	const astro = path.join(projectDir, 'node_modules/astro/bin/astro.mjs');
	const probe = new URL('./peak-memory-probe.ts', import.meta.url).href;
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', probe, astro, 'build'], {
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
			const match = /TRYBLOCK_MAX_RSS=(\d+)/.exec(output);
			if (code !== 0 || !match) return reject(new Error(`astro build exited with ${code}:\n${output.slice(-2000)}`));
			resolve({ seconds, peakRss: Number(match[1]) * 1024 });
		});
	});
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
