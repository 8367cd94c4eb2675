import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pc from 'picocolors';
import { stringify } from 'yaml';
import { ticketsPullMain } from '../../../src/helpdesk/cli.ts';
import { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import { type FakeHandler, type FakeServer, startFakeServer } from '../../../src/http/fake-server.ts';
import { checkCoverageMain, usage as coverageUsage } from '../../../src/tickets/cli.ts';
import { type ProcessRun, runInProcess } from '../in-process.ts';

export const root = path.resolve(import.meta.dirname, '../../..');
export const siteUrl = 'https://help.example.com';

/** The least `site:` settings that validate, for checking `tickets.source` alone. */
export const minimalSite = {
	name: 'A',
	tagline: 'B',
	url: siteUrl,
	supportUrl: 'https://example.com/support',
	ticketUrlTemplate: 'https://helpdesk.example.com/{id}',
	productName: 'C',
};

/** Terms and slugs of tests/fixtures/tickets/site, so pulled tickets can be judged there. */
export const fixtureTerms = {
	categories: ['usability', 'reliability', 'functional'],
	productAreas: ['domains', 'api', 'billing'],
	articles: ['verify-domain', 'api-errors', 'plan-limits'],
};

export function dataset(count: number): FakeDataset {
	return new FakeDataset(count, fixtureTerms);
}

export interface Project {
	root: string;
	contentDir: string;
	cacheDir: string;
	cache(source: string): string;
	rows(source: string): Record<string, unknown>[];
	remove(): void;
}

/**
 * A project in a temporary folder: the tickets fixture site's content, with
 * `tickets.source` set (and `coverage` merged) in its tryblock.yaml. Its cache lands
 * in `<tmp>/.tryblock/tickets/`, never in the repository's.
 */
export function makeProject(
	source: Record<string, unknown> | undefined,
	coverage: Record<string, unknown> = {},
): Project {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'tryblock-pull-'));
	const contentDir = path.join(dir, 'content');
	cpSync(path.join(root, 'tests/fixtures/tickets/site'), contentDir, { recursive: true });
	const config = {
		site: {
			name: 'Fixture Help Center',
			productName: 'Fixture Mail',
			tagline: 'A tiny help center for the pull tests.',
			url: siteUrl,
			supportUrl: 'https://example.com/support',
			ticketUrlTemplate: 'https://helpdesk.example.com/tickets/{id}',
		},
		coverage: { minLinkRate: 1, ...coverage },
		...(source ? { tickets: { source } } : {}),
	};
	writeFileSync(path.join(contentDir, 'tryblock.yaml'), stringify(config));
	const cacheDir = path.join(dir, '.tryblock', 'tickets');
	const cache = (name: string) => path.join(cacheDir, `${name}.jsonl`);
	return {
		root: dir,
		contentDir,
		cacheDir,
		cache,
		rows: (name) =>
			existsSync(cache(name))
				? readFileSync(cache(name), 'utf8')
						.split('\n')
						.filter((line) => line !== '')
						.map((line) => JSON.parse(line) as Record<string, unknown>)
				: [],
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}

export function writeExport(project: Project, name: string, text: string): void {
	mkdirSync(path.join(project.contentDir, 'tickets'), { recursive: true });
	writeFileSync(path.join(project.contentDir, 'tickets', name), text);
}

export type Run = ProcessRun;

/**
 * Runs a script the way npm runs it, in a child process (the fake server answers from
 * this one, so the child must not block it), for the tests of the process itself: its
 * exit status as a shell sees it, a signal. `onSpawn` gets the child, to interrupt it.
 */
export function runScript(
	script: string,
	args: string[],
	options: { project: Project; env?: Record<string, string>; onSpawn?: (child: ChildProcess) => void },
): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(root, script), ...args], {
			cwd: root,
			env: {
				...process.env,
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				TRYBLOCK_CONTENT_DIR: options.project.contentDir,
				...options.env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		options.onSpawn?.(child);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk;
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

/**
 * `npm run tickets:pull` in this process, as its script runs it, with `env` over this
 * process's environment (the token variables): what it prints and its exit status.
 */
export function pull(project: Project, args: string[] = [], env: Record<string, string> = {}): Promise<Run> {
	return runInProcess((streams) =>
		ticketsPullMain(args, {
			contentDir: project.contentDir,
			stdout: streams.stdout,
			stderr: streams.stderr,
			env: { ...process.env, ...env },
		}),
	);
}

/** `npm run tickets:pull` in its own process: for the exit status a shell sees, and signals. */
export function pullProcess(
	project: Project,
	args: string[] = [],
	env: Record<string, string> = {},
	onSpawn?: (child: ChildProcess) => void,
): Promise<Run> {
	return runScript('scripts/tickets-pull.ts', args, { project, env, onSpawn });
}

/** `npm run check:coverage` in this process, as its script runs it, with colours off. */
export function checkCoverage(project: Project, args: string[] = []): Promise<Run> {
	return runInProcess(
		(streams) =>
			checkCoverageMain(args, {
				contentDir: project.contentDir,
				stdout: streams.stdout,
				colors: pc.createColors(false),
			}),
		coverageUsage(project.contentDir),
	);
}

export function serve(handler: FakeHandler): Promise<FakeServer> {
	return startFakeServer(handler);
}

/** Resolves once `condition` holds, checking every 20 ms. */
export async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** Settings that make retries quick in tests. */
export const quickRetry = { attempts: 3, backoffSeconds: 0.05, maxWaitSeconds: 30 };
