import { describe, expect, test } from 'vitest';
import { areRunbooksVisible, isArticleVisible, resolveAudience } from '../../../src/content-model/visibility.ts';

describe('what each build publishes', () => {
	test.each([
		{ audience: 'public', draft: false, build: 'public', visible: true },
		{ audience: 'public', draft: true, build: 'public', visible: false },
		{ audience: 'internal', draft: false, build: 'public', visible: false },
		{ audience: 'internal', draft: true, build: 'public', visible: false },
		{ audience: 'public', draft: true, build: 'internal', visible: true },
		{ audience: 'internal', draft: false, build: 'internal', visible: true },
	] as const)(
		'$audience article, draft $draft, in the $build build: $visible',
		({ audience, draft, build, visible }) => {
			expect(isArticleVisible({ audience, draft }, build)).toBe(visible);
		},
	);

	test('runbooks only in the internal build', () => {
		expect(areRunbooksVisible('public')).toBe(false);
		expect(areRunbooksVisible('internal')).toBe(true);
	});

	test('the audience comes from TRYBLOCK_AUDIENCE and rejects anything else', () => {
		expect(resolveAudience(undefined)).toBe('public');
		expect(resolveAudience('internal')).toBe('internal');
		expect(() => resolveAudience('staff')).toThrowErrorMatchingInlineSnapshot(
			`[Error: TRYBLOCK_AUDIENCE must be "public" or "internal", received "staff"]`,
		);
	});
});
