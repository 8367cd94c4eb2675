import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { issueText } from '../../../src/authoring/check/report.ts';
import { checkContent } from '../../../src/authoring/check-command.ts';
import { listContentFiles } from '../../../src/authoring/content-files.ts';
import { runNew } from '../../../src/authoring/new-command.ts';
import { type PromptKit, validateTickets, validateTitle } from '../../../src/authoring/prompts.ts';
import { loadContent } from '../../../src/content-model/content.ts';
import { copyFixture, fixture, runCommand } from './helpers.ts';

const now = new Date(2026, 10, 23, 9, 30);

async function runNewIn(dir: string, argv: string[], prompts?: PromptKit) {
	return runCommand((io) => runNew(argv, { contentDir: dir, now, io, prompts }), { replace: dir });
}

const CANCEL = Symbol('cancel');

/** Prompt functions that give scripted answers, checked by each prompt's own validation. */
function scriptedPrompts(answers: unknown[]) {
	const asked: string[] = [];
	const answer = async (options: { message: string; validate?: (value: string | undefined) => string | undefined }) => {
		asked.push(options.message);
		const value = answers.shift();
		const problem = typeof value === 'string' ? options.validate?.(value) : undefined;
		if (problem) throw new Error(`the prompt "${options.message}" refused "${String(value)}": ${problem}`);
		return value as string | symbol;
	};
	const kit: PromptKit = {
		intro: () => {},
		cancel: (message) => asked.push(`cancelled: ${message}`),
		text: answer,
		select: answer,
		isCancel: (value): value is symbol => value === CANCEL,
	};
	return { kit, asked };
}

describe('npm run new', () => {
	test('creates an article from the template, with today, the tickets and a troubleshooting outline for reliability', async () => {
		const dir = copyFixture('site');
		const result = await runNewIn(dir, [
			'Webhook deliveries stop after a deploy',
			'--ticket',
			'RES-1234',
			'--ticket',
			'RES-1240',
			'--category',
			'reliability',
			'--area',
			'webhooks',
		]);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toMatchInlineSnapshot(`
			"Created <dir>/articles/webhook-deliveries-stop-after-a-deploy.mdx
			  troubleshooting outline: symptoms, cause, fix (use --kind how-to for the other outline)
			Preview http://localhost:4321/articles/webhook-deliveries-stop-after-a-deploy/ (while npm run dev runs)
			Next: replace every "Write here" note, then run npm run check -- <dir>/articles/webhook-deliveries-stop-after-a-deploy.mdx"
		`);
		expect(
			readFileSync(path.join(dir, 'articles/webhook-deliveries-stop-after-a-deploy.mdx'), 'utf8'),
		).toMatchInlineSnapshot(`
			"---
			title: Webhook deliveries stop after a deploy
			description: "Write here: one or two sentences that answer the question; search results show them under the title."
			category: reliability
			productArea: webhooks
			updated: 2026-11-23
			tickets:
			  - RES-1234
			  - RES-1240
			tags: []
			aliases: []
			related: []
			---

			{/* Write here: the short answer: the usual cause and its fix, in one or two sentences. */}

			## Symptoms

			{/* Write here: what the customer sees, in their words: error messages, codes, where they show up. */}

			## Cause

			{/* Write here: why it happens, in plain words. */}

			## Fix

			1. {/* Write here: one action per step, starting with the verb. */}
			"
		`);
	});

	test('the new file passes the schema, and npm run check holds it back until the template notes are replaced', async () => {
		const dir = copyFixture('site');
		await runNewIn(dir, [
			'Change your plan',
			'--ticket',
			'RES-7',
			'--category',
			'usability',
			'--area',
			'billing',
			'--md',
		]);
		const content = loadContent(dir);
		expect(content.problems).toEqual([]);
		const issues = checkContent(content, { root: dir, today: now }).filter((issue) =>
			issue.file.endsWith('change-your-plan.md'),
		);
		expect(issues.map((issue) => `${issue.line} ${issue.kind.id} ${issueText(issue)}`)).toEqual([
			'3 unfinished description: still the template text',
			'14 unfinished template note left in: "the answer in one or two sentences, the way you would tell the customer."',
			'18 unfinished template note left in: "what the customer needs first: plan, role, access. Delete this section if nothing."',
			'22 unfinished template note left in: "one action per step, starting with the verb."',
			'26 unfinished template note left in: "what the customer sees once it worked."',
		]);
	});

	test('--kind picks the outline; --internal, --owner and --description fill the frontmatter', async () => {
		const dir = copyFixture('site');
		const result = await runNewIn(dir, [
			'Reset a stuck DKIM check',
			'--ticket=RES-9',
			'--category=reliability',
			'--area=domains',
			'--kind=how-to',
			'--internal',
			'--owner=Deliverability team',
			'--description=What the team does when the DKIM check never finishes.',
		]);
		expect(result.stdout).toContain(
			'Preview http://localhost:4321/articles/reset-a-stuck-dkim-check/ (while TRYBLOCK_AUDIENCE=internal npm run dev runs)',
		);
		const text = readFileSync(path.join(dir, 'articles/reset-a-stuck-dkim-check.mdx'), 'utf8');
		expect(text).toContain('description: What the team does when the DKIM check never finishes.\n');
		expect(text).toContain('audience: internal\nowner: Deliverability team\n---');
		expect(text).toContain('## Steps\n');
	});

	test('creates a runbook, which needs an owner and no category', async () => {
		const dir = copyFixture('site');
		const missingOwner = await runNewIn(dir, ['Hand over a weekend shift', '--runbook']);
		expect(missingOwner).toMatchObject({ exitCode: 2 });
		expect(missingOwner.stderr.split('\n').slice(0, 2)).toEqual([
			'missing --owner: a runbook needs someone who keeps it current',
			'pass --owner "<name or team>"',
		]);
		const result = await runNewIn(dir, ['Hand over a weekend shift', '--runbook', '--owner', 'Support leads']);
		expect(result.stdout).toContain('Preview http://localhost:4321/runbooks/hand-over-a-weekend-shift/');
		expect(readFileSync(path.join(dir, 'runbooks/hand-over-a-weekend-shift.mdx'), 'utf8')).toContain(
			'owner: Support leads\nupdated: 2026-11-23\n',
		);
	});

	test('never overwrites: an existing file stays byte for byte as it was, and the command exits 2', async () => {
		const dir = copyFixture('site');
		const file = path.join(dir, 'articles/verify-domain.md');
		const before = readFileSync(file);
		const modified = statSync(file).mtimeMs;
		const result = await runNewIn(dir, [
			'Verify domain',
			'--ticket',
			'RES-3',
			'--category',
			'usability',
			'--area',
			'domains',
		]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n').slice(0, 2)).toEqual([
			'<dir>/articles/verify-domain.md already exists, and npm run new never overwrites a file',
			'to add the ticket to it: npm run link -- RES-3 verify-domain; for a new page, choose another title or pass --slug <slug>',
		]);
		expect(readFileSync(file).equals(before)).toBe(true);
		expect(statSync(file).mtimeMs).toBe(modified);
	});

	test('a slug that differs only in case from an existing file is refused: on macOS and Windows it is the same file', async () => {
		const dir = copyFixture('site');
		const existing = path.join(dir, 'articles/Case-Probe.md');
		writeFileSync(existing, 'written by hand');
		const result = await runNewIn(dir, ['Case probe', '--category', 'usability', '--area', 'domains']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n').slice(0, 2)).toEqual([
			'<dir>/articles/Case-Probe.md differs from "case-probe" only in case, and macOS, Windows and many hosts treat the two as one file',
			'rename it to case-probe.md and edit it, or pass --slug <slug> for a new page',
		]);
		expect(listContentFiles(dir).map((file) => path.basename(file.file))).not.toContain('case-probe.mdx');
		expect(readFileSync(existing, 'utf8')).toBe('written by hand');
	});

	test('a slug taken by a runbook, or a file that appears before the write, is refused too', async () => {
		const dir = copyFixture('site');
		const runbook = await runNewIn(dir, [
			'Triage',
			'--ticket',
			'RES-3',
			'--category',
			'usability',
			'--area',
			'domains',
		]);
		expect(runbook.stderr).toContain('<dir>/runbooks/triage.md already exists');
		writeFileSync(path.join(dir, 'articles/race.mdx'), 'written by someone else');
		const { writeNewEntry } = await import('../../../src/authoring/new-entry.ts');
		expect(() =>
			writeNewEntry({
				kind: 'article',
				slug: 'race',
				invisibleDropped: 0,
				tickets: [],
				file: path.join(dir, 'articles/race.mdx'),
				text: 'new',
				skeleton: 'how-to',
				url: '',
				internalOnly: false,
			}),
		).toThrow(/race\.mdx already exists, and npm run new never overwrites a file/);
		expect(readFileSync(path.join(dir, 'articles/race.mdx'), 'utf8')).toBe('written by someone else');
	});

	test.each([
		[
			['--category', 'relability', '--area', 'webhooks'],
			'unknown category "relability"',
			'did you mean "reliability"? categories: reliability, usability, deliverability, success-outreach',
		],
		[
			['--category', 'reliability', '--area', 'webhook'],
			'unknown product area "webhook"',
			'did you mean "webhooks"? product areas: domains, sending, webhooks, billing',
		],
		[
			['--category', 'Success Outreach', '--area', 'billing'],
			'unknown category "Success Outreach"',
			'did you mean "success-outreach"? categories: reliability, usability, deliverability, success-outreach',
		],
		[
			['--area', 'billing'],
			'missing --category: every article needs a category',
			'categories: reliability, usability, deliverability, success-outreach',
		],
		[['--categroy', 'reliability'], 'unknown option --categroy', 'did you mean --category?'],
		[['--force'], 'unknown option --force', 'npm run new -- --help lists every option'],
		[
			['--category', 'reliability', '--area', 'billing', '--ticket', 'RES 1234'],
			'"RES 1234" is not a ticket id: expected one word without spaces, line breaks or control characters, at most 200 characters (e.g. RES-1234)',
			'write each id as the helpdesk shows it, one per --ticket: --ticket RES-1 --ticket RES-2',
		],
		[
			['--category', 'reliability', '--area', 'billing', '--kind', 'howto'],
			'--kind must be how-to or troubleshooting, received "howto"',
			'did you mean --kind how-to?',
		],
	])('refuses %j with one line and a hint, writing nothing', async (flags, message, hint) => {
		const dir = copyFixture('site');
		const result = await runNewIn(dir, ['Invoices are missing', '--ticket', 'RES-5', ...flags]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n').slice(0, 2)).toEqual([message, hint]);
		expect(loadContent(dir).articles.map((article) => article.slug)).not.toContain('invoices-are-missing');
	});

	test('a title longer than the schema allows is refused with the limit', async () => {
		const result = await runNewIn(copyFixture('site'), [
			'A'.repeat(120),
			'--category',
			'usability',
			'--area',
			'billing',
		]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			`title: expected at most 100 characters, received "${'A'.repeat(57)}..."`,
		);
	});

	test.each([
		[['Share the on-call rota', '--category', 'usability', '--area', 'billing', '--owner']],
		[['Hand over a weekend shift', '--runbook', '--owner']],
	])('an owner longer than a name or team is refused: %j', async (args) => {
		const dir = copyFixture('site');
		const result = await runNewIn(dir, [...args, 'Support '.repeat(20)]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			'owner: expected at most 100 characters, received "Support Support Support Support Support Support Support S..."',
		);
	});

	test.each([
		[['Reset\nyour password'], 'title: expected one line of text, found U+000A (a line break) at character 6'],
		[['Reset\r\nyour password'], 'title: expected one line of text, found U+000D (a line break) at character 6'],
		[['Reset\u2028your password'], 'title: expected one line of text, found U+2028 (a line break) at character 6'],
		[['Reset\tyour password'], 'title: expected one line of text, found U+0009 (a tab) at character 6'],
		[
			['Reset your password', '--description', 'Two steps.\nThen a third.'],
			'description: expected one line of text, found U+000A (a line break) at character 11',
		],
		[
			['Reset your password', '--owner', 'Support\tTeam'],
			'owner: expected one line of text, found U+0009 (a tab) at character 8',
		],
	])('refuses a value holding a line break or a tab (%j) with one line, writing nothing', async (args, message) => {
		const dir = copyFixture('site');
		const result = await runNewIn(dir, [...args, '--category', 'usability', '--area', 'billing']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')).toEqual([message, 'write the value on one line, with spaces between its words']);
		expect(loadContent(dir).articles.map((article) => article.slug)).toEqual(
			loadContent(fixture('site')).articles.map((article) => article.slug),
		);
	});

	test('a title in another script is named in Latin letters; one with nothing to spell asks for --slug', async () => {
		const dir = copyFixture('site');
		const result = await runNewIn(dir, ['Как сбросить пароль', '--category', 'usability', '--area', 'billing']);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('Created <dir>/articles/kak-sbrosit-parol.mdx');
		expect(readFileSync(path.join(dir, 'articles', 'kak-sbrosit-parol.mdx'), 'utf8')).toContain(
			'title: Как сбросить пароль',
		);
		const nothing = await runNewIn(dir, ['★★★', '--category', 'usability', '--area', 'billing']);
		expect(nothing.exitCode).toBe(2);
		expect(nothing.stderr).toContain('cannot make a file name from the title "★★★"');
	});

	test('a title pasted from a ticket subject loses its zero-width and bidi control characters, and says so', async () => {
		const dir = copyFixture('site');
		const pasted = '\ufeffReset\u200b your pass\u2060word \u202eafter\u202c a \u2066migration\u2069\u200d';
		const result = await runNewIn(dir, [pasted, '--category', 'usability', '--area', 'billing']);
		expect([result.exitCode, result.stderr]).toEqual([0, '']);
		expect(result.stdout.split('\n').slice(0, 2)).toEqual([
			'Created <dir>/articles/reset-your-password-after-a-migration.mdx',
			'  left out 8 invisible characters (zero-width or bidi controls) the title held',
		]);
		const text = readFileSync(path.join(dir, 'articles/reset-your-password-after-a-migration.mdx'), 'utf8');
		expect(text).toContain('\ntitle: Reset your password after a migration\n');
	});

	test('joiners that shape an emoji or a word in another script stay, as do the marks right-to-left text needs', async () => {
		const dir = copyFixture('site');
		const title = 'نمی\u200cتوانم وارد شوم \u200f👩\u200d💻';
		const result = await runNewIn(dir, [
			title,
			'--category',
			'usability',
			'--area',
			'billing',
			'--slug',
			'cannot-log-in',
		]);
		expect([result.exitCode, result.stderr]).toEqual([0, '']);
		expect(result.stdout).not.toContain('left out');
		expect(readFileSync(path.join(dir, 'articles/cannot-log-in.mdx'), 'utf8')).toContain(`\ntitle: ${title}\n`);
	});

	test('an article without a ticket is allowed, with a reminder how to link one', async () => {
		const result = await runNewIn(copyFixture('site'), [
			'Export your contacts',
			'--category',
			'usability',
			'--area',
			'sending',
		]);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('  No ticket linked yet: npm run link -- <ticket-id> export-your-contacts');
	});

	test('without a terminal and without a title, explains what it needs instead of waiting for input', async () => {
		const dir = copyFixture('site');
		const result = await runNewIn(dir, []);
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toBe(
			'missing title\nnpm run new -- "<title>" --category <id> --area <id> --ticket <id> (npm run new -- --help lists every option)',
		);
	});
});

describe('npm run new in a terminal without flags', () => {
	test('asks for title, category, kind, product area, tickets and audience, then writes the article', async () => {
		const dir = copyFixture('site');
		const { kit, asked } = scriptedPrompts([
			'Bounced mail is not reported',
			'deliverability',
			'troubleshooting',
			'webhooks',
			'RES-11, RES-12',
			'public',
		]);
		const result = await runNewIn(dir, [], kit);
		expect(result.exitCode).toBe(0);
		expect(asked).toEqual([
			'Title: the customer’s question or task, in their words',
			'Category: what did the customer experience?',
			'Kind of answer',
			'Product area: where did it happen?',
			'Ticket ids (separate several with commas)',
			'Who may read it?',
		]);
		const text = readFileSync(path.join(dir, 'articles/bounced-mail-is-not-reported.mdx'), 'utf8');
		expect(text).toContain(
			'category: deliverability\nproductArea: webhooks\nupdated: 2026-11-23\ntickets:\n  - RES-11\n  - RES-12\n',
		);
		expect(text).toContain('## Symptoms');
		// The kind was a prompt's answer: no flag to reach for.
		expect(result.stdout).toContain('  troubleshooting outline: symptoms, cause, fix\n');
		expect(result.stdout).not.toContain('--kind');
	});

	test('the prompts refuse a title whose file exists, an empty title and a blank ticket answer', () => {
		const existing = listContentFiles(fixture('site'));
		expect(validateTitle('Verify domain', existing)).toBe(
			'"verify-domain" is taken by an article: link the ticket to it with npm run link, or reword the title.',
		);
		expect(validateTitle('  ', existing)).toBe('A title is required: the customer’s question, in their words.');
		expect(validateTitle('Verify a new domain', existing)).toBeUndefined();
		expect(validateTitle('Подтвердить домен', existing)).toBeUndefined();
		expect(validateTitle('???', existing)).toBe('Use letters or digits: the file name is made from the title.');
		// A pasted subject's invisible characters do not count: the prompt takes it, as the command does.
		expect(validateTitle('Verify\u200b domain\u202e', existing)).toBe(
			'"verify-domain" is taken by an article: link the ticket to it with npm run link, or reword the title.',
		);
		expect(validateTitle('Verify a \u202enew domain', existing)).toBeUndefined();
		expect(validateTitle('\u200b\u2060', existing)).toBe(
			'A title is required: the customer’s question, in their words.',
		);
		expect(validateTitle('Reset\tyour password', existing)).toBe(
			'Write it on one line: found U+0009 (a tab) at character 6.',
		);
		expect(validateTickets(' ')).toBe('Enter the id of the ticket this article answers, e.g. RES-1234.');
		expect(validateTickets('RES-1, RES-2')).toBeUndefined();
		// A space is no separator: `RES 1234` is one id mistyped, not the tickets RES and 1234.
		expect(validateTickets('RES 1234')).toBe(
			'"RES 1234" is not a ticket id: expected one word without spaces, line breaks or control characters, at most 200 characters (e.g. RES-1234). Separate several with commas.',
		);
	});

	test.each([
		['the first', 0],
		['the second', 1],
		['the last', 5],
	])('cancelling at %s prompt (Esc or Ctrl-C) writes nothing, says so and exits 0', async (_, answered) => {
		const dir = copyFixture('site');
		const answers = ['A title', 'reliability', 'troubleshooting', 'webhooks', 'RES-1', 'public'];
		const { kit, asked } = scriptedPrompts([...answers.slice(0, answered), CANCEL]);
		const result = await runNewIn(dir, [], kit);
		expect(result.exitCode).toBe(0);
		expect(asked.at(-1)).toBe('cancelled: Cancelled: nothing was written.');
		expect([result.stdout, result.stderr]).toEqual(['', '']);
		expect(loadContent(dir).articles).toHaveLength(3);
	});
});
