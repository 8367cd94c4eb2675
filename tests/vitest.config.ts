import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
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
