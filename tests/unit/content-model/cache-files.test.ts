import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, test, vi } from 'vitest';
import {
	astroCacheDir,
	markdownRenderSources,
	retireStaleAstroCache,
	sourcesVersion,
} from '../../../src/content-model/cache-files.ts';
import { temporaryDir } from '../temporary-dir.ts';

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

describe('retireStaleAstroCache', () => {
	/** A cache folder as a build leaves it: the content store and a page copied from it. */
	function filledCache(): string {
		const cache = path.join(temporaryDir('astro-cache'), 'public');
		mkdirSync(path.join(cache, 'dist/articles/refunds'), { recursive: true });
		writeFileSync(path.join(cache, 'data-store.json'), '{"rendered":"<p>old plugins</p>"}');
		writeFileSync(path.join(cache, 'dist/articles/refunds/index.html'), '<p>old plugins</p>');
		return cache;
	}

	test('a build with other Markdown code starts from an empty cache, so no page keeps the old rendering', () => {
		const cache = filledCache();
		retireStaleAstroCache(cache, 'plugins-1');
		writeFileSync(path.join(cache, 'data-store.json'), '{"rendered":"<p>plugins 1</p>"}');
		expect(retireStaleAstroCache(cache, 'plugins-2')).toBe(true);
		expect(existsSync(path.join(cache, 'data-store.json'))).toBe(false);
		expect(existsSync(path.join(cache, 'dist'))).toBe(false);
	});

	test('the same code keeps the cache, so an unchanged site still builds incrementally', () => {
		const cache = filledCache();
		retireStaleAstroCache(cache, 'plugins-1');
		writeFileSync(path.join(cache, 'data-store.json'), '{"rendered":"<p>plugins 1</p>"}');
		expect(retireStaleAstroCache(cache, 'plugins-1')).toBe(false);
		expect(readFileSync(path.join(cache, 'data-store.json'), 'utf8')).toContain('plugins 1');
	});

	test('a cache filled before the render code was recorded is emptied once', () => {
		const cache = filledCache();
		expect(retireStaleAstroCache(cache, 'plugins-1')).toBe(true);
		expect(readdirSync(cache)).toEqual(['tryblock-render-version']);
		expect(retireStaleAstroCache(cache, 'plugins-1')).toBe(false);
	});

	test('a new or empty cache folder has nothing to empty', () => {
		const cache = path.join(temporaryDir('astro-cache'), 'public');
		expect(retireStaleAstroCache(cache, 'plugins-1')).toBe(false);
		expect(readdirSync(cache)).toEqual(['tryblock-render-version']);
	});

	test('without a version of the render code (a build outside the project) the cache is left as it is', () => {
		const cache = filledCache();
		expect(retireStaleAstroCache(cache, undefined)).toBe(false);
		expect(existsSync(path.join(cache, 'data-store.json'))).toBe(true);
	});

	test('the render code counts every Markdown plugin of the project, and a change to one changes the version', () => {
		const sources = markdownRenderSources('.');
		expect(sources).toContain('src/markdown/rehype-inline-code.ts');
		expect(sources).toContain('astro.config.mjs');
		const root = temporaryDir('render-sources');
		for (const file of sources) {
			mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
			writeFileSync(path.join(root, file), file);
		}
		const before = sourcesVersion(root, markdownRenderSources(root));
		writeFileSync(path.join(root, 'src/markdown/rehype-inline-code.ts'), 'a changed plugin');
		expect(sourcesVersion(root, markdownRenderSources(root))).not.toBe(before);
	});
});
