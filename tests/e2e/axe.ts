import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

// WCAG 2.x A and AA, as Starlight checks its docs, and axe's best practices. No rule is disabled.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now and fails on any serious or critical WCAG violation
 * and on any best-practice one, naming each. Best practices are mostly of moderate
 * impact, yet they are what a screen reader user navigates by: headings in order
 * (`heading-order`), one main landmark, regions told apart by name (`landmark-unique`).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	// axe computes the contrast of every text node: on a busy 2-core machine a long page
	// (the insights tables) takes more than the default 30 s. Time, not a retry, is what it needs.
	test.slow();
	const { violations } = await new AxeBuilder({ page }).withTags([...wcag, 'best-practice']).analyze();
	const blocking = violations
		.filter(
			(violation) =>
				violation.impact === 'serious' || violation.impact === 'critical' || violation.tags.includes('best-practice'),
		)
		.map(
			(violation) =>
				`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
		);
	expect(blocking).toEqual([]);
}
