import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TICKET_EVAL_MARKER } from '../../src/search/ticket-eval-html.ts';

describe('the internal insights page', () => {
	test('shows how many linked tickets search finds by their subject, filled in after the index was built', () => {
		expect(existsSync('dist-internal/insights/index.html'), 'build the handbook first: npm run build:internal').toBe(
			true,
		);
		const html = readFileSync('dist-internal/insights/index.html', 'utf8');
		expect(html).not.toContain(TICKET_EVAL_MARKER);
		expect(html).toMatch(/<strong data-stat="ticket-search">\d+%<\/strong> of \d+ closed, linked tickets/);
		expect(html).toContain('Found by searching the subject, per product area.');
	});
});
