import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptySite, importFixture, runImport } from './helpers.ts';

const articlesOnly = ['--from', 'zendesk', '--dump', importFixture('zendesk-articles-only'), '--offline'];

describe('npm run import -- --from zendesk --dump <articles.json alone>', () => {
	// Backup scripts and scheduled scrapes often save the articles endpoint only: each
	// article still names its section by id, and the team can map those ids.
	test('the starter map lists the sections the articles name, by id and their first titles', async () => {
		const site = emptySite();
		const result = await runImport(site, [...articlesOnly, '--dry-run']);
		expect(result.stdout).toContain('would be written 4');
		const map = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(map).not.toContain('The source has no sections');
		expect(map).toContain(
			[
				'zendesk:',
				'  sections:',
				`    # section 360000701, which the source's lists do not describe (3 articles: "Pause your plan", "Change the card you pay with", "Invoices in another currency"): choose its product area`,
				'    "360000701": {}',
				`    # section 360000702, which the source's lists do not describe (1 article: "Export your contacts"): choose its product area`,
				'    "360000702": {}',
			].join('\n'),
		);
	});

	test('the map filled in by those ids gives the articles their product areas', async () => {
		const site = emptySite();
		await runImport(site, [...articlesOnly, '--dry-run']);
		const file = path.join(site.contentDir, 'import-map.yaml');
		writeFileSync(
			file,
			readFileSync(file, 'utf8')
				.replace('"360000701": {}', '"360000701": { productArea: billing }')
				.replace('"360000702": {}', '"360000702": { productArea: account }'),
		);
		const result = await runImport(site, articlesOnly);
		expect(result.stdout).toContain('unmapped 0');
		const article = readFileSync(path.join(site.contentDir, 'articles/pause-your-plan.mdx'), 'utf8');
		expect(article).toContain('productArea: billing');
	});
});
