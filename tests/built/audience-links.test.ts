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
		[publicBuild, internalBuild] = await Promise.all([
			buildSite({ contentDir, outDir: `${outDir}/public`, audience: 'public' }),
			buildSite({ contentDir, outDir: `${outDir}/internal`, audience: 'internal' }),
		]);
	});

	test('fails the public build with the file, line and slug of each bad link, and writes nothing', () => {
		expect(publicBuild.status).not.toBe(0);
		const lines = publicBuild.output.split('\n').filter((line) => line.startsWith(contentDir));
		expect(lines).toEqual([
			`${contentDir}/articles/add-a-domain.md:9: **related.1**: public article names an internal article, "domain-workaround", which customers cannot open (remove it from \`related\`, or link a public article instead)`,
			`${contentDir}/articles/add-a-domain.md:10: **related.2**: public article names a runbook, "verification-triage", which customers cannot open (remove it from \`related\`, or link a public article instead)`,
		]);
		expect(existsSync(`${outDir}/public/index.html`)).toBe(false);
	});

	test('builds the internal handbook, where those pages exist', () => {
		expect(internalBuild.output).not.toContain('which customers cannot open');
		expect(internalBuild.status).toBe(0);
		expect(existsSync(`${outDir}/internal/runbooks/verification-triage/index.html`)).toBe(true);
	});
});
