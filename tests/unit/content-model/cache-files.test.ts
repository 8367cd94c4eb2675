import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';

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
