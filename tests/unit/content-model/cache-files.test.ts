import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, test, vi } from 'vitest';
import { astroCacheDir } from '../../../src/content-model/cache-files.ts';

const dir = 'tests/.output/cache-files';

describe('writeFileAtomic', () => {
	test('threads of one process can write the same entry at once', async () => {
		rmSync(dir, { recursive: true, force: true });
		const file = path.join(dir, 'entry.md');
		// The pre-warm worker and the build's main thread share a process id.
		const start = new Int32Array(new SharedArrayBuffer(4));
		const writers = ['first writer', 'second writer'].map(
			(name) =>
				new Worker(path.resolve('tests/fixtures/cache/write-many-times.ts'), {
					workerData: { file, times: 2000, start, name },
				}),
		);
		await Promise.all(writers.map((worker) => new Promise((resolve) => worker.once('message', resolve))));
		const exits = writers.map(
			(worker) =>
				new Promise<number>((resolve, reject) => {
					worker.on('error', reject);
					worker.on('exit', resolve);
				}),
		);
		Atomics.store(start, 0, 1);
		Atomics.notify(start, 0);
		expect(await Promise.all(exits)).toEqual([0, 0]);
		expect(['first writer', 'second writer']).toContain(readFileSync(file, 'utf8'));
		expect(readdirSync(dir)).toEqual(['entry.md']);
	});
});

describe('astroCacheDir', () => {
	test('each content folder builds with a cache of its own; the project’s own content/ keeps the plain name', () => {
		vi.stubEnv('TRYBLOCK_CACHE_DIR', '');
		try {
			const root = path.resolve('tests/fixtures/site');
			expect(astroCacheDir('public', path.join(root, 'content'), root)).toBe('./node_modules/.astro/public');
			expect(astroCacheDir('internal', path.join(root, 'content'), root)).toBe('./node_modules/.astro/internal');
			// A help center imported beside the team's own: its articles share slugs and words, never files.
			const imported = astroCacheDir('public', '/tmp/imported-help-center', root);
			const another = astroCacheDir('public', '/tmp/another-help-center', root);
			expect(imported).toMatch(/^\.\/node_modules\/\.astro\/public-[0-9a-f]{12}$/);
			expect(another).not.toBe(imported);
			expect(astroCacheDir('public', '/tmp/imported-help-center/', root)).toBe(imported);
		} finally {
			vi.unstubAllEnvs();
		}
	});

	test('TRYBLOCK_CACHE_DIR names the folder outright', () => {
		vi.stubEnv('TRYBLOCK_CACHE_DIR', '/tmp/bench-cache');
		try {
			expect(astroCacheDir('public', '/tmp/imported-help-center', process.cwd())).toBe('/tmp/bench-cache');
		} finally {
			vi.unstubAllEnvs();
		}
	});
});
