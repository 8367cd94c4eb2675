import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { npmScriptNodeArgs } from '../bench/measure.ts';
import type { FakeHandler } from '../http/fake-server.ts';
import { startFakeServer } from '../http/fake-server.ts';
import { ticketCacheDir } from './cache/paths.ts';
import type { SourceType } from './config.ts';
import { FakeDataset } from './fakes/dataset.ts';
import { createFreshdeskFake, freshdeskFakeFields } from './fakes/freshdesk.ts';
import { createFrontFake, frontFakeFields } from './fakes/front.ts';
import { createGorgiasFake, gorgiasFakeFields } from './fakes/gorgias.ts';
import { createHubspotFake, hubspotFakeProperties } from './fakes/hubspot.ts';
import { createJiraFake, jiraFakeFields } from './fakes/jira.ts';
import { createSalesforceFake, salesforceFakeFields } from './fakes/salesforce.ts';
import { createZendeskFake, zendeskFakeFields } from './fakes/zendesk.ts';
import { createZohodeskFake, zohodeskFakeFields } from './fakes/zohodesk.ts';

export interface PullRun {
	/** Wall time of the whole command, Node's start-up included. */
	seconds: number;
	/** Peak resident memory of the pull process, in bytes. */
	peakRss: number;
	/** CPU time the pull process used (user and system), in seconds: what a busy machine does not inflate. */
	cpuSeconds: number;
	output: string;
}

const token = 'bench-token';
/** The Zoho Desk organisation and Self Client the bench's fake knows. */
const zohoClient = { orgId: '648392013', clientId: '1000.BENCHCLIENT' };
const siteUrl = 'https://help.acmemail.dev';

/** A helpdesk the bench can pull from: its fake, the settings that map its fields, the credential it reads. */
interface BenchSource {
	vendor: string;
	env: Record<string, string>;
	fake(data: FakeDataset): FakeHandler;
	settings(url: string, perPage: number): Record<string, unknown>;
}

export const benchSources = {
	zendesk: {
		vendor: 'Zendesk',
		env: { ZENDESK_API_TOKEN: token },
		fake: (data) => createZendeskFake(data, { token, email: 'bench@example.com', siteUrl }),
		settings: (url, perPage) => ({
			type: 'zendesk',
			baseUrl: url,
			email: 'bench@example.com',
			category: { field: zendeskFakeFields.category },
			productArea: { field: zendeskFakeFields.productArea },
			articles: { field: zendeskFakeFields.article },
			pageSize: perPage,
		}),
	},
	freshdesk: {
		vendor: 'Freshdesk',
		env: { FRESHDESK_API_KEY: token },
		fake: (data) => createFreshdeskFake(data, { apiKey: token, siteUrl }),
		settings: (url, perPage) => ({
			type: 'freshdesk',
			baseUrl: url,
			category: { field: freshdeskFakeFields.category },
			productArea: { field: freshdeskFakeFields.productArea },
			articles: { field: freshdeskFakeFields.article },
			pageSize: perPage,
		}),
	},
	hubspot: {
		vendor: 'HubSpot',
		env: { HUBSPOT_ACCESS_TOKEN: token },
		fake: (data) => createHubspotFake(data, { token, siteUrl }),
		settings: (url, perPage) => ({
			type: 'hubspot',
			baseUrl: url,
			category: { property: hubspotFakeProperties.category },
			productArea: { property: hubspotFakeProperties.productArea },
			articles: { property: hubspotFakeProperties.article },
			pageSize: perPage,
		}),
	},
	jira: {
		vendor: 'Jira',
		env: { JIRA_API_TOKEN: token },
		fake: (data) => createJiraFake(data, { email: 'bench@example.com', token, siteUrl }),
		settings: (url, perPage) => ({
			type: 'jira',
			baseUrl: url,
			email: 'bench@example.com',
			projects: ['SUP'],
			category: { field: jiraFakeFields.category },
			productArea: { field: jiraFakeFields.productArea },
			articles: { field: jiraFakeFields.article },
			pageSize: perPage,
		}),
	},
	front: {
		vendor: 'Front',
		env: { FRONT_API_TOKEN: token },
		fake: (data) => createFrontFake(data, { token, siteUrl }),
		settings: (url, perPage) => ({
			type: 'front',
			baseUrl: url,
			category: { field: frontFakeFields.category },
			productArea: { field: frontFakeFields.productArea },
			articles: { field: frontFakeFields.article },
			pageSize: perPage,
		}),
	},
	gorgias: {
		vendor: 'Gorgias',
		env: { GORGIAS_EMAIL: 'bench@example.com', GORGIAS_API_KEY: token },
		fake: (data) => createGorgiasFake(data, { email: 'bench@example.com', apiKey: token, siteUrl }),
		settings: (url, perPage) => ({
			type: 'gorgias',
			baseUrl: url,
			category: { field: gorgiasFakeFields.category.label },
			productArea: { field: gorgiasFakeFields.productArea.label },
			articles: { field: gorgiasFakeFields.article.label },
			pageSize: perPage,
		}),
	},
	zohodesk: {
		vendor: 'Zoho Desk',
		env: { ZOHO_DESK_CLIENT_ID: zohoClient.clientId, ZOHO_DESK_CLIENT_SECRET: token, ZOHO_DESK_REFRESH_TOKEN: token },
		fake: (data) =>
			createZohodeskFake(data, { ...zohoClient, clientSecret: token, refreshToken: token, siteUrl }).handler,
		settings: (url, perPage) => ({
			type: 'zohodesk',
			orgId: zohoClient.orgId,
			baseUrl: url,
			accountsUrl: url,
			category: { field: 'category' },
			productArea: { field: zohodeskFakeFields.productArea.apiName },
			articles: { field: zohodeskFakeFields.article.apiName },
			pageSize: perPage,
		}),
	},
	salesforce: {
		vendor: 'Salesforce',
		env: { SALESFORCE_CLIENT_ID: 'bench-client', SALESFORCE_CLIENT_SECRET: token },
		fake: (data) => createSalesforceFake(data, { clientId: 'bench-client', clientSecret: token, siteUrl }).handler,
		settings: (url, perPage) => ({
			type: 'salesforce',
			baseUrl: url,
			category: { field: 'Type' },
			productArea: { field: salesforceFakeFields.productArea.name },
			articles: { field: salesforceFakeFields.article.name },
			pageSize: perPage,
		}),
	},
} satisfies Partial<Record<SourceType, BenchSource>>;
export type BenchSourceName = keyof typeof benchSources;

/** Runs `npm run tickets:pull` as a child process against `contentDir`, timing it and reading its peak memory. */
export function timePull(
	root: string,
	contentDir: string,
	env: Record<string, string>,
	args: string[] = [],
): Promise<PullRun> {
	const probe = new URL('./bench-probe.ts', import.meta.url).href;
	const command = npmScriptNodeArgs(root, 'tickets:pull');
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', probe, ...command, ...args], {
			cwd: root,
			env: { ...process.env, TRYBLOCK_CONTENT_DIR: contentDir, ...env, NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk;
		});
		child.stderr.on('data', (chunk: Buffer) => {
			output += chunk;
		});
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			const rss = /TRYBLOCK_MAX_RSS=(\d+)/.exec(output);
			const cpu = /TRYBLOCK_CPU_US=(\d+)/.exec(output);
			if (code !== 0 || !rss || !cpu)
				return reject(new Error(`tickets:pull exited with ${code}:\n${output.slice(-2000)}`));
			resolve({
				seconds,
				peakRss: Number(rss[1]) * 1024,
				cpuSeconds: Number(cpu[1]) / 1e6,
				output: output.replace(/\n*TRYBLOCK_MAX_RSS=\d+\nTRYBLOCK_CPU_US=\d+\n*/, '\n').trim(),
			});
		});
	});
}

export interface PullBenchResult {
	tickets: number;
	pages: number;
	full: PullRun;
	/** A full pull of a tenth of the tickets, to show memory does not grow with them. */
	small: PullRun & { tickets: number };
	incremental: PullRun & { added: number };
	cacheBytes: number;
}

/**
 * `npm run bench:pull`: a local fake of `source` (default Zendesk) answering instantly
 * with `tickets` closed tickets, `perPage` a page; a first pull of all of them, one of a tenth of them, and
 * an incremental pull of `added` new tickets on top of the full cache.
 */
export async function runPullBench(options: {
	root: string;
	workDir: string;
	tickets: number;
	perPage: number;
	added: number;
	source?: BenchSourceName;
}): Promise<PullBenchResult> {
	const { root, workDir } = options;
	const bench: BenchSource = benchSources[options.source ?? 'zendesk'];
	rmSync(workDir, { recursive: true, force: true });
	const project = (name: string, url: string) => {
		const contentDir = path.join(workDir, name, 'content');
		mkdirSync(contentDir, { recursive: true });
		cpSync(path.join(root, 'content/taxonomy.yaml'), path.join(contentDir, 'taxonomy.yaml'));
		const config = parse(readFileSync(path.join(root, 'content/tryblock.yaml'), 'utf8')) as Record<string, unknown>;
		config.tickets = { source: bench.settings(url, options.perPage) };
		writeFileSync(path.join(contentDir, 'tryblock.yaml'), stringify(config));
		return contentDir;
	};
	const serve = async (count: number) => {
		const data = new FakeDataset(count);
		const server = await startFakeServer(bench.fake(data), { logRequests: false });
		return { data, server };
	};

	const big = await serve(options.tickets);
	const small = await serve(Math.round(options.tickets / 10));
	try {
		const bigContent = project('full', big.server.url);
		const full = await timePull(root, bigContent, bench.env);
		const smallRun = await timePull(root, project('small', small.server.url), bench.env);
		big.data.add(options.added);
		const incremental = await timePull(root, bigContent, bench.env);
		return {
			tickets: options.tickets,
			// As the pull counts them: a source whose pages overlap (Freshdesk's windows) asks for a few more.
			pages: Number(
				/tickets in ([\d,]+) pages?/.exec(full.output)?.[1]?.replace(/,/g, '') ??
					Math.ceil(options.tickets / options.perPage),
			),
			full,
			small: { ...smallRun, tickets: Math.round(options.tickets / 10) },
			incremental: { ...incremental, added: options.added },
			cacheBytes: statSync(path.join(ticketCacheDir(bigContent), `${options.source ?? 'zendesk'}.jsonl`)).size,
		};
	} finally {
		await big.server.close();
		await small.server.close();
	}
}
