import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './chromium.ts';

const root = new URL('../..', import.meta.url).pathname;
// Several checkouts on one machine can run their suites at once when each sets its own port.
const publicPort = Number(process.env.TRYBLOCK_E2E_PORT ?? 4391);
const internalPort = publicPort + 1;

/**
 * End-to-end tests run against the built sites (never the dev server), each served
 * by `astro preview`, in the system's Chromium (no browser can be downloaded here).
 */
export default defineConfig({
	testDir: '.',
	forbidOnly: !!process.env.CI,
	// No retries, on CI either: a test that passes only on its second try is a failing test.
	retries: 0,
	workers: 2,
	// A first search loads Pagefind's WebAssembly and index in a worker: on a busy 2-core
	// machine that alone has taken over Playwright's default 5 s wait.
	expect: { timeout: 10_000 },
	reporter: 'list',
	outputDir: `${root}tests/.output/playwright`,
	use: {
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath: findChromium(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
		trace: 'retain-on-failure',
	},
	projects: [
		{ name: 'public', testMatch: /public\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${publicPort}` } },
		{ name: 'internal', testMatch: /internal\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${internalPort}` } },
	],
	webServer: [
		{
			command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${publicPort}`,
			cwd: root,
			url: `http://127.0.0.1:${publicPort}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		...(existsSync(`${root}dist-internal`)
			? [
					{
						command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${internalPort}`,
						cwd: root,
						env: { TRYBLOCK_AUDIENCE: 'internal' },
						url: `http://127.0.0.1:${internalPort}/`,
						reuseExistingServer: !process.env.CI,
						timeout: 60_000,
					},
				]
			: []),
	],
});
