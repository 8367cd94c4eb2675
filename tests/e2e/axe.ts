import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

// WCAG 2.x A and AA, as Starlight checks its docs. No rule is disabled.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails on any serious or critical violation, naming each. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
	// axe computes the contrast of every text node: on a busy 2-core machine a long page
	// (the insights tables) takes more than the default 30 s. Time, not a retry, is what it needs.
	test.slow();
	const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
	const blocking = violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map(
			(violation) =>
				`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
		);
	expect(blocking).toEqual([]);
}
