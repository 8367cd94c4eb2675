import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The matcher Astro's glob loader uses, so the patterns are tested as the build reads them.
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { exactPatterns } from '../../../src/content-model/loader.ts';
import { withholdHiddenModules } from '../../../src/integrations/withhold-hidden-modules.ts';

describe('the published-entries loader', () => {
	test('its glob patterns match exactly the files it was given, folder names with glob syntax included', async () => {
		const published = [
			'verify-domain.md',
			'domains/(old)/spf.mdx',
			'domains/[draft]/dkim.md',
			'domains/[draft]/dmarc.md',
			'a+b/c!d/@e/x.md',
		];
		const others = ['domains/d/dkim.md', 'verify-domain.mdx', 'domains/(old)/spf.md', 'internal.md'];
		const base = mkdtempSync(path.join(tmpdir(), 'tryblock-patterns-'));
		try {
			for (const file of [...published, ...others]) {
				mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
				writeFileSync(path.join(base, file), '');
			}
			const found = await glob(exactPatterns(published), { cwd: base, expandDirectories: false });
			expect(found.sort()).toEqual([...published].sort());
		} finally {
			rmSync(base, { recursive: true, force: true });
		}
	});

	test('many files in one folder make a few patterns, not one each', () => {
		const files = Array.from({ length: 450 }, (_, index) => `article-${index}.md`);
		expect(exactPatterns(files)).toHaveLength(3);
	});
});

describe('the public build’s module lock', () => {
	const root = '/site';
	const plugin = withholdHiddenModules({
		root,
		contentDir: '/site/content',
		entryDirs: ['/site/content/articles', '/site/content/runbooks'],
		hiddenDirs: ['/site/content/runbooks', '/site/content/tickets'],
		published: new Set(['/site/content/articles/public.mdx']),
	});
	const hook = plugin.resolveId as { handler: (...args: unknown[]) => Promise<unknown> };
	const errors: string[] = [];
	const context = {
		resolve: async (source: string, importer: string) => ({ id: path.resolve(path.dirname(importer), source) }),
		error: (message: string) => {
			errors.push(message);
			throw new Error(message);
		},
	};
	const resolve = (source: string, importer?: string) => hook.handler.call(context, source, importer, {});

	test('entries this build does not publish, listed by a stale module map, resolve to an empty module', async () => {
		const stale =
			'astro:content-layer-deferred-module?fileName=content%2Frunbooks%2Ftriage.mdx&astroContentModuleFlag=true';
		expect(await resolve(stale)).toBe('\0tryblock:withheld-entry');
		const image = './flow.png?astroContentImageFlag=&importer=content%2Farticles%2Finternal.md';
		expect(await resolve(image)).toBe('\0tryblock:withheld-entry');
		const published =
			'astro:content-layer-deferred-module?fileName=content%2Farticles%2Fpublic.mdx&astroContentModuleFlag=true';
		expect(await resolve(published)).toBeNull();
	});

	test('an import from content that reaches a runbook stops the build', async () => {
		await expect(resolve('../runbooks/triage.md', '/site/content/articles/public.mdx')).rejects.toThrow(
			'content/articles/public.mdx imports content/runbooks/triage.md, which the public site must not contain',
		);
		expect(await resolve('./diagram.png', '/site/content/articles/public.mdx')).toEqual({
			id: '/site/content/articles/diagram.png',
		});
		expect(await resolve('./Aside.astro', '/site/src/components/Page.astro')).toBeNull();
	});
});
