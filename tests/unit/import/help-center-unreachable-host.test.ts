import { describe, expect, test } from 'vitest';
import type { ServiceClient } from '../../../src/http/client.ts';
import { dumpLayout } from '../../../src/import/sources/dump.ts';
import { helpCenterSource } from '../../../src/import/sources/help-center.ts';
import { importFixture } from './helpers.ts';

/** A help center's file host that no longer resolves: a team that switched its old help center off before importing. */
function sourceWith(download: ServiceClient['download']) {
	return helpCenterSource({
		system: 'zendesk',
		label: 'Zendesk dump',
		layout: dumpLayout(importFixture('zendesk-note-boxes')),
		options: { offline: false, spoolDir: '/nonexistent' },
		service: 'Zendesk',
		api: { download } as ServiceClient,
		groups: async () => [],
		articles: async function* () {},
		classify: () => ({ kind: 'elsewhere' }),
	});
}

describe('images of a help center whose host cannot be reached', () => {
	test('the host is asked once, not once per picture (each try waits out its retries)', async () => {
		const asked: string[] = [];
		const source = sourceWith(async (url) => {
			asked.push(url);
			return url.includes('cdn.example.com')
				? { ok: false, reason: '404 Not Found' }
				: { ok: false, reason: `GET ${url}: the network failed after 4 tries (ENOTFOUND)` };
		});
		await source.fetchAsset('https://help.example.com/hc/article_attachments/1', 1_000_000);
		const second = await source.fetchAsset('https://help.example.com/hc/article_attachments/2', 1_000_000);
		// A missing file (an answer with a status) says nothing about the host's other files.
		await source.fetchAsset('https://cdn.example.com/a.png', 1_000_000);
		await source.fetchAsset('https://cdn.example.com/b.png', 1_000_000);
		expect(asked).toEqual([
			'https://help.example.com/hc/article_attachments/1',
			'https://cdn.example.com/a.png',
			'https://cdn.example.com/b.png',
		]);
		expect(second).toEqual({
			ok: false,
			reason: 'help.example.com could not be reached: the network failed after 4 tries (ENOTFOUND)',
		});
	});
});
