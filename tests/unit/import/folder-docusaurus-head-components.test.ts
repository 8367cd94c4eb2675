import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Docusaurus site’s own components', () => {
	test('one that only sets the page’s <head> is left out without an import note; one that shows something keeps its note', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-head-components'), 'docs'),
		]);
		const body = articleBody(site.contentDir, 'pair-a-lamp');
		expect(body).not.toContain('IndexWeight');
		expect(body).not.toContain('Canonical');
		expect(body.match(/Import note/g)).toHaveLength(1);
		expect(body).toContain('The original page used a `<PlanBadge>` here; it was not imported.');
		expect(body.trimStart()).toMatch(/^Hold the lamp's button/);
		expect(stdout).toContain(
			"the <IndexWeight> component was left out: it only sets the page's <head> (meta tags), which shows nothing on the page",
		);
		expect(stdout).toContain('the <Canonical> component was left out');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
