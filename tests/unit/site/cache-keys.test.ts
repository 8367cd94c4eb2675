import { describe, expect, test } from 'vitest';
import { pageCacheKeys } from '../../../src/site/cache-keys.ts';

describe('page cache keys', () => {
	const shared = { audience: 'public', site: { supportUrl: 'https://example.com/support' } };

	test('the same page data gives the same key in every build', () => {
		const data = { title: 'Verify your domain', updated: new Date('2026-05-01') };
		expect(pageCacheKeys(shared)('digest-1', data)).toBe(pageCacheKeys({ ...shared })('digest-1', { ...data }));
	});

	test('a change to the entry, to what it shows of others, or to shared data changes the key', () => {
		const key = pageCacheKeys(shared);
		const base = key('digest-1', [{ title: 'Check your DNS records' }]);
		expect(key('digest-2', [{ title: 'Check your DNS records' }])).not.toBe(base);
		expect(key('digest-1', [{ title: 'Look up your DNS records' }])).not.toBe(base);
		expect(
			pageCacheKeys({ ...shared, audience: 'internal' })('digest-1', [{ title: 'Check your DNS records' }]),
		).not.toBe(base);
	});
});
