import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content-model/content.ts';
import { listExports } from '../../../src/tickets/export-files.ts';
import { runCoverageGate } from '../../../src/tickets/gate.ts';
import { countByCategoryAndArea } from '../../../src/tickets/matrix.ts';

const exportFile = 'content/tickets/acme-helpdesk-export.csv';

describe('the demo export in content/tickets', () => {
	test('is the only export there, beside the README that warns about personal data', () => {
		expect(readdirSync('content/tickets').sort()).toEqual(['README.md', 'acme-helpdesk-export.csv']);
		expect(listExports('content/tickets')).toEqual([exportFile]);
	});

	test('passes the gate against the demo articles: 150+ closed tickets in every category and product area', async () => {
		const { report, judged } = await runCoverageGate({ contentDir: 'content' });
		expect(report.ok).toBe(true);
		expect(report.totals.closed).toBeGreaterThanOrEqual(150);
		expect(report.totals.duplicates).toBeGreaterThanOrEqual(1);
		expect(report.invalidRows).toEqual([]);
		const counts = countByCategoryAndArea(judged);
		const perCategory = counts.closed.map((row) => row.reduce((sum, count) => sum + count, 0));
		const perArea = judged.taxonomy.productAreas.map((_, area) =>
			counts.closed.reduce((sum, row) => sum + (row[area] ?? 0), 0),
		);
		expect(perCategory.every((count) => count > 0)).toBe(true);
		expect(perArea.every((count) => count > 0)).toBe(true);
		expect(judged.table.otherStatuses.size).toBeGreaterThan(0);
	});

	test('has the quirks of real helpdesk exports', () => {
		const bytes = readFileSync(exportFile);
		const text = bytes.toString('utf8');
		expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xef, 0xbb, 0xbf]);
		expect(text.split('\r\n').length).toBeGreaterThan(150);
		const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
		const subjects = rows.map((row) => row.Subject ?? '');
		const cells = rows.map((row) => row['KB Articles'] ?? '');
		expect(subjects.some((subject) => subject.includes(','))).toBe(true);
		expect(subjects.some((subject) => /\r?\n/.test(subject))).toBe(true);
		expect(subjects.some((subject) => subject.includes('"'))).toBe(true);
		expect(rows.some((row) => row.Category === 'Success Outreach')).toBe(true);
		expect(cells.some((cell) => /^[a-z0-9-]+$/.test(cell))).toBe(true);
		expect(cells.some((cell) => cell.startsWith('/articles/'))).toBe(true);
		expect(cells.some((cell) => cell.startsWith('https://help.acmemail.dev/articles/'))).toBe(true);
		expect(cells.some((cell) => /\n/.test(cell))).toBe(true);
		const ids = rows.map((row) => row['Ticket ID']);
		expect(new Set(ids).size).toBeLessThan(ids.length);
	});

	test('links tickets through article frontmatter with an empty articles cell, and export-only tickets through the cell', () => {
		const content = loadContent('content');
		const rows = parse(readFileSync(exportFile), { bom: true, columns: true }) as Record<string, string>[];
		const cellOf = new Map(rows.map((row) => [row['Ticket ID'], row['KB Articles'] ?? '']));
		const frontmatterIds = content.articles
			.filter((article) => !article.data.draft)
			.flatMap((article) => article.data.tickets);
		expect(frontmatterIds.length).toBeGreaterThan(30);
		expect(frontmatterIds.filter((id) => cellOf.get(id) !== '')).toEqual([]);
		const exportOnly = rows.filter(
			(row) => /^ACME-2\d{3}$/.test(row['Ticket ID'] ?? '') && /^(solved|closed)$/i.test(row.Status ?? ''),
		);
		expect(exportOnly.length).toBeGreaterThan(100);
		expect(exportOnly.filter((row) => row['KB Articles'] === '')).toEqual([]);
	});
});
