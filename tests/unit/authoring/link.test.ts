import { copyFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../../src/authoring/check-command.ts';
import { runLink } from '../../../src/authoring/link-command.ts';
import { addTicket } from '../../../src/authoring/link-ticket.ts';
import { createArticleSchema } from '../../../src/content-model/schemas/article.ts';
import { loadTaxonomy } from '../../../src/content-model/settings.ts';
import { copyFixture, fixture, runCommand } from './helpers.ts';

const fieldOrder = Object.keys(createArticleSchema(loadTaxonomy(fixture('site'))).shape);

describe('addTicket changes nothing but the tickets list', () => {
	test.each([
		[
			'comments-and-quotes.md',
			'RES-2000',
			'keeps comments, key order and single quotes; the new id is quoted like the last one',
		],
		['flow-list.md', 'RES-2000', 'extends a flow list in place, spacing kept'],
		['no-tickets.mdx', 'RES-2000', 'adds the list after `updated` (the schema order), indented like the other lists'],
		['empty-tickets.md', 'RES-2000', 'fills an empty list'],
		['numeric-ids.md', '48299', 'writes a numeric id plainly when the list holds numbers'],
		['crlf-bom.md', 'RES-2000', 'keeps the byte order mark and Windows line endings'],
	])('%s: %s', (name, id) => {
		const source = readFileSync(fixture(`link/${name}`));
		const expected = readFileSync(fixture(`link/${name.replace(/\.(mdx?)$/, '.expected.$1')}`));
		const outcome = addTicket(source.toString('utf8'), id, fieldOrder);
		expect(outcome.status).toBe('linked');
		if (outcome.status === 'linked') expect(Buffer.from(outcome.text, 'utf8').equals(expected)).toBe(true);
	});

	test('a ticket already in the list is left alone, whether written as text or as a number', () => {
		expect(addTicket(readFileSync(fixture('link/comments-and-quotes.md'), 'utf8'), 'RES-1002', fieldOrder)).toEqual({
			status: 'already-linked',
		});
		expect(addTicket(readFileSync(fixture('link/numeric-ids.md'), 'utf8'), '48230', fieldOrder)).toEqual({
			status: 'already-linked',
		});
	});

	test('an id that YAML would read as something else is quoted', () => {
		const outcome = addTicket('---\ntitle: x\ntickets: [A-1]\n---\n', 'B,2', fieldOrder);
		expect(outcome).toEqual({ status: 'linked', text: '---\ntitle: x\ntickets: [A-1, "B,2"]\n---\n' });
		const yes = addTicket('---\ntitle: x\ntickets:\n  - A-1\n---\n', 'yes: no', fieldOrder);
		expect(yes).toEqual({ status: 'linked', text: '---\ntitle: x\ntickets:\n  - A-1\n  - "yes: no"\n---\n' });
	});
});

describe('npm run link', () => {
	test('adds the ticket to the page, says so and exits 0; a second run says it is already linked', async () => {
		const dir = copyFixture('site');
		const first = await runCommand((io) => runLink(['RES-555', 'verify-domain'], { contentDir: dir, io }), {
			replace: dir,
		});
		expect(first).toEqual({ exitCode: 0, stdout: 'Linked RES-555 to <dir>/articles/verify-domain.md', stderr: '' });
		expect(readFileSync(path.join(dir, 'articles/verify-domain.md'), 'utf8')).toContain(
			'tickets:\n  - RES-100\n  - RES-555\n---',
		);
		const file = path.join(dir, 'articles/verify-domain.md');
		const modified = statSync(file).mtimeMs;
		const second = await runCommand((io) => runLink(['RES-555', 'verify-domain'], { contentDir: dir, io }), {
			replace: dir,
		});
		expect(second).toEqual({
			exitCode: 0,
			stdout: 'RES-555 is already linked to <dir>/articles/verify-domain.md',
			stderr: '',
		});
		expect(statSync(file).mtimeMs).toBe(modified);
	});

	test('links several tickets at once, to articles in subfolders and runbooks, by slug, path or URL', async () => {
		const dir = copyFixture('site');
		const result = await runCommand(
			(io) => runLink(['RES-1', 'RES-2', '/articles/webhook-retries/'], { contentDir: dir, io }),
			{ replace: dir },
		);
		expect(result.stdout).toBe(
			'Linked RES-1 to <dir>/articles/nested/webhook-retries.mdx\nLinked RES-2 to <dir>/articles/nested/webhook-retries.mdx',
		);
		expect(readFileSync(path.join(dir, 'articles/nested/webhook-retries.mdx'), 'utf8')).toContain(
			'tickets: [RES-200, RES-1, RES-2]\n',
		);
		const runbook = await runCommand((io) => runLink(['RES-3', 'runbooks/triage.md'], { contentDir: dir, io }), {
			replace: dir,
		});
		expect(runbook.stdout).toBe('Linked RES-3 to <dir>/runbooks/triage.md');
		expect(readFileSync(path.join(dir, 'runbooks/triage.md'), 'utf8')).toContain(
			'updated: 2026-11-10\ntickets:\n  - RES-3\n---',
		);
	});

	test.each([
		[
			['RES-9', 'verify-domian'],
			'no article or runbook has the slug "verify-domian"',
			'did you mean "verify-domain"? npm run link -- RES-9 verify-domain',
		],
		[
			['verify-domain', 'RES-9'],
			'no article or runbook has the slug "RES-9"',
			'the slug goes last: npm run link -- RES-9 verify-domain',
		],
		[
			['RES-9', 'something-else-entirely'],
			'no article or runbook has the slug "something-else-entirely"',
			'to write a new article for it: npm run new -- "<title>" --ticket RES-9 --category <id> --area <id>',
		],
		[['RES-9'], 'missing the slug of the page to link', 'e.g. npm run link -- RES-1234 verify-domain'],
		[
			['--force', 'RES-9', 'verify-domain'],
			'unknown option --force',
			'Usage: npm run link -- <ticket-id> [<ticket-id> ...] <slug>',
		],
	])('refuses %j and exits 2, changing no file', async (argv, message, hint) => {
		const dir = copyFixture('site');
		const before = readFileSync(path.join(dir, 'articles/verify-domain.md'), 'utf8');
		const result = await runCommand((io) => runLink(argv, { contentDir: dir, io }), { replace: dir });
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n').slice(0, 2)).toEqual([message, hint]);
		expect(readFileSync(path.join(dir, 'articles/verify-domain.md'), 'utf8')).toBe(before);
	});

	test.each([
		[
			'invalid-frontmatter.md',
			[
				'<dir>/articles/verify-domain.md:3:1 error title: required: expected text',
				'<dir>/articles/verify-domain.md:4:1 error category: expected one of reliability, usability, deliverability, success-outreach, received "usabilty" (did you mean "usability"?)',
				'<dir>/articles/verify-domain.md:6:1 error updated: expected a date that exists, found "2026-13-01": there is no month 13',
			],
		],
		[
			'dangling-related.md',
			[
				'<dir>/articles/verify-domain.md:11:1 error related.0: no article or runbook has the slug "webhook-retry" (did you mean "webhook-retries"?)',
			],
		],
	])(
		'links the ticket to a page that will not build (%s), then says why as npm run check does, and exits 1',
		async (name, problems) => {
			const dir = copyFixture('site');
			const file = path.join(dir, 'articles/verify-domain.md');
			copyFileSync(fixture(`link/${name}`), file);
			const result = await runCommand((io) => runLink(['RES-555', 'verify-domain'], { contentDir: dir, io }), {
				replace: dir,
			});
			expect(result).toEqual({
				exitCode: 1,
				stdout: 'Linked RES-555 to <dir>/articles/verify-domain.md',
				stderr: [
					...problems,
					'The page will not build until these are fixed; npm run check confirms when it does.',
				].join('\n'),
			});
			expect(readFileSync(file, 'utf8')).toContain('  - RES-100\n  - RES-555\n');
			// The same lines npm run check prints for the file, written in the same words.
			const check = await runCommand(
				(io) => runCheck([file], { contentDir: dir, root: dir, today: new Date(2026, 10, 23), env: {}, io }),
				{ replace: dir },
			);
			expect(check.stdout.split('\n').filter((line) => line.startsWith('<dir>/'))).toEqual(problems);
			// Already linked: nothing is written, and the page still falls short.
			const again = await runCommand((io) => runLink(['RES-555', 'verify-domain'], { contentDir: dir, io }), {
				replace: dir,
			});
			expect([again.exitCode, again.stdout]).toEqual([
				1,
				'RES-555 is already linked to <dir>/articles/verify-domain.md',
			]);
			expect(again.stderr).toBe(result.stderr);
		},
	);
});
