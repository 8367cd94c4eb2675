import { describe, expect, test } from 'vitest';
import { checkCoverage, fixture } from './helpers.ts';

// An articles value that is an object with no key the reader takes a link from (`{"foo": 1}`):
// someone filled the field in, so the ticket is a broken link that says what was there, never "no article".
describe('a JSON articles value the reader cannot read', () => {
	const file = fixture('json-unreadable-articles', 'tickets.json');
	const expected =
		'expected a slug, an address or a title, or an object holding one under html_url, url, href, link, slug, path, display_value, displayName, label, value, name, title, tag, external_label or internal_label';

	test('is a broken link naming its keys, escaped; {} and {"value": null} are empty, as null is', async () => {
		const run = await checkCoverage(['--tickets', file, '--format', 'json']);
		expect(run.status).toBe(1);
		const report = JSON.parse(run.stdout);
		expect(report.totals).toEqual({ closed: 6, linked: 2, unlinked: 4, invalid: 0, duplicates: 0 });
		expect(
			report.unlinkedTickets.map((ticket: { id: string; reason: string; line: number }) => [
				ticket.id,
				ticket.reason,
				ticket.line,
			]),
		).toEqual([
			['J-2', 'broken-link', 3],
			['J-4', 'broken-link', 5],
			['J-5', 'no-article', 6],
			['J-6', 'no-article', 7],
		]);
	});

	test('the text report says what was expected and what the export held, at its file and line', async () => {
		const run = await checkCoverage(['--tickets', file]);
		expect(run.status).toBe(1);
		const lines = run.stdout.split('\n');
		const step = (id: string) => {
			const at = lines.findIndex((line) => /^\d+\. /.test(line) && line.split(/\s+/)[1] === id);
			return [lines[at]?.replace(/^\d+\. /, ''), lines[at + 2]];
		};
		expect(step('J-2')).toEqual([
			`J-2  usability / billing  broken link  ${file}:3`,
			`   The export's articles value is an object with the key "foo", which names no article: ${expected}.`,
		]);
		expect(step('J-4')).toEqual([
			`J-4  usability / billing  broken link  ${file}:5`,
			`   The export's articles value is an object with the keys "\\u001b[2J\\n::error::x", "b", which names no article: ${expected}.`,
		]);
	});

	test('a GitHub annotation says the same on its line, and starts no workflow command', async () => {
		const run = await checkCoverage(['--tickets', file, '--format', 'github']);
		const annotation = run.stdout.split('\n').find((line) => line.includes('title=Ticket J-4'));
		expect(annotation).toContain(
			`broken link: the articles value is an object with the keys "\\u001b[2J\\n::error::x", "b", which names no article (${expected})`,
		);
		expect(run.stdout).not.toContain('\u001b');
		expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::x'))).toEqual([]);
	});

	test("an article object that gives its address or slug (a helpdesk's html_url, url, href, slug) links that article", async () => {
		const run = await checkCoverage([
			'--tickets',
			fixture('json-unreadable-articles', 'article-objects.json'),
			'--format',
			'json',
		]);
		const report = JSON.parse(run.stdout);
		expect(report.totals).toEqual({ closed: 4, linked: 4, unlinked: 0, invalid: 0, duplicates: 0 });
	});
});
