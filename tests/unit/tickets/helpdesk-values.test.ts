import { describe, expect, test } from 'vitest';
import { createTermMatcher, UNKNOWN_TERM } from '../../../src/tickets/terms.ts';
import { checkCoverage, fixture, gate } from './helpers.ts';

const site = fixture('helpdesk-values');
const dropdowns = fixture('helpdesk-values', 'tickets', 'zendesk-dropdowns.csv');

describe("the helpdesk's own names for taxonomy terms (helpdeskValues)", () => {
	test('a value the team lists under a term is that term, in any case and spacing, nested too', () => {
		const match = createTermMatcher([
			{ id: 'reliability', label: 'Reliability', description: 'x', helpdeskValues: ['Bug', 'Outage / downtime'] },
			{ id: 'usability', label: 'Usability', description: 'x', helpdeskValues: ['How-to question'] },
		]);
		expect(
			['bug', 'OUTAGE / DOWNTIME', 'how_to_question', 'Bug::Crash on save', 'Reliability', 'Billing question'].map(
				match,
			),
		).toEqual([0, 0, 1, 0, 0, UNKNOWN_TERM]);
	});

	test("an export filed under the helpdesk's names is judged as it stands", async () => {
		const { report } = await gate({ contentDir: site, tickets: [dropdowns] });
		expect(report.totals).toMatchObject({ closed: 4, linked: 4, invalid: 3 });
		const closed = Object.fromEntries(report.categories.map((category) => [category.id, category.closed]));
		expect(closed).toEqual({ reliability: 2, usability: 2, functional: 0 });
		expect(report.invalidRows.map((row) => row.line)).toEqual([6, 7, 8]);
	});

	test('the values no term has are named once, with their rows and where to list them', async () => {
		const run = await checkCoverage(['--tickets', dropdowns], { contentDir: site });
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(
			'! 2 closed rows name a category the taxonomy does not have ("Billing question" 2): if your helpdesk calls a category of the taxonomy that, list the name under the term\'s `helpdeskValues` in tests/fixtures/tickets/helpdesk-values/taxonomy.yaml',
		);
		expect(run.stdout).toContain(
			'! 1 closed row names a product area the taxonomy does not have ("Invoicing" 1): if your helpdesk calls a product area of the taxonomy that',
		);
	});
});
