import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/content-model/errors.ts';
import { siteSettingsSchema } from '../../../src/content-model/schemas/site.ts';
import { loadConfig, loadTaxonomy } from '../../../src/content-model/settings.ts';

const fixture = (name: string) => path.resolve('tests/fixtures/content-model', name);

function problemsOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ContentError) return error.message.replaceAll(`${path.resolve('.')}/`, '');
		throw error;
	}
	throw new Error('expected a ContentError');
}

describe('taxonomy', () => {
	test('the demo taxonomy has the six categories and nine product areas', () => {
		const taxonomy = loadTaxonomy(path.resolve('content'));
		expect(taxonomy.categories.map((term) => term.id)).toEqual([
			'reliability',
			'usability',
			'functional',
			'deliverability',
			'abuse',
			'success-outreach',
		]);
		expect(taxonomy.productAreas.map((term) => term.id)).toEqual([
			'domains',
			'sending',
			'receiving',
			'api',
			'webhooks',
			'smtp',
			'broadcasts',
			'billing',
			'account',
		]);
	});

	test('rejects bad ids, duplicates, empty lists and unknown keys, with lines', () => {
		expect(problemsOf(() => loadTaxonomy(fixture('bad-taxonomy')))).toMatchInlineSnapshot(`
			"tests/fixtures/content-model/bad-taxonomy/taxonomy.yaml:3: **categories.1.id**: expected a lowercase kebab-case id such as "success-outreach", received "Reliability Two"
			tests/fixtures/content-model/bad-taxonomy/taxonomy.yaml:5: **productAreas**: expected at least 1 item, received a list of 0
			tests/fixtures/content-model/bad-taxonomy/taxonomy.yaml:6: unknown field "colour"
			tests/fixtures/content-model/bad-taxonomy/taxonomy.yaml:4: **categories.2.id**: expected a unique id ("reliability" is used twice), received "reliability""
		`);
	});

	test("refuses a helpdesk value or label that already names another term, as an export's value would fall to either", () => {
		expect(problemsOf(() => loadTaxonomy(fixture('taxonomy-name-clash')))).toMatchInlineSnapshot(`
			"tests/fixtures/content-model/taxonomy-name-clash/taxonomy.yaml:10: **categories.1.helpdeskValues.2**: expected a name no other term has ("BUG" already names the term "reliability"), received "BUG"
			tests/fixtures/content-model/taxonomy-name-clash/taxonomy.yaml:12: **categories.2.label**: expected a name no other term has ("reliability" already names the term "reliability"), received "reliability"
			tests/fixtures/content-model/taxonomy-name-clash/taxonomy.yaml:21: **productAreas.1.helpdeskValues.0**: expected a name no other term has ("billing" already names the term "billing"), received "billing""
		`);
	});

	test('says where the taxonomy should be when it is missing', () => {
		expect(problemsOf(() => loadTaxonomy(fixture('no-such-dir')))).toMatchInlineSnapshot(
			`"tests/fixtures/content-model/no-such-dir/taxonomy.yaml: not found: the taxonomy of ticket categories and product areas is required (create it with \`categories:\` and \`productAreas:\` lists of {id, label, description})"`,
		);
	});
});

describe('settings', () => {
	test('fills defaults for the optional sections', () => {
		const config = loadConfig(fixture('valid'));
		expect(config.coverage.minLinkRate).toBe(1);
		expect(config.coverage.closedStatuses).toContain('solved');
		expect(config.search).toEqual({ minHitAt3: 0.9, minHitAt1: 0.7, maxEmpty: 0, sets: {}, minTicketHitAt3: 0.85 });
		expect(config.insights.staleAfterDays).toBe(180);
		expect(config.site.language).toBe('en');
	});

	test('site.language is a BCP 47 tag, made canonical', () => {
		const parse = (language: unknown) => siteSettingsSchema.shape.language.safeParse(language);
		expect(parse('de').data).toBe('de');
		expect(parse('pt-br').data).toBe('pt-BR');
		expect(parse('DE-de').data).toBe('de-DE');
		expect(parse(' fr ').data).toBe('fr');
		for (const bad of ['deutsch', 'english', 'xx', 'de_DE', '', 42])
			expect(parse(bad).success, String(bad)).toBe(false);
	});

	test('an unknown language is one line with the file, field, expected and received', () => {
		expect(problemsOf(() => loadConfig(fixture('bad-language')))).toMatchInlineSnapshot(
			`"tests/fixtures/content-model/bad-language/tryblock.yaml:5: **site.language**: expected a BCP 47 language tag, such as "de", "fr" or "pt-BR", received "deutsch""`,
		);
	});

	test('a bound the value may not reach says so: "more than 0", never "at least 0" for a 0', () => {
		expect(problemsOf(() => loadConfig(fixture('exclusive-bounds')))).toMatchInlineSnapshot(`
			"tests/fixtures/content-model/exclusive-bounds/tryblock.yaml:9: **insights.staleAfterDays**: expected more than 0, received number 0
			tests/fixtures/content-model/exclusive-bounds/tryblock.yaml:14: **tickets.source.category.field**: expected more than 0, received number 0
			tests/fixtures/content-model/exclusive-bounds/tryblock.yaml:16: **tickets.source.retry.backoffSeconds**: expected more than 0, received number 0"
		`);
	});

	test('rejects unusable settings with the line of each field', () => {
		expect(problemsOf(() => loadConfig(fixture('bad-config')))).toMatchInlineSnapshot(`
			"tests/fixtures/content-model/bad-config/tryblock.yaml:5: **site.url**: expected a URL, received "not a url"
			tests/fixtures/content-model/bad-config/tryblock.yaml:7: **site.ticketUrlTemplate**: expected a URL containing "{id}", received "https://desk.fixture.test/tickets/"
			tests/fixtures/content-model/bad-config/tryblock.yaml:9: **coverage.minLinkRate**: expected at most 1, received number 1.5"
		`);
	});
});
