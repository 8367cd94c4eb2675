import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Command tests call the command's main in the test's process (tests/unit/in-process.ts); the
// few that test the process itself (exit status, signals, time zone, colours) and the built
// suite's builds start a child Node. With Node's compile cache each start after the first skips
// stripping and compiling the TypeScript it loads. The children inherit it from process.env.
const env = { NODE_COMPILE_CACHE: new URL('.output/node-compile-cache', import.meta.url).pathname };

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		// Vitest leaves one core free by default, which on a 2-core CI machine runs the unit files one
		// at a time; some of them spend their time waiting on a spawned CLI, so two workers fit on two cores.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		projects: [
			{
				// Pure logic and commands: no site build needed. The files share each worker's module
				// cache (no isolation): loading the import, the content model and zod again for each of
				// 250 files took more time than the tests. So a test that changes process-wide state
				// (process.env, console, the exit code) puts it back when it ends, as runInProcess does.
				test: {
					name: 'unit',
					env,
					include: ['tests/unit/**/*.test.ts'],
					// Most take milliseconds; the import tests that run whole imports take about 10 s on an
					// idle 2-core machine and took up to 52 s on a loaded one, past the 30 s this was.
					testTimeout: 120_000,
					isolate: false,
				},
			},
			{
				// Checks of built output and fixture builds (leak scan, machine-readable files).
				test: {
					name: 'built',
					env,
					include: ['tests/built/**/*.test.ts'],
					testTimeout: 240_000,
					hookTimeout: 240_000,
					fileParallelism: false,
				},
			},
		],
	},
});
