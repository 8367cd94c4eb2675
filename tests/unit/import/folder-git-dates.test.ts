import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { temporaryDir } from '../authoring/helpers.ts';
import { PROCESS_TEST_TIMEOUT } from '../in-process.ts';
import { articleFrontmatter, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: billing\n';

/** The fixture's pages in a repository of their own, each committed on its own date. */
function clone(): string {
	const repo = temporaryDir('git-docs');
	cpSync(importFixture('folder-git-dates/docs'), repo, { recursive: true });
	const git = (args: string[], date?: string) =>
		execFileSync(
			'git',
			['-c', 'user.name=Docs', '-c', 'user.email=docs@example.com', '-c', 'commit.gpgsign=false', ...args],
			{ cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } },
		);
	git(['init', '-q']);
	git(['add', 'refund-a-payment.md', 'close-your-account.md']);
	git(['commit', '-q', '-m', 'First pages'], '2024-03-05T12:00:00Z');
	git(['add', 'change-your-plan.md']);
	git(['commit', '-q', '-m', 'Plans'], '2025-01-09T12:00:00Z');
	// A page nobody committed yet has only its file's time.
	writeFileSync(path.join(repo, 'draft-notes.md'), '# Draft notes\n\nNot committed.\n');
	return repo;
}

describe('folder import: a docs folder in git', () => {
	test(
		'a page was last edited when its file was last committed, not when the clone was made',
		async () => {
			const repo = clone();
			const site = emptySite(map);
			await runImport(site, ['--from', 'folder', repo]);
			expect(articleFrontmatter(site.contentDir, 'refund-a-payment')).toContain('updated: 2024-03-05');
			expect(articleFrontmatter(site.contentDir, 'change-your-plan')).toContain('updated: 2025-01-09');
			// A date the page gives itself comes first.
			expect(articleFrontmatter(site.contentDir, 'close-your-account')).toContain('updated: 2023-11-20');
			const today = new Date().toISOString().slice(0, 10);
			expect(articleFrontmatter(site.contentDir, 'draft-notes')).toContain(`updated: ${today}`);
		},
		PROCESS_TEST_TIMEOUT,
	);
});
