import { existsSync, rmSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { type BuildResult, buildSite } from './helpers/build-site.ts';

// A public article whose `related` names an internal article and a runbook: customers
// would get a link to a page the public site does not have.
const contentDir = 'tests/fixtures/audience-links/hidden-related';
const outDir = 'tests/.output/audience-links';

describe('a public article naming pages customers cannot open', () => {
	let publicBuild: BuildResult;
	let internalBuild: BuildResult;

	beforeAll(async () => {
		rmSync(outDir, { recursive: true, force: true });
		// One after the other: both builds share the project's .astro/ folder (see buildSite).
		publicBuild = await buildSite({ contentDir, outDir: `${outDir}/public`, audience: 'public' });
		internalBuild = await buildSite({ contentDir, outDir: `${outDir}/internal`, audience: 'internal' });
	});

	test('fails the public build with the file, line and slug of each bad link, and writes nothing', () => {
		expect(publicBuild.status).not.toBe(0);
		const lines = publicBuild.output.split('\n').filter((line) => line.startsWith(contentDir));
		expect(lines).toEqual([
			`${contentDir}/articles/add-a-domain.md:9: related.1: public article names an internal article, "domain-workaround", which customers cannot open (remove it from \`related\`, or link a public article instead)`,
			`${contentDir}/articles/add-a-domain.md:10: related.2: public article names a runbook, "verification-triage", which customers cannot open (remove it from \`related\`, or link a public article instead)`,
		]);
		expect(existsSync(`${outDir}/public/index.html`)).toBe(false);
	});

	test('builds the internal handbook, where those pages exist', () => {
		expect(internalBuild.output).not.toContain('which customers cannot open');
		expect(internalBuild.status).toBe(0);
		expect(existsSync(`${outDir}/internal/runbooks/verification-triage/index.html`)).toBe(true);
	});
});

// A public MDX article whose body links, images and imports reach an internal article,
// a runbook, a draft and the insights page: each would put their words or files in
// the public HTML, agent files and search index.
describe('a public article whose body links, shows or imports what customers cannot open', () => {
	const bodyDir = 'tests/fixtures/audience-links/hidden-body';
	let build: BuildResult;

	beforeAll(async () => {
		rmSync(`${outDir}/body`, { recursive: true, force: true });
		build = await buildSite({ contentDir: bodyDir, outDir: `${outDir}/body`, audience: 'public' });
	});

	test('fails the public build with the lines npm run check prints, and writes nothing', () => {
		expect(build.status).toBe(1);
		const lines = build.output.split('\n').filter((line) => line.startsWith(bodyDir));
		expect(lines.map((line) => line.replace(`${bodyDir}/articles/`, ''))).toEqual([
			'add-a-domain.mdx:9:24: public article imports ./domain-workaround.md, which is the internal article "domain-workaround": customers would read it in this page and the search index (remove the import, or move the shared text into a public file)',
			'add-a-domain.mdx:10:25: public article imports ../runbooks/verification-triage.md?raw, which is the runbook "verification-triage": customers would read it in this page and the search index (remove the import, or move the shared text into a public file)',
			'add-a-domain.mdx:11:25: public article imports ../snippets/shared-steps.mdx, which imports ../runbooks/verification-triage.md, which is the runbook "verification-triage": customers would read it in this page and the search index (remove the import, or move the shared text into a public file)',
			'add-a-domain.mdx:12:44: public article imports ./unfinished-*.md, matching the draft "unfinished-guide": customers would read it in this page and the search index (remove the import, or move the shared text into a public file)',
			'add-a-domain.mdx:20:43: public article links an internal article, "domain-workaround", which customers cannot open (link a public article instead, or make this article internal)',
			'add-a-domain.mdx:20:95: public article links a runbook, "verification-triage", which customers cannot open (link a public article instead, or make this article internal)',
			'add-a-domain.mdx:21:31: public article links a draft, "unfinished-guide", which customers cannot open (link a public article instead, or make this article internal)',
			'add-a-domain.mdx:21:85: public article links /insights/, which only the internal handbook has',
			'add-a-domain.mdx:23:25: public article shows ../runbooks/triage-flow.png, which is a file in the runbooks folder: customers would download it from this page (copy the image next to a public article, or into public/)',
			'add-a-domain.mdx:27:29: public article links a runbook, "verification-triage", which customers cannot open (link a public article instead, or make this article internal)',
		]);
		expect(build.output).not.toContain('Stack trace');
		expect(existsSync(`${outDir}/body/index.html`)).toBe(false);
	});
});
