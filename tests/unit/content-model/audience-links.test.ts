import { describe, expect, test } from 'vitest';
import {
	checkAudienceLinks,
	draftLinkWarnings,
	type LoadedContent,
	loadContent,
} from '../../../src/content-model/content.ts';
import { formatProblem } from '../../../src/content-model/errors.ts';

const fixture = 'tests/fixtures/audience-links/hidden-related';

function load(): LoadedContent {
	const content = loadContent(fixture);
	expect(content.problems).toEqual([]);
	return content;
}

describe('checkAudienceLinks', () => {
	test('the public build fails for a public article that names an internal article or a runbook', () => {
		const problems = checkAudienceLinks(load(), 'public');
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "tests/fixtures/audience-links/hidden-related/articles/add-a-domain.md:9: **related.1**: public article names an internal article, "domain-workaround", which customers cannot open (remove it from \`related\`, or link a public article instead)",
			  "tests/fixtures/audience-links/hidden-related/articles/add-a-domain.md:10: **related.2**: public article names a runbook, "verification-triage", which customers cannot open (remove it from \`related\`, or link a public article instead)",
			]
		`);
	});

	test('the internal build accepts every link, since every page exists there', () => {
		expect(checkAudienceLinks(load(), 'internal')).toEqual([]);
	});

	test('internal articles and drafts may name runbooks: the public build has no such pages to link from', () => {
		const problems = checkAudienceLinks(load(), 'public');
		expect(problems.map((problem) => problem.file)).toEqual([
			`${fixture}/articles/add-a-domain.md`,
			`${fixture}/articles/add-a-domain.md`,
		]);
	});

	test('a draft that is published becomes subject to the rule', () => {
		const content = load();
		const draft = content.articles.find((article) => article.slug === 'unfinished-guide');
		if (!draft) throw new Error('fixture lacks unfinished-guide');
		draft.data.draft = false;
		const problems = checkAudienceLinks(content, 'public');
		expect(problems.map(formatProblem)).toContain(
			`${fixture}/articles/unfinished-guide.md:9: **related.0**: public article names a runbook, "verification-triage", which customers cannot open (remove it from \`related\`, or link a public article instead)`,
		);
	});

	test('a public article naming only public articles passes', () => {
		const content = load();
		for (const article of content.articles)
			article.data.related = article.data.related.filter((slug) => slug === 'check-dns-records');
		expect(checkAudienceLinks(content, 'public')).toEqual([]);
	});
});

describe('draftLinkWarnings', () => {
	test('warns when a public article names a draft, which the public site leaves out', () => {
		const content = load();
		expect(draftLinkWarnings(content, 'public').map(formatProblem)).toEqual([
			`${fixture}/articles/add-a-domain.md:11: **related.3**: names the draft "unfinished-guide", so the public site leaves this link out until it is published`,
		]);
		expect(draftLinkWarnings(content, 'internal')).toEqual([]);
	});
});
