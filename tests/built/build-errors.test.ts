import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

// Builds a fixture whose content has one of each kind of mistake, and checks the
// build stops and names every problem, not just the first.
test('bad content fails the build with one message per problem', () => {
	const output = path.resolve('tests/.output/build-errors');
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		encoding: 'utf8',
		env: {
			...process.env,
			TRYBLOCK_CONTENT_DIR: 'tests/fixtures/content-model/invalid',
			TRYBLOCK_OUT_DIR: path.join(output, 'dist'),
			TRYBLOCK_CACHE_DIR: path.join(output, 'cache'),
		},
	});
	const log = `${result.stdout}\n${result.stderr}`;
	expect(result.status).not.toBe(0);
	for (const line of [
		'tests/fixtures/content-model/invalid/articles/bad-fields.md:3: **category**: expected one of reliability, success-outreach, received "billing"',
		'tests/fixtures/content-model/invalid/articles/bad-fields.md:6: unknown field "catgory"',
		'tests/fixtures/content-model/invalid/runbooks/no-owner.md:2: **owner**: required: expected text',
		'duplicate slug "verify-domain": tests/fixtures/content-model/invalid/articles/nested/verify-domain.md has the same file name',
	]) {
		expect(log).toContain(line);
	}
});
