import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { PROCESS_TEST_TIMEOUT } from '../in-process.ts';

/** A content folder of its own, as a team whose content is not in content/ points TRYBLOCK_CONTENT_DIR at it. */
const contentDir = 'tests/fixtures/empty-help-center/site';

function help(script: string): string {
	const run = spawnSync(process.execPath, [script, '--help'], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', TRYBLOCK_CONTENT_DIR: contentDir },
	});
	expect([run.status, run.stderr]).toEqual([0, '']);
	return run.stdout;
}

describe('--help names the folders of the content folder in use (TRYBLOCK_CONTENT_DIR), not content/', () => {
	test(
		'check:coverage, eval:search and tickets:pull',
		() => {
			const coverage = help('scripts/check-coverage.ts');
			expect(coverage).toContain(`Default: every export in ${contentDir}/tickets/ and the tickets`);
			expect(coverage).toContain('(tests/fixtures/empty-help-center/.tryblock/tickets/)');
			const evals = help('scripts/eval-search.ts');
			expect(evals).toContain(`to ask instead of ${contentDir}/evals/`);
			expect(evals).toContain(
				`(default: ${contentDir}/tickets/ and tests/fixtures/empty-help-center/.tryblock/tickets/)`,
			);
			expect(evals).toContain(`below a minimum in ${contentDir}/tryblock.yaml (search:)`);
			const pull = help('scripts/tickets-pull.ts');
			expect(pull).toContain(
				`tickets.source (${contentDir}/tryblock.yaml) into tests/fixtures/empty-help-center/.tryblock/tickets/<source>.jsonl`,
			);
			for (const text of [coverage, evals, pull]) expect(text).not.toMatch(/(?<![\w/])content\//);
		},
		PROCESS_TEST_TIMEOUT,
	);
});
