import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleBody, checkErrors, emptySite, intercomMap, runImport, zendeskMap } from './helpers.ts';

/**
 * A Zendesk dump holding article 5001 in German before English (each locale's list
 * saved together, as backup scripts do), and article 5002 in English only.
 */
function multilingualDump(root: string): string {
	const dir = path.join(root, 'dump');
	mkdirSync(dir, { recursive: true });
	const record = (id: number, locale: string, title: string, slug: string, body: string) => ({
		id,
		html_url: `https://acme.zendesk.com/hc/${locale}/articles/${id}-${slug}`,
		title,
		locale,
		source_locale: 'en-us',
		section_id: 360000201,
		draft: false,
		label_names: [],
		user_segment_id: null,
		updated_at: '2026-05-01T00:00:00Z',
		body,
	});
	writeFileSync(
		path.join(dir, 'articles.json'),
		JSON.stringify([
			{ articles: [record(5001, 'de', 'Domain prüfen', 'Domain-pruefen', '<p>Öffnen Sie {Domains}.</p>')] },
			{
				articles: [
					record(5001, 'en-us', 'Verify a domain', 'Verify-a-domain', '<p>Open Domains.</p>'),
					record(5002, 'en-us', 'Remove a domain', 'Remove-a-domain', '<p>Open Domains, then Remove.</p>'),
				],
			},
		]),
	);
	writeFileSync(path.join(dir, 'sections.json'), JSON.stringify({ sections: [{ id: 360000201, name: 'Domains' }] }));
	return dir;
}

const redirectsOf = (contentDir: string) =>
	(
		parse(readFileSync(path.join(contentDir, 'redirects.yaml'), 'utf8')).redirects as { from: string; to: string }[]
	).map((entry) => `${entry.from} -> ${entry.to}`);

describe('an article in several languages', () => {
	test('comes over once, in the language it was written in; the others are named and their addresses lead to it', async () => {
		const site = emptySite(zendeskMap);
		const result = await runImport(site, ['--from', 'zendesk', '--dump', multilingualDump(site.root), '--offline']);
		expect(readdirSync(path.join(site.contentDir, 'articles')).sort()).toEqual([
			'remove-a-domain.mdx',
			'verify-a-domain.mdx',
		]);
		expect(articleBody(site.contentDir, 'verify-a-domain')).toBe('Open Domains.\n');
		expect(result.stdout).toContain(
			'verify-a-domain.mdx: imported in en-us; its translations (de) were not (--locale chooses the language), and their old addresses lead here',
		);
		expect(redirectsOf(site.contentDir)).toEqual([
			'/hc/en-us/articles/5001-Verify-a-domain -> zendesk:5001',
			'/hc/en-us/articles/5001 -> zendesk:5001',
			'/hc/de/articles/5001-Domain-pruefen -> zendesk:5001',
			'/hc/de/articles/5001 -> zendesk:5001',
			'/hc/en-us/articles/5002-Remove-a-domain -> zendesk:5002',
			'/hc/en-us/articles/5002 -> zendesk:5002',
		]);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('--locale chooses the language where the article has it, its untrusted text escaped', async () => {
		const site = emptySite(zendeskMap);
		await runImport(site, ['--from', 'zendesk', '--dump', multilingualDump(site.root), '--offline', '--locale', 'de']);
		expect(readdirSync(path.join(site.contentDir, 'articles')).sort()).toEqual([
			'domain-prufen.mdx',
			'remove-a-domain.mdx',
		]);
		expect(articleBody(site.contentDir, 'domain-prufen')).toBe('Öffnen Sie \\{Domains}.\n');
	});

	test('an Intercom article keeps its translated content out unless --locale asks for it', async () => {
		const site = emptySite(intercomMap);
		const dir = path.join(site.root, 'dump');
		mkdirSync(dir, { recursive: true });
		const translated = (title: string, body: string, url: string, state = 'published') => ({
			type: 'article_content',
			title,
			body,
			state,
			url,
			updated_at: 1717200000,
		});
		writeFileSync(
			path.join(dir, 'articles.json'),
			JSON.stringify({
				type: 'list',
				data: [
					{
						type: 'article',
						id: '8901',
						title: 'Sign webhooks',
						body: '<p>Check the signature.</p>',
						state: 'published',
						parent_id: 7001,
						default_locale: 'en',
						url: 'https://help.acme.test/en/articles/8901-sign-webhooks',
						updated_at: 1717200000,
						translated_content: {
							type: 'article_translated_content',
							fr: translated(
								'Signer les webhooks',
								'<p>Vérifiez la {signature}.</p>',
								'https://help.acme.test/fr/articles/8901-signer-les-webhooks',
							),
							de: translated('Webhooks signieren', '<p>Entwurf.</p>', '', 'draft'),
							es: null,
						},
					},
				],
			}),
		);
		writeFileSync(path.join(dir, 'collections.json'), JSON.stringify({ data: [{ id: 7001, name: 'Webhooks' }] }));
		const result = await runImport(site, ['--from', 'intercom', '--dump', dir, '--offline']);
		expect(articleBody(site.contentDir, 'sign-webhooks')).toBe('Check the signature.\n');
		expect(result.stdout).toContain(
			'imported in en; its translations (fr, de) were not (--locale chooses the language)',
		);
		expect(redirectsOf(site.contentDir)).toContain('/fr/articles/8901-signer-les-webhooks -> intercom:8901');

		const french = emptySite(intercomMap);
		await runImport(french, ['--from', 'intercom', '--dump', dir, '--offline', '--locale', 'fr']);
		expect(articleBody(french.contentDir, 'signer-les-webhooks')).toBe('Vérifiez la \\{signature}.\n');
		expect(redirectsOf(french.contentDir)).toContain('/en/articles/8901-sign-webhooks -> intercom:8901');
		expect(checkErrors(french.contentDir)).toEqual([]);
	});
});
