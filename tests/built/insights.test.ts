import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/content-model/settings.ts';
import type { CoverageReport } from '../../src/tickets/report.ts';

/**
 * The insights page of the real internal build must show exactly the numbers the
 * coverage gate reports for the same export: `npm run check:coverage -- --format json`.
 */
const page = 'dist-internal/insights/index.html';

const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** Cell texts of each `<tr data-<attribute>="id">` row, by id. */
function rowsBy(html: string, attribute: string): Map<string, string[]> {
	const rows = new Map<string, string[]>();
	for (const match of html.matchAll(new RegExp(`<tr [^>]*data-${attribute}="([^"]+)"[^>]*>(.*?)</tr>`, 'gs'))) {
		const cells = [...(match[2] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => text(cell[1] ?? ''));
		rows.set(match[1] as string, cells);
	}
	return rows;
}

function stat(html: string, name: string): string | undefined {
	const match = new RegExp(`data-stat="${name}"[^>]*>(.*?)</(?:dd|td)>`, 's').exec(html);
	return match ? text(match[1] ?? '') : undefined;
}

describe('the insights page of dist-internal', () => {
	let html: string;
	let report: CoverageReport;

	beforeAll(() => {
		expect(existsSync(page), 'build the internal site first: npm run build:internal').toBe(true);
		html = readFileSync(page, 'utf8');
		const gate = spawnSync(process.execPath, ['scripts/check-coverage.ts', '--format', 'json'], { encoding: 'utf8' });
		expect([0, 1], gate.stderr).toContain(gate.status);
		report = JSON.parse(gate.stdout) as CoverageReport;
	});

	test('shows the gate totals', () => {
		expect(report.totals.closed).toBeGreaterThan(0);
		expect(stat(html, 'closed')).toBe(String(report.totals.closed));
		expect(stat(html, 'linked')?.split(' ')[0]).toBe(String(report.totals.linked));
		expect(stat(html, 'unlinked')).toBe(String(report.totals.unlinked));
		expect(stat(html, 'matrix-total')).toBe(String(report.totals.closed));
	});

	test('shows each category with the gate counts and link rate, in the matrix and the link-rate table', () => {
		const rates = rowsBy(html, 'category');
		const matrix = rowsBy(html, 'matrix-row');
		for (const category of report.categories) {
			const rate = category.linkRate === null ? '–' : `${Math.round(category.linkRate * 100)}%`;
			expect(rates.get(category.id)?.slice(0, 5), category.id).toEqual([
				category.label,
				String(category.closed),
				String(category.linked),
				String(category.closed - category.linked),
				rate,
			]);
			expect(matrix.get(category.id)?.at(-1), category.id).toBe(String(category.closed));
		}
		expect(rates.get('all')?.slice(1, 4)).toEqual(
			[report.totals.closed, report.totals.linked, report.totals.unlinked].map(String),
		);
	});

	test('lists exactly the gate unlinked tickets, each linking to the helpdesk', () => {
		const listed = [...rowsBy(html, 'ticket').keys()];
		expect(listed).toEqual(report.unlinkedTickets.map((ticket) => ticket.id));
		const template = loadConfig().site.ticketUrlTemplate;
		for (const id of listed) expect(html).toContain(`href="${template.replace('{id}', encodeURIComponent(id))}"`);
	});
});
