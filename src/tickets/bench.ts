import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { LoadedContent } from '../content-model/content.ts';
import { isPublishedEntry } from './links.ts';

const subjects = [
	'domain stuck on pending',
	'getting 429 errors when sending',
	'SMTP login fails with 535',
	'webhook not firing for bounces',
	'where can I download my invoice',
	'emails going to junk, help',
	'can we remove the unsubscribe link?',
	'sending paused, why?',
];

/** A deterministic pseudo-random sequence, so every run writes the same file. */
function sequence(seed: number) {
	let state = seed >>> 0 || 1;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/**
 * Writes a CSV export of `rows` closed tickets shaped like a helpdesk export, each
 * linking a published demo article by slug, path or URL (so the gate passes), and
 * returns its size in bytes.
 */
export async function writeBenchExport(
	file: string,
	rows: number,
	content: Pick<LoadedContent, 'articles' | 'taxonomy'>,
): Promise<number> {
	const articles = content.articles.filter(isPublishedEntry);
	const labels = new Map(
		[...content.taxonomy.categories, ...content.taxonomy.productAreas].map((term) => [term.id, term.label]),
	);
	const random = sequence(42);
	const out = createWriteStream(file);
	let bytes = 0;
	let buffer = '\uFEFFTicket ID,Subject,Status,Category,Product Area,Solved At,KB Articles\r\n';
	for (let index = 0; index < rows; index++) {
		const article = articles[Math.floor(random() * articles.length)] as (typeof articles)[number];
		const style = index % 3;
		const reference =
			style === 0
				? article.slug
				: style === 1
					? `/articles/${article.slug}/`
					: `https://help.acmemail.dev/articles/${article.slug}/`;
		const day = 1 + Math.floor(random() * 28);
		const month = 3 + Math.floor(random() * 9);
		const closedAt = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 10:${String(index % 60).padStart(2, '0')}`;
		const subject = subjects[index % subjects.length] as string;
		buffer += `ACME-${100_000 + index},${subject.includes(',') ? `"${subject}"` : subject},Solved,${labels.get(article.data.category)},${labels.get(article.data.productArea)},${closedAt},${reference}\r\n`;
		if (buffer.length > 1 << 16) {
			bytes += Buffer.byteLength(buffer);
			if (!out.write(buffer)) await once(out, 'drain');
			buffer = '';
		}
	}
	bytes += Buffer.byteLength(buffer);
	out.end(buffer);
	await once(out, 'finish');
	return bytes;
}

export interface GateRun {
	seconds: number;
	/** Peak resident memory of the gate's process, in bytes. */
	peakRss: number;
	/** CPU time of the gate's process (all threads, user and system), in seconds. */
	cpuSeconds: number;
	exitCode: number;
	output: string;
}

/**
 * Runs `node scripts/check-coverage.ts` as a child process (what CI runs, start-up
 * included) and reports its wall time, peak memory and CPU time. A preloaded
 * module prints the process's resource usage when it exits.
 */
export function timeGate(root: string, args: string[], env: Record<string, string> = {}): Promise<GateRun> {
	const report = [
		"import { isMainThread } from 'node:worker_threads';",
		"if (isMainThread) process.on('exit', (code) => { const usage = process.resourceUsage();",
		"process.stderr.write('\\nTRYBLOCK_EXIT=' + code + ' TRYBLOCK_MAX_RSS=' + usage.maxRSS + ' TRYBLOCK_CPU=' + (usage.userCPUTime + usage.systemCPUTime) + '\\n'); });",
	].join('\n');
	const argv = ['--import', `data:text/javascript,${encodeURIComponent(report)}`, 'scripts/check-coverage.ts', ...args];
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, argv, {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		let usage = '';
		child.stdout.on('data', (chunk) => {
			output += chunk;
		});
		child.stderr.on('data', (chunk) => {
			usage += chunk;
		});
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			const match = /TRYBLOCK_EXIT=(\d+) TRYBLOCK_MAX_RSS=(\d+) TRYBLOCK_CPU=(\d+)/.exec(usage);
			if (code === null || code > 1 || !match)
				return reject(new Error(`the gate exited with ${code}:\n${usage.slice(-2000)}`));
			resolve({
				seconds,
				peakRss: Number(match[2]) * 1024,
				cpuSeconds: Number(match[3]) / 1e6,
				exitCode: Number(match[1]),
				output,
			});
		});
	});
}
