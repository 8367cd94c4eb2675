import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { replaceAstroRedirectPages, writeRemainingRedirectPages } from '../../../src/redirects/pages.ts';
import { temporaryDir } from '../authoring/helpers.ts';

const to = '/articles/send-mail/';

describe('the redirect pages the build writes itself', () => {
	test('each old address Astro cannot name gets its page where a host looks it up', () => {
		const dist = temporaryDir('redirect-pages');
		const result = writeRemainingRedirectPages(
			dist,
			[
				{ from: '/docs/send-mail.html', to },
				{ from: '/docs/v1.0/send-mail', to },
				{ from: "/notes/Don't%20%231%20tip", to },
				// Astro writes this one; the build leaves it alone.
				{ from: '/hc/en-us/articles/1-Send-mail', to },
				// No file can answer it.
				{ from: '/docs/%2E%2E/escape', to },
			],
			'https://help.example.com',
		);
		expect(result).toEqual({ written: 3, taken: [] });
		for (const file of ['docs/send-mail.html', 'docs/v1.0/send-mail/index.html', "notes/Don't #1 tip/index.html"]) {
			expect(readFileSync(path.join(dist, file), 'utf8'), file).toContain(
				'<meta http-equiv="refresh" content="0;url=/articles/send-mail/">',
			);
		}
		expect(existsSync(path.join(dist, 'hc'))).toBe(false);
		expect(existsSync(path.join(dist, 'escape'))).toBe(false);
		expect(existsSync(path.join(path.dirname(dist), 'escape'))).toBe(false);
	});

	test('a file the site already has is never overwritten: its address is reported', () => {
		const dist = temporaryDir('redirect-pages');
		mkdirSync(path.join(dist, 'docs'), { recursive: true });
		writeFileSync(path.join(dist, '404.html'), 'the site’s own page');
		writeFileSync(path.join(dist, 'docs/legacy.html'), 'a team’s own file from public/');
		const result = writeRemainingRedirectPages(
			dist,
			[
				{ from: '/404.html', to },
				{ from: '/docs/legacy.html', to },
			],
			undefined,
		);
		expect(result).toEqual({ written: 0, taken: ['/404.html', '/docs/legacy.html'] });
		expect(readFileSync(path.join(dist, '404.html'), 'utf8')).toBe('the site’s own page');
		expect(readFileSync(path.join(dist, 'docs/legacy.html'), 'utf8')).toBe('a team’s own file from public/');
	});

	test('Astro’s redirect pages are replaced by ones that hand on the #section; any other file stays', () => {
		const dist = temporaryDir('redirect-pages');
		const astroPage =
			'<!doctype html><title>Redirecting to: /articles/send-mail/</title><meta http-equiv="refresh" content="0;url=/articles/send-mail/">';
		mkdirSync(path.join(dist, 'hc/en-us/articles/1'), { recursive: true });
		writeFileSync(path.join(dist, 'hc/en-us/articles/1/index.html'), astroPage);
		mkdirSync(path.join(dist, 'kept'), { recursive: true });
		writeFileSync(path.join(dist, 'kept/index.html'), 'a page of the site');
		const replaced = replaceAstroRedirectPages(
			dist,
			[
				{ from: '/hc/en-us/articles/1', to },
				{ from: '/kept', to },
				{ from: '/never-written', to },
				{ from: '/docs/send-mail.html', to },
			],
			undefined,
		);
		expect(replaced).toBe(1);
		expect(readFileSync(path.join(dist, 'hc/en-us/articles/1/index.html'), 'utf8')).toContain(
			'location.replace("/articles/send-mail/"+location.hash)',
		);
		expect(readFileSync(path.join(dist, 'kept/index.html'), 'utf8')).toBe('a page of the site');
		expect(existsSync(path.join(dist, 'never-written'))).toBe(false);
	});
});
