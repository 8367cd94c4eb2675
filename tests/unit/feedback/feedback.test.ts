import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { notHelpfulContactLink } from '../../../src/feedback/contact-link.ts';
import { feedbackEventSchema } from '../../../src/feedback/event.ts';
import { cleanText, readFeedback } from '../../../src/feedback/read.ts';
import { summarizeFeedback } from '../../../src/feedback/summary.ts';

const events = path.resolve('tests/fixtures/feedback/events');

describe('readFeedback', () => {
	test('reads every .jsonl and .ndjson file of a folder, reports bad lines by file and line, skips other events', async () => {
		const read = await readFeedback(events);
		expect(read.files).toEqual([
			'tests/fixtures/feedback/events/2026-10.jsonl',
			'tests/fixtures/feedback/events/2026-11.ndjson',
		]);
		expect(read.events.map((event) => [event.article, event.helpful])).toEqual([
			['verify-domain', true],
			['verify-domain', false],
			['rate-limits', false],
			['old-article', false],
		]);
		expect(read.otherEvents).toBe(1);
		expect(read.problems).toEqual([
			{ file: 'tests/fixtures/feedback/events/2026-10.jsonl', line: 5, message: 'is not valid JSON' },
			{
				file: 'tests/fixtures/feedback/events/2026-10.jsonl',
				line: 6,
				message: 'helpful: Invalid input: expected boolean, received string',
			},
			{ file: 'tests/fixtures/feedback/events/2026-10.jsonl', line: 7, message: 'article: an article slug' },
		]);
	});

	test('cleans what readers typed: control characters and bidi overrides go, blank comments are dropped', async () => {
		const read = await readFeedback(events);
		const [, withMarkup, blank, multiline] = read.events;
		// Markup stays as text: the page escapes it when it shows it.
		expect(withMarkup?.comment).toBe("Where does the <script>alert('x')</script> SPF record go?");
		expect(blank?.comment).toBeUndefined();
		expect(blank?.query).toBe('429[31m red');
		expect(multiline?.comment).toBe('Line one line two');
	});

	test('reads a single file, and says when the configured path does not exist', async () => {
		const single = await readFeedback(path.join(events, '2026-11.ndjson'));
		expect(single.events).toHaveLength(1);
		const missing = await readFeedback(path.resolve('tests/fixtures/feedback/nothing-here'));
		expect(missing).toMatchObject({ missing: 'tests/fixtures/feedback/nothing-here', events: [], files: [] });
	});

	test('cleanText cuts long text on a character boundary', () => {
		expect(cleanText(`${'é'.repeat(10)}`, 5)).toBe('éééé…');
		expect(cleanText('a\u0000b\u2066c', 100)).toBe('abc');
	});
});

describe('summarizeFeedback', () => {
	test('counts answers per article beside its tickets, most "No" first, newest comments first, unknown slugs kept', async () => {
		const read = await readFeedback(events);
		const rows = summarizeFeedback(
			read.events,
			[
				{ slug: 'verify-domain', title: 'Verify your sending domain' },
				{ slug: 'rate-limits', title: 'Rate limits' },
			],
			new Map([
				['verify-domain', 9],
				['rate-limits', 2],
			]),
		);
		expect(rows.map((row) => [row.slug, row.helpful, row.notHelpful, row.tickets, row.published])).toEqual([
			['rate-limits', 0, 1, 2, true],
			['old-article', 0, 1, 0, false],
			['verify-domain', 1, 1, 9, true],
		]);
		expect(rows[2]?.helpfulShare).toBe(0.5);
		const many = summarizeFeedback(
			[
				{ type: 'feedback', article: 'a', helpful: false, comment: 'older', ts: '2026-01-01T00:00:00Z' },
				{ type: 'feedback', article: 'a', helpful: false, comment: 'newer', ts: '2026-02-01T00:00:00Z' },
			],
			[],
			new Map(),
		);
		expect(many[0]?.comments.map((comment) => comment.text)).toEqual(['newer', 'older']);
	});
});

describe('notHelpfulContactLink', () => {
	test('puts the article and "not helpful" in the query string of a web form', () => {
		expect(notHelpfulContactLink('https://acmemail.dev/support?lang=en', 'verify-domain')).toBe(
			'https://acmemail.dev/support?lang=en&article=verify-domain&feedback=not-helpful',
		);
	});

	test('gives a mailto address a subject that says the same', () => {
		expect(notHelpfulContactLink('mailto:help@acmemail.dev', 'verify-domain')).toBe(
			'mailto:help@acmemail.dev?subject=Article%20not%20helpful%3A%20verify-domain',
		);
	});
});

describe('the handbook documents the event', () => {
	const runbook = readFileSync('content/runbooks/article-feedback.md', 'utf8');

	test('its table lists exactly the fields of the schema', () => {
		const documented = [...runbook.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
		expect(documented.sort()).toEqual(Object.keys(feedbackEventSchema.shape).sort());
	});

	test('its example is a valid event', () => {
		const example = /```json\n(.+)\n```/.exec(runbook)?.[1] ?? '';
		expect(feedbackEventSchema.safeParse(JSON.parse(example)).success).toBe(true);
	});
});
