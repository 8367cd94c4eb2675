import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { plainLine } from '../../../src/cli/untrusted-text.ts';
import { parseWithProblems } from '../../../src/content-model/errors.ts';
import { tryblockConfigSchema } from '../../../src/content-model/schemas/config.ts';
import { mergeCache } from '../../../src/helpdesk/cache/merge.ts';
import { createRowWriter } from '../../../src/helpdesk/cache/rows.ts';
import { createProgressLine } from '../../../src/helpdesk/progress.ts';
import { createMappedColumns, createReplyScanner, mapLimit, tagValue } from '../../../src/helpdesk/sources/mapping.ts';
import type { PulledTicket } from '../../../src/helpdesk/sources/types.ts';
import { redact } from '../../../src/http/messages.ts';
import { OldAddresses } from '../../../src/redirects/old-addresses.ts';
import { minimalSite } from './helpers.ts';

describe('untrusted text from a helpdesk', () => {
	test.each([
		['escape sequences', 'usa\u001b[31mbility\u001b[0m', 'usability'],
		['an OSC 8 hyperlink', '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', 'click'],
		[
			'a forged workflow command on a new line',
			'billing\n::error::pwned\r\n::add-mask::x',
			'billing ::error::pwned ::add-mask::x',
		],
		['bidi overrides and zero-width characters', 'dom\u202eains\u200b', 'domains'],
		['C1 controls', 'api\u009b31m\u0085', 'api'],
	])('%s become one plain line', (_, input, output) => {
		expect(plainLine(input)).toBe(output);
	});

	test('long values are cut', () => {
		expect(plainLine('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
	});
});

describe('mapping helpdesk fields', () => {
	const scan = createReplyScanner('https://help.example.com/');

	test('article URLs in team replies: either scheme, HTML or text, with queries and anchors, never another host', () => {
		expect(
			scan(
				'See <a href="https://help.example.com/articles/verify-domain/?utm=x">this</a> and http://HELP.example.com/articles/api-errors#retry, ' +
					'or https://help.example.com/articles/verify-domain again; not https://help.example.com.evil.dev/articles/phish/ ' +
					'nor https://docs.example.com/articles/other/ nor https://help.example.com/runbooks/triage/',
			),
		).toEqual(['verify-domain', 'api-errors']);
		expect(scan('https://help.example.com/articles/caf%C3%A9-setup/')).toEqual(['café-setup']);
	});

	test('links to the old help center the team moved from count on any host, kept as paths the gate resolves', () => {
		const old = new OldAddresses([
			['/hc/en-us/articles/360001234-Verify-your-domain', 'zendesk:360001234'],
			['/docs/billing/refunds,credits', 'refunds'],
		]);
		const scanOld = createReplyScanner('https://help.example.com', (path) => old.lookup(path) !== undefined);
		expect(
			scanOld(
				'Hi! <a href="https://acme.zendesk.com/hc/en-us/articles/360001234-Verify-your-domain">this guide</a>, ' +
					'also [here](https://help.acme.com/hc/en-us/articles/360001234-How-to-verify?utm=macro#dns). ' +
					'Refunds: https://docs.acme.com/docs/billing/refunds,credits. ' +
					'Not https://acme.zendesk.com/hc/en-us/articles/360009999-Something-else nor https://example.com/pricing; ' +
					'and the new one: https://help.example.com/articles/verify-domain/',
			),
		).toEqual([
			'verify-domain',
			'/hc/en-us/articles/360001234-Verify-your-domain',
			'/hc/en-us/articles/360001234-How-to-verify',
			// A comma would split the gate's articles cell: escaped, the address still resolves.
			'/docs/billing/refunds%2Ccredits',
		]);
		expect(old.lookup('/docs/billing/refunds%2Ccredits')).toBe('refunds');
		// Without old addresses, only the help center's own links count.
		expect(scan('https://acme.zendesk.com/hc/en-us/articles/360001234-Verify-your-domain')).toEqual([]);
	});

	test('tags and labels by prefix, any case, the prefix cut off', () => {
		expect(tagValue(['vip', 'Category: Usability', 'category: other'], 'category: ')).toBe('Usability');
		expect(tagValue(['vip'], 'area_')).toBe('');
	});

	test('one mapping rule for every helpdesk: a field, or tags (labels) by prefix', () => {
		type Ticket = { tags: string[]; fields: Record<string, unknown> };
		type Mapping = { field?: string; tagPrefix?: string; labelPrefix?: string };
		const ticket: Ticket = {
			tags: ['area_domains', 'kb_verify-domain', 'KB_spf-records', 'cat_usability'],
			fields: { category: ['reliability', 'usability'], articles: 'dkim-setup, /hc/en-us/articles/12', area: 7 },
		};
		const parts = { tags: (t: Ticket) => t.tags, field: (t: Ticket, m: Mapping) => t.fields[m.field ?? ''] };
		// Tags: the category from the first matching tag, the articles from every one.
		expect(
			createMappedColumns<Ticket, Mapping>(
				{ category: { tagPrefix: 'cat_' }, productArea: { tagPrefix: 'area_' }, articles: { tagPrefix: 'kb_' } },
				parts,
			)(ticket),
		).toEqual({ category: 'usability', productArea: 'domains', articles: ['verify-domain', 'spf-records'] });
		// Fields: a multi-select's first value, a number as text, the articles cell as written.
		expect(
			createMappedColumns<Ticket, Mapping>(
				{ category: { field: 'category' }, productArea: { field: 'area' }, articles: { field: 'articles' } },
				parts,
			)(ticket),
		).toEqual({ category: 'reliability', productArea: '7', articles: ['dkim-setup, /hc/en-us/articles/12'] });
		// Plain and Jira call them labels; no articles mapping reads none.
		expect(
			createMappedColumns<Ticket, Mapping>(
				{ category: { labelPrefix: 'cat_' }, productArea: { field: 'missing' } },
				parts,
			)(ticket),
		).toEqual({ category: 'usability', productArea: '', articles: [] });
	});

	test.each([
		[
			{ type: 'zendsk' },
			'tickets.source.type: expected one of "zendesk", "plain", "intercom", "helpscout", "freshdesk", "hubspot", "jira", "front", "gorgias", "zohodesk", "salesforce", received "zendsk"',
		],
		[
			{ type: 'zendesk', subdomain: 'acme', category: { field: 1, tagPrefix: 'c_' }, productArea: { tagPrefix: 'a_' } },
			'tickets.source.category: expected either `field` or `tagPrefix`, received an object',
		],
		[
			{ type: 'zendesk', category: { field: 1 }, productArea: { tagPrefix: 'a_' } },
			'tickets.source: expected a `subdomain` (or a `baseUrl`), received an object',
		],
		[
			{ type: 'plain', tokenEnv: 'my token', category: { labelPrefix: 'C: ' }, productArea: { field: 'area' } },
			'tickets.source.tokenEnv: expected the name of an environment variable (letters, digits and _), received "my token"',
		],
		[
			{ type: 'freshdesk', category: { field: 'type' }, productArea: { tagPrefix: 'a-' } },
			'tickets.source: expected a `domain` (or a `baseUrl`), received an object',
		],
		[
			{
				type: 'freshdesk',
				domain: 'acme.freshdesk.com',
				category: { field: 'type' },
				productArea: { tagPrefix: 'a-' },
			},
			'tickets.source.domain: expected a Freshdesk domain such as "acme", received "acme.freshdesk.com"',
		],
		[
			{ type: 'freshdesk', domain: 'acme', category: { field: 'Category' }, productArea: { tagPrefix: 'a-' } },
			'tickets.source.category.field: expected a custom field\'s API name such as "cf_category", or "type" for the ticket type, received "Category"',
		],
		[
			{ type: 'front', category: { field: 'Category', tagPrefix: 'category:' }, productArea: { tagPrefix: 'area:' } },
			'tickets.source.category: expected either `field` or `tagPrefix`, received an object',
		],
		[
			{ type: 'front', category: { field: 'Category' }, productArea: { tagPrefix: 'area:' }, inboxes: ['inb_1'] },
			'tickets.source: unknown field "inboxes"',
		],
		[
			{ type: 'gorgias', category: { field: 'Category' }, productArea: { tagPrefix: 'area:' } },
			'tickets.source: expected a `domain` (or a `baseUrl`), received an object',
		],
		[
			{
				type: 'gorgias',
				domain: 'acme.gorgias.com',
				category: { field: 'Category' },
				productArea: { tagPrefix: 'area:' },
			},
			'tickets.source.domain: expected a Gorgias domain such as "acme", received "acme.gorgias.com"',
		],
		[
			// The user's email lives in the environment beside the key (GORGIAS_EMAIL), not in the file.
			{ type: 'gorgias', domain: 'acme', email: 'bot@acme.dev', category: { field: 'C' }, productArea: { field: 'P' } },
			'tickets.source: unknown field "email"',
		],
	])('tickets.source is validated with the field and what was expected: %j', (source, message) => {
		const site = minimalSite;
		const result = parseWithProblems(tryblockConfigSchema, { site, tickets: { source } }, { file: 'tryblock.yaml' });
		expect(result.problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([message]);
	});
});

describe('requests a few at a time', () => {
	test('keep the order of the answers', async () => {
		const delays = [30, 5, 20, 1, 10];
		const answers = await mapLimit(delays, 2, async (delay) => {
			await new Promise((resolve) => setTimeout(resolve, delay));
			return delay * 2;
		});
		expect(answers).toEqual([60, 10, 40, 2, 20]);
	});

	test('start no more once one has failed: the pull stops with the first error, not after the rest of the page', async () => {
		const started: number[] = [];
		const run = mapLimit([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3, async (item) => {
			started.push(item);
			await new Promise((resolve) => setTimeout(resolve, 10));
			if (item === 2) throw new Error('ticket 2: 500');
			return item;
		});
		await expect(run).rejects.toThrow('ticket 2: 500');
		// Give any worker still going the time to start the rest of the page.
		await new Promise((resolve) => setTimeout(resolve, 120));
		// The three first ones were under way, and one ending before the failure may take the 4th; none after.
		expect(started.length).toBeLessThanOrEqual(4);
	});
});

describe('cache rows and the merge', () => {
	const ticket = (id: string, patch: Partial<PulledTicket> = {}): PulledTicket => ({
		id,
		status: 'solved',
		closed: true,
		category: 'usability',
		productArea: 'domains',
		closedAt: '2026-03-01T10:00:00Z',
		articles: [],
		requester: '5001',
		subject: 'My domain: jane@example.com',
		...patch,
	});

	test('a row keeps the columns the gate reads and a keyed hash; the subject only when asked', () => {
		const write = createRowWriter({ withSubjects: false, salt: 'a'.repeat(32) });
		const line = write(ticket('1')) as string;
		expect(JSON.parse(line)).toEqual({
			id: '1',
			status: 'solved',
			category: 'usability',
			productArea: 'domains',
			closedAt: '2026-03-01T10:00:00Z',
			articles: [],
			requester: expect.stringMatching(/^[0-9a-f]{16}$/),
		});
		expect(write(ticket('2'))).toContain(JSON.parse(line).requester);
		const otherSalt = createRowWriter({ withSubjects: true, salt: 'b'.repeat(32) });
		const withSubject = JSON.parse(otherSalt(ticket('1')) as string);
		expect(withSubject.requester).not.toBe(JSON.parse(line).requester);
		expect(withSubject.subject).toBe('My domain: jane@example.com');
		expect(write(ticket('3', { status: 'open', closed: false }))).toBe('{"id":"3","removed":true}');
	});

	test('every text a row keeps is scrubbed of the credential, before a long one is cut', () => {
		const token = 'Zd-Secret-Token-77';
		const write = createRowWriter({
			withSubjects: true,
			salt: 'd'.repeat(32),
			scrub: (text) => redact(text, [token]),
		});
		const row = JSON.parse(
			write(
				ticket('1', {
					// Cut at 40 characters before the scrub, its first characters would stay.
					status: `waiting on the customer, who sent ${token.toLowerCase()}`,
					category: `usability ${token}`,
					productArea: token,
					articles: [`https://help.example.com/articles/x?key=${token}`],
					subject: `Token Zd-Secret-\u0007Token-77 leaked`,
				}),
			) as string,
		);
		expect(row).toMatchObject({
			status: 'waiting on the customer, who sent [reda…',
			category: 'usability [redacted]',
			productArea: '[redacted]',
			articles: ['https://help.example.com/articles/x?key=[redacted]'],
			subject: 'Token [redacted] leaked',
		});
		expect(JSON.stringify(row)).not.toMatch(/secret|zd-s/i);
	});

	test('the merge keeps untouched rows, replaces changed ones, drops the removed, and keeps the last of repeats', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'tryblock-merge-'));
		try {
			const write = createRowWriter({ withSubjects: true, salt: 'c'.repeat(32) });
			const lines = (...rows: PulledTicket[]) => rows.map((row) => `${write(row)}\n`).join('');
			const cache = path.join(dir, 'zendesk.jsonl');
			const partial = path.join(dir, 'zendesk.partial');
			writeFileSync(cache, lines(ticket('1'), ticket('2'), ticket('3')));
			writeFileSync(
				partial,
				lines(
					ticket('2', { category: 'api' }),
					ticket('3', { closed: false }),
					ticket('4'),
					ticket('4', { category: 'billing' }),
				),
			);
			const out = path.join(dir, 'out.jsonl');
			expect(await mergeCache({ cache, partial, out, stripSubjects: true })).toBe(3);
			const rows = readFileSync(out, 'utf8')
				.trim()
				.split('\n')
				.map((line) => JSON.parse(line));
			expect(rows.map((row) => [row.id, row.category])).toEqual([
				['1', 'usability'],
				['2', 'api'],
				['4', 'billing'],
			]);
			// A pull without --with-subjects takes the subjects out of the rows it keeps.
			expect(rows[0].subject).toBeUndefined();
			expect(await mergeCache({ cache: undefined, partial, out })).toBe(2);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the progress line', () => {
	const stream = (isTTY: boolean) => {
		const written: string[] = [];
		return { written, isTTY, write: (text: string) => written.push(text) };
	};

	test('quiet when not a terminal: only notices, as whole lines', () => {
		const out = stream(false);
		const line = createProgressLine(out, 'Zendesk', { intervalMs: 0 });
		line.update({ tickets: 1000, pages: 1, waits: 0, waitedSeconds: 0 });
		line.notice('Zendesk: rate limited (429) on GET /x; waiting 2 s as Retry-After asks');
		line.clear();
		expect(out.written).toEqual(['Zendesk: rate limited (429) on GET /x; waiting 2 s as Retry-After asks\n']);
	});

	test('on a terminal, one line rewritten in place with tickets, pages and rate-limit waits', () => {
		const out = stream(true);
		const line = createProgressLine(out, 'Zendesk', { intervalMs: 0 });
		line.update({ tickets: 12_000, pages: 12, waits: 1, waitedSeconds: 30 });
		line.notice('a notice');
		line.clear();
		expect(out.written).toEqual([
			'\r\u001b[2KZendesk: 12,000 tickets, 12 pages, 1 rate-limit wait (30 s)',
			'\r\u001b[2K',
			'a notice\n',
			'\r\u001b[2KZendesk: 12,000 tickets, 12 pages, 1 rate-limit wait (30 s)',
			'\r\u001b[2K',
		]);
	});
});
