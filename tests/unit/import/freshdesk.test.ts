import { describe, expect, test } from 'vitest';
import {
	classifyFreshdesk,
	folderRestrictions,
	freshdeskArticle,
	freshdeskGroups,
	freshdeskSlug,
} from '../../../src/import/sources/freshdesk.ts';
import { freshdeskNextPage, freshdeskSettings } from '../../../src/import/sources/freshdesk-api.ts';

const hosts = new Set(['support.acme.test']);

describe('Freshdesk solution articles', () => {
	test('an article: title, SEO description, body, folder, tags, draft state, last edit and old addresses', () => {
		const article = freshdeskArticle(
			{
				id: 48000000001,
				title: ' Vérifier le domaine! ',
				description: '<p>Hi</p>',
				status: 1,
				folder_id: 48000101,
				category_id: 48000001,
				tags: ['dns'],
				seo_data: { meta_description: 'Prove you own it.' },
				thumbs_up: 3,
				hits: 12,
				created_at: '2024-02-01T08:00:00Z',
				updated_at: '2025-03-02T10:15:00Z',
			},
			'https://support.acme.test',
		);
		expect(article).toEqual({
			id: '48000000001',
			title: 'Vérifier le domaine!',
			description: 'Prove you own it.',
			body: { kind: 'html', html: '<p>Hi</p>' },
			group: { type: 'folders', id: '48000101' },
			labels: ['dns'],
			draft: true,
			restricted: undefined,
			updated: new Date('2025-03-02T10:15:00Z'),
			oldPaths: [
				'/support/solutions/articles/48000000001-verifier-le-domaine',
				'/support/solutions/articles/48000000001',
				'/a/solutions/articles/48000000001',
			],
			base: 'https://support.acme.test/support/solutions/articles/48000000001-verifier-le-domaine',
			notes: [],
		});
	});

	test('a record without a title, or of the wrong shape, is reported with its id', () => {
		expect(freshdeskArticle({ id: 5, title: '  ' }, 'https://x.test')).toEqual({
			invalid: 'the article has no title',
			id: '5',
		});
		expect(freshdeskArticle({ id: 6, title: 'A', status: 'published' }, 'https://x.test')).toMatchObject({
			invalid: expect.stringMatching(/^not a Freshdesk solution article: status /),
			id: '6',
		});
	});

	test('a title in a script with no Latin letters has only its number-only addresses', () => {
		expect(freshdeskSlug('パスワードの再設定')).toBe('');
		const article = freshdeskArticle({ id: 7, title: 'パスワードの再設定', status: 2 }, 'https://x.test');
		expect('oldPaths' in article && article.oldPaths).toEqual([
			'/support/solutions/articles/7',
			'/a/solutions/articles/7',
		]);
	});

	test('a folder that not everyone sees makes its articles, and its subfolders’ articles, internal', () => {
		const restrictions = folderRestrictions([
			{ id: 1, name: 'Public', visibility: 1 },
			{ id: 2, name: 'Team', visibility: 3 },
			{ id: 3, name: 'Inside team', visibility: 1, parent_folder_id: 2 },
			{ id: 4, name: 'Customers', visibility: 2 },
		]);
		expect([...restrictions]).toEqual([
			['2', 'visible only to agents (folder "Team")'],
			['3', 'visible only to agents (folder "Team")'],
			['4', 'visible only to logged-in users (folder "Customers")'],
		]);
		const article = freshdeskArticle({ id: 9, title: 'A', status: 2, folder_id: 3 }, 'https://x.test', restrictions);
		expect('restricted' in article && article.restricted).toBe('visible only to agents (folder "Team")');
	});

	test('categories hold folders, subfolders sit in their folder', () => {
		expect(
			freshdeskGroups(
				[{ id: 10, name: 'Billing' }],
				[
					{ id: 20, name: 'Invoices', category_id: 10 },
					{ id: 21, name: 'Old invoices', category_id: 10, parent_folder_id: 20 },
				],
			),
		).toEqual([
			{ type: 'categories', id: '10', name: 'Billing' },
			{ type: 'folders', id: '20', name: 'Invoices', parent: { type: 'categories', id: '10' } },
			{ type: 'folders', id: '21', name: 'Old invoices', parent: { type: 'folders', id: '20' } },
		]);
	});
});

describe('old Freshdesk addresses', () => {
	test.each([
		[
			'https://acme.freshdesk.com/support/solutions/articles/48000000001-verify#dns',
			{
				kind: 'article',
				id: '48000000001',
				fragment: 'dns',
				linkedAs: '/support/solutions/articles/48000000001-verify',
			},
		],
		[
			'https://support.acme.test/de/support/solutions/articles/48000000001/',
			{ kind: 'article', id: '48000000001', fragment: '', linkedAs: '/de/support/solutions/articles/48000000001' },
		],
		[
			'/a/solutions/articles/48000000002',
			{ kind: 'article', id: '48000000002', fragment: '', linkedAs: '/a/solutions/articles/48000000002' },
		],
		[
			'https://support.acme.test/support/solutions/folders/48000101-domains',
			{ kind: 'group', group: { type: 'folders', id: '48000101' } },
		],
		[
			'/a/solutions/categories/48000001/folders/48000101',
			{ kind: 'group', group: { type: 'folders', id: '48000101' } },
		],
		[
			'https://support.acme.test/support/solutions/48000001',
			{ kind: 'group', group: { type: 'categories', id: '48000001' } },
		],
		[
			'https://support.acme.test/helpdesk/attachments/48000900002',
			{ kind: 'file', key: 'freshdesk-attachment:48000900002' },
		],
		[
			'https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/production/1/original/a.png',
			{ kind: 'file' },
		],
		['https://s3.amazonaws.com/other-bucket/a.png', { kind: 'elsewhere' }],
		['https://support.acme.test/support/tickets/new', { kind: 'old-site' }],
		['https://other.test/support/solutions/articles/48000000001', { kind: 'elsewhere' }],
		['/pricing', { kind: 'elsewhere' }],
		['mailto:help@acme.test', { kind: 'elsewhere' }],
	])('%s', (url, expected) => {
		expect(classifyFreshdesk(url, hosts)).toEqual(expected);
	});
});

describe('Freshdesk API settings and pages', () => {
	test('the next page while a page comes back full', () => {
		const first = 'https://acme.freshdesk.com/api/v2/solutions/categories?per_page=2';
		expect(freshdeskNextPage([{}, {}], first)).toBe(`${first}&page=2`);
		expect(freshdeskNextPage([{}, {}], `${first}&page=2`)).toBe(`${first}&page=3`);
		expect(freshdeskNextPage([{}], first)).toBeUndefined();
		expect(freshdeskNextPage([], first)).toBeUndefined();
	});

	test('the domain alone or with .freshdesk.com, or a whole address', () => {
		expect(freshdeskSettings({ FRESHDESK_DOMAIN: 'acme.freshdesk.com', FRESHDESK_API_KEY: 'k' }).baseUrl).toBe(
			'https://acme.freshdesk.com',
		);
		expect(freshdeskSettings({ FRESHDESK_DOMAIN: 'acme', FRESHDESK_API_KEY: 'k' }).baseUrl).toBe(
			'https://acme.freshdesk.com',
		);
		expect(freshdeskSettings({ FRESHDESK_URL: 'https://help.acme.test/', FRESHDESK_API_KEY: 'k' }).baseUrl).toBe(
			'https://help.acme.test',
		);
		expect(() => freshdeskSettings({ FRESHDESK_URL: 'acme', FRESHDESK_API_KEY: 'k' })).toThrow(
			'Freshdesk: FRESHDESK_URL is no web address',
		);
	});
});
