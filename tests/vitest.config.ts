import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		// Vitest leaves one core free by default, which on a 2-core CI machine runs the unit files one
		// at a time; many of them spend their time waiting on a spawned CLI, so two workers fit on two cores.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		projects: [
			{
				// Pure logic and commands: no site build needed.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
			},
			{
				// Checks of built output and fixture builds (leak scan, machine-readable files).
				test: {
					name: 'built',
					include: ['tests/built/**/*.test.ts'],
					testTimeout: 240_000,
					hookTimeout: 240_000,
					fileParallelism: false,
				},
			},
		],
	},
});
