import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Audience } from '../../../src/content-model/schemas/article.ts';
import { buildEnvironment } from './build-site.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

export interface ServedSite {
	/** `http://127.0.0.1:<port>`, without a trailing slash. */
	origin: string;
	stop: () => void;
}

/**
 * Serves a built fixture site with `astro preview`, the project's own server, on a port
 * the system picks, so it never meets the end-to-end tests' ports or another checkout's.
 */
export function serveSite(options: { contentDir: string; outDir: string; audience: Audience }): Promise<ServedSite> {
	const env = {
		...buildEnvironment(),
		TRYBLOCK_AUDIENCE: options.audience,
		TRYBLOCK_CONTENT_DIR: path.resolve(root, options.contentDir),
		TRYBLOCK_OUT_DIR: path.resolve(root, options.outDir),
		NO_COLOR: '1',
		FORCE_COLOR: '0',
	};
	const child = spawn(process.execPath, [astroBin, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', '0'], {
		cwd: root,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const stop = () => {
		child.kill();
	};
	return new Promise((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => {
			stop();
			reject(new Error(`astro preview did not start:\n${output}`));
		}, 30_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
			if (origin) {
				clearTimeout(timer);
				resolve({ origin, stop });
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.on('error', reject);
		child.on('close', (status) => {
			clearTimeout(timer);
			reject(new Error(`astro preview exited with ${status}:\n${output}`));
		});
	});
}
