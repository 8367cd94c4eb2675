import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
	engines: { node: string };
	devDependencies: Record<string, string>;
};

test('the README states the Node the code needs, and the Node the project brings to run it', () => {
	const needed = /\d+\.\d+/.exec(manifest.engines.node)?.[0];
	const bundled = /\d+/.exec(manifest.devDependencies.node ?? '')?.[0];
	const requirements = readme.split('\n').find((line) => line.startsWith('Requirements:')) ?? '';
	expect(requirements).toContain(`Node ${needed} or newer`);
	expect(requirements).toContain(`Node ${bundled} as a dev dependency`);
	// A newcomer on an older Node sees npm's engine warnings: the README says why they are harmless.
	expect(requirements).toContain('EBADENGINE');
});
