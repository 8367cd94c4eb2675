import { describe, expect, test } from 'vitest';
import { decide, requestedWait } from '../../../src/http/retry.ts';

const policy = { attempts: 3, backoffSeconds: 1, maxWaitSeconds: 60 };

describe('the retry policy', () => {
	test('the wait a 429 asks for, in each header the vendors use', () => {
		const now = Date.parse('2026-03-01T10:00:00Z');
		expect(requestedWait({ 'retry-after': '7' }, now)).toEqual({ seconds: 7, header: 'retry-after' });
		expect(requestedWait({ 'retry-after': 'Sun, 01 Mar 2026 10:00:30 GMT' }, now)?.seconds).toBe(30);
		expect(requestedWait({ 'x-ratelimit-retry-after': '12' }, now)?.seconds).toBe(12);
		expect(requestedWait({ 'x-ratelimit-reset': String(now / 1000 + 45) }, now)?.seconds).toBe(45);
		// Document360's: the seconds until the limit resets.
		expect(requestedWait({ 'x-ratelimit-reset': '42' }, now)).toEqual({ seconds: 42, header: 'x-ratelimit-reset' });
		expect(requestedWait({}, now)).toBeUndefined();
	});

	test('429s are waited out up to the limit; 5xx and network failures back off, doubling; others stop', () => {
		const response = (status: number, headers: Record<string, string> = {}) =>
			({ kind: 'response', status, headers }) as const;
		expect(decide(response(429, { 'retry-after': '5' }), { attempt: 0, rateLimitWaits: 0, policy })).toMatchObject({
			retry: true,
			rateLimited: true,
			waitSeconds: 5,
			reason: 'as Retry-After asks',
		});
		expect(decide(response(429, { 'retry-after': '3600' }), { attempt: 0, rateLimitWaits: 0, policy })).toEqual({
			retry: false,
			tooLong: { waitSeconds: 3600, header: 'retry-after' },
		});
		expect(decide(response(429), { attempt: 0, rateLimitWaits: 20, policy })).toEqual({ retry: false });
		expect(decide(response(502), { attempt: 1, rateLimitWaits: 0, policy })).toMatchObject({
			retry: true,
			waitSeconds: 1,
		});
		expect(decide({ kind: 'network', message: 'ECONNRESET' }, { attempt: 2, rateLimitWaits: 0, policy })).toMatchObject(
			{
				retry: true,
				waitSeconds: 2,
			},
		);
		expect(decide(response(500), { attempt: 3, rateLimitWaits: 0, policy })).toEqual({ retry: false });
		expect(decide(response(404), { attempt: 1, rateLimitWaits: 0, policy })).toEqual({ retry: false });
	});
});
