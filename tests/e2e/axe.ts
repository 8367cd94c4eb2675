import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// WCAG 2.x A and AA, as Starlight checks its docs. No rule is disabled.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails on any serious or critical violation, naming each. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
	const blocking = violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map(
			(violation) =>
				`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
		);
	expect(blocking).toEqual([]);
}
