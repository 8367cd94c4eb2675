import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPagefindFragments } from '../../src/search/build/pagefind-fragments.ts';

/** What the demo's search index holds of its pages, read from the index the build wrote. */
describe('the search index of the demo help center', () => {
	test('a list or paragraph that only points to other articles stays on the page, out of its search text', () => {
		expect(existsSync('dist/pagefind'), 'build the site first: npm run build').toBe(true);
		const text = (url: string) => readPagefindFragments('dist/pagefind').find((page) => page.url === url)?.content;

		const smtp = readFileSync('dist/articles/smtp-connection-errors/index.html', 'utf8');
		expect(smtp).toMatch(/See also: <a href="\/articles\/sending-paused-for-review\/">Why was my sending paused/);
		expect(text('/articles/smtp-connection-errors/')).toContain('Test the connection from your server');
		expect(text('/articles/smtp-connection-errors/')).not.toContain('Why was my sending paused for review');

		const onboarding = readFileSync('dist/articles/onboarding-review-call/index.html', 'utf8');
		expect(onboarding).toContain('<a href="/articles/set-up-webhooks/">Set up webhooks</a>');
		expect(text('/articles/onboarding-review-call/')).not.toContain('Set up webhooks');
		// The pages they point to are found by those words, in their own titles.
		expect(text('/articles/set-up-webhooks/')).toContain('Set up webhooks');
	});
});
