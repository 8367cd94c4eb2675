import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { temporaryDir } from '../authoring/helpers.ts';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** The fixture copied into a checkout whose `origin` is `remote`, as a team's clone of its repository is. */
function checkout(remote: string): string {
	const root = path.join(temporaryDir('checkout'), 'help-center');
	cpSync(importFixture('folder-own-repository-pictures'), root, { recursive: true });
	mkdirSync(path.join(root, '.git'));
	writeFileSync(
		path.join(root, '.git', 'config'),
		`[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = ${remote}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n`,
	);
	return root;
}

describe('folder import: pictures a help center kept in git shows from its own GitHub repository', () => {
	test.each(['https://github.com/kestrel-app/help-center.git', 'git@github.com:Kestrel-App/help-center.git'])(
		'are copied from the checkout (origin %s), offline too; another repository’s stay at their address',
		async (remote) => {
			const site = emptySite(defaultsMap);
			const { stdout } = await runImport(site, [
				'--from',
				'folder',
				path.join(checkout(remote), 'articles'),
				'--offline',
			]);
			expect(articleBody(site.contentDir, 'refund-an-order')).toContain(
				'![The order screen with its Refund button](./refund-an-order/refund-button.png)',
			);
			expect(existsSync(path.join(site.contentDir, 'articles', 'refund-an-order', 'refund-button.png'))).toBe(true);
			expect(stdout).toContain(
				'image not copied, left at its old address: https://raw.githubusercontent.com/partner/brand/main/logo.png (not a file of the folder)',
			);
		},
	);

	test('a picture named from the repository’s root rather than its page (`./assets/…` in `labels/en.md`) is read from there', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			path.join(checkout('https://github.com/kestrel-app/help-center'), 'articles'),
			'--offline',
		]);
		expect(articleBody(site.contentDir, 'print-a-label')).toContain(
			'![A sheet of labels](./print-a-label/label-sheet.png)',
		);
		expect(stdout).toContain('images copied 2,');
	});
});
