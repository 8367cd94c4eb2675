import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Audience } from '../../../src/content-model/schemas/article.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * The test process's environment without what Vitest adds (NODE_ENV=test, DEV, MODE, ...):
 * inherited, those make Astro build in development mode, and the fixture sites must be
 * built as `npm run build` builds the real one.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
	const vitestKeys = /^(NODE_ENV|TEST|VITEST.*|BASE_URL|MODE|DEV|PROD|SSR)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

export interface BuildResult {
	/** Exit code of `astro build`. */
	status: number;
	/** stdout and stderr together, without ANSI colours. */
	output: string;
}

/**
 * Builds a fixture site with `astro build` in a child process, so each build reads its
 * own TRYBLOCK_* settings and never writes to dist/, dist-internal/ or their caches.
 * Run builds one at a time: every build of this project lists its content modules in
 * the one .astro/ folder, and a build running alongside would read the other's list.
 */
export function buildSite(options: {
	contentDir: string;
	outDir: string;
	audience: Audience;
	/** Astro's cache, kept between builds that share it; by default one beside `outDir`. */
	cacheDir?: string;
}): Promise<BuildResult> {
	const env = {
		...buildEnvironment(),
		TRYBLOCK_AUDIENCE: options.audience,
		TRYBLOCK_CONTENT_DIR: path.resolve(root, options.contentDir),
		TRYBLOCK_OUT_DIR: path.resolve(root, options.outDir),
		TRYBLOCK_CACHE_DIR: path.resolve(root, options.cacheDir ?? `${options.outDir}-cache`),
		NO_COLOR: '1',
		FORCE_COLOR: '0',
	};
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astroBin, 'build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			output += chunk.toString();
		});
		child.on('error', reject);
		// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
		child.on('close', (status) => resolve({ status: status ?? 1, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
	});
}
