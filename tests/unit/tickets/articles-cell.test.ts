import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContentForCoverage, readTickets } from '../../../src/tickets/gate.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, fixture, gate } from './helpers.ts';

// A team that moved from Zendesk: its tickets closed before the move link the old help
// center, whose addresses the import kept in redirects.yaml.
const moved = fixture('moved-help-center');
const beforeTheMove = fixture('moved-help-center/tickets/before-the-move.csv');

describe('tickets that link the old help center count for the article it moved to', () => {
	test('old addresses, by the full address, a later title, another locale or another host, link their article', async () => {
		const { report } = await gate({ contentDir: moved, tickets: [beforeTheMove] });
		expect(report.totals).toMatchObject({ closed: 7, linked: 4, unlinked: 3 });
		expect(report.unlinkedTickets.map(({ id, reason }) => [id, reason])).toEqual([
			// The old help center published it; here it is still a draft.
			['Z-5', 'draft-only'],
			// redirects.yaml leads this one to an article no longer here, and Z-7's was never imported.
			['Z-6', 'broken-link'],
			['Z-7', 'broken-link'],
		]);
	});

	test('the worker threads that read big exports resolve old addresses the same way', async () => {
		const content = loadContentForCoverage(moved);
		const linksOf = async (parallel: false | { minBytes: number }) => {
			const { table, links } = await readTickets([beforeTheMove], content, { parallel });
			return Array.from({ length: table.size }, (_, slot) => [
				table.idOf(slot),
				links.referenceKeys[table.referenceSet[slot] as number],
			]).sort();
		};
		const inOneThread = await linksOf(false);
		expect(inOneThread.slice(0, 4)).toEqual([
			['Z-1', 'verify-your-domain'],
			['Z-2', 'verify-your-domain'],
			['Z-3', 'verify-your-domain'],
			['Z-4', 'api-error-codes'],
		]);
		expect(await linksOf({ minBytes: 1 })).toEqual(inOneThread);
	});

	test('without redirects.yaml the same links are broken, as before the import wrote it', async () => {
		const content = temporaryDir('moved');
		cpSync(moved, content, { recursive: true, filter: (source) => !source.endsWith('redirects.yaml') });
		const { report } = await gate({ contentDir: content, tickets: [beforeTheMove] });
		expect(report.totals).toMatchObject({ closed: 7, linked: 0 });
	});

	test('an old help center that served articles under /articles/ links them too, and an article here keeps its own address', async () => {
		const content = temporaryDir('moved');
		cpSync(moved, content, { recursive: true });
		writeFileSync(
			path.join(content, 'redirects.yaml'),
			[
				'redirects:',
				'  - from: /articles/8801-api-error-codes',
				'    to: api-error-codes',
				// An old address that leads to a section of an article counts for the article.
				'  - from: /articles/8802-error-429',
				'    to: api-error-codes#too-many-requests',
				// A stale entry for an address that is an article's page here: the article wins.
				'  - from: /articles/verify-your-domain',
				'    to: refund-policy',
				'',
			].join('\n'),
		);
		const tickets = path.join(content, 'tickets.csv');
		writeFileSync(
			tickets,
			[
				'Ticket ID,Status,Category,Product Area,KB Articles',
				'A-1,Solved,Reliability,API,https://support.acme.com/articles/8801-api-error-codes',
				'A-2,Solved,Reliability,API,/articles/8801',
				'A-3,Solved,Usability,Domains,https://help.acme.com/articles/verify-your-domain/',
				'A-4,Solved,Reliability,API,https://support.acme.com/articles/8802-error-429',
				'',
			].join('\n'),
		);
		const { table, links } = await readTickets([tickets], loadContentForCoverage(content), { parallel: false });
		const linked = Array.from({ length: table.size }, (_, slot) => [
			table.idOf(slot),
			links.referenceKeys[table.referenceSet[slot] as number],
		]);
		expect(linked).toEqual([
			['A-1', 'api-error-codes'],
			['A-2', 'api-error-codes'],
			['A-3', 'verify-your-domain'],
			['A-4', 'api-error-codes'],
		]);
	});

	test('a redirects.yaml the gate cannot read stops it with the line (exit 2)', async () => {
		const content = temporaryDir('moved');
		cpSync(moved, content, { recursive: true });
		writeFileSync(path.join(content, 'redirects.yaml'), 'redirects:\n  - from: hc/en-us/articles/1\n    to: x\n');
		const run = await checkCoverage(['--tickets', beforeTheMove], { contentDir: content });
		expect([run.status, run.stdout]).toEqual([2, '']);
		expect(run.stderr.replaceAll(content, '<dir>').split('\n')[0]).toBe(
			'<dir>/redirects.yaml:2: redirects.0.from: expected a path on the old site, starting with "/", received "hc/en-us/articles/1"',
		);
	});
});

describe('an articles cell holding titles instead of slugs', () => {
	test('titles of articles and runbooks link their page; a title that is no page stays a broken link', async () => {
		const { report } = await gate({ tickets: [fixture('titles/tickets.csv')] });
		expect(report.totals).toMatchObject({ closed: 4, linked: 3, unlinked: 1 });
		expect(report.unlinkedTickets.map(({ id, reason }) => [id, reason])).toEqual([['T-4', 'broken-link']]);
	});
});
