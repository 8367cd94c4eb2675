import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChromium } from '../e2e/chromium.ts';
import { type BuildResult, buildSite } from './helpers/build-site.ts';
import { listFiles } from './helpers/scan-output.ts';
import { type ServedSite, serveSite } from './helpers/serve-site.ts';

/**
 * A help center written in German (`site.language: de`), built once: the pages say so,
 * Pagefind indexes them as German, the interface speaks German, and search works in a
 * real browser with German words typed the way customers type them.
 */
describe('a help center in German', () => {
	const work = 'tests/.output/site-language';
	const outDir = `${work}/dist`;
	const contentDir = 'tests/fixtures/site-language/de';
	let build: BuildResult;
	let site: ServedSite | undefined;
	let browser: Browser | undefined;
	const page = (sitePath: string) => readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8');

	beforeAll(async () => {
		rmSync(work, { recursive: true, force: true });
		build = await buildSite({ contentDir, outDir, audience: 'public' });
	});

	afterAll(async () => {
		await browser?.close();
		site?.stop();
	});

	test('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('every page is German, and so is the search index', () => {
		const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(5);
		for (const file of pages) {
			const html = readFileSync(path.join(outDir, file), 'utf8');
			// A redirect page has no <html>; every other page says its language.
			if (html.includes('<html')) expect(html, file).toContain('<html lang="de"');
		}
		const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages)).toEqual(['de']);
		expect(entry.languages.de.page_count).toBe(3);
		const vocabulary = JSON.parse(readFileSync(path.join(outDir, 'search/vocabulary.json'), 'utf8'));
		expect(vocabulary.language.tag).toBe('de');
		expect(vocabulary.language.stopWords.split(' ')).toContain('und');
		// The no-results state names areas by their words, German filler left out.
		const suggestions = JSON.parse(readFileSync(path.join(outDir, 'search/suggestions.json'), 'utf8'));
		const billing = suggestions.areas.find((area: { id: string }) => area.id === 'billing');
		expect(billing.words).toContain('rechnungen');
		expect(billing.words).not.toContain('und');
		const feed = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
		expect(feed).toContain('<language>de</language>');
		expect(feed).toContain('<title>Hilfe-Center der Fixture GmbH: kürzlich aktualisiert</title>');
	});

	test("the interface speaks German, in the team's own words where it set them, with German dates", () => {
		const home = page('');
		expect(home).toContain('Wie können wir helfen?');
		expect(home).toContain('placeholder="Hilfe durchsuchen"');
		expect(home).toContain('Alle 2 Artikel ansehen');
		const article = page('articles/rechnungen-herunterladen');
		expect(article).toContain('Aktualisiert am <time datetime="2026-12-03">3. Dezember 2026</time>');
		expect(article).toContain('War dieser Artikel hilfreich?');
		expect(article).toContain('Auf dieser Seite');
		// What the inline scripts say later rides on their elements, in German too.
		expect(article).toContain('data-thanks="Danke für Ihre Rückmeldung."');
		expect(article).toContain('data-to-light="Zum hellen Design wechseln"');
		expect(article).toContain('data-copied="Kopiert"');
		expect(article).not.toMatch(/>\s*(Updated|Contact support|Was this helpful\?)/);
		expect(readFileSync(path.join(outDir, '404.html'), 'utf8')).toContain('Diese Seite konnten wir nicht finden');
	});

	test('search in the browser finds German words typed without their umlauts, and says so in German', async () => {
		site = await serveSite({ contentDir, outDir, audience: 'public' });
		browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
		const tab = await browser.newPage();
		await tab.goto(`${site.origin}/search/?q=${encodeURIComponent('Wie kann ich mein Passwort zurucksetzen')}`);
		const results = tab.getByRole('list', { name: 'Suchergebnisse' });
		await expect
			.poll(() => results.getByRole('link').first().textContent(), { timeout: 20_000 })
			.toBe('Passwort zurücksetzen');
		expect(await tab.locator('.search-correction').textContent()).toBe(
			'Ergebnisse für Wie kann ich mein Passwort zurücksetzen. Stattdessen suchen nach Wie kann ich mein Passwort zurucksetzen.',
		);
		expect(await tab.locator('[data-search-summary]').textContent()).toMatch(/^1 Ergebnis für „/);
		// German stemming: the singular finds the article that says "Rechnungen".
		await tab.getByRole('searchbox').fill('rechnung');
		await expect
			.poll(() => results.getByRole('link').first().textContent(), { timeout: 10_000 })
			.toBe('Rechnungen herunterladen');
	});
});

describe('site.language that is no language', () => {
	test('stops the build with one line naming the file, field, expected and received, exit code 2', async () => {
		const build = await buildSite({
			contentDir: 'tests/fixtures/content-model/bad-language',
			outDir: 'tests/.output/site-language-bad/dist',
			audience: 'public',
		});
		expect(build.status).toBe(2);
		expect(build.output).toContain(
			'bad-language/tryblock.yaml:5: site.language: expected a BCP 47 language tag, such as "de", "fr" or "pt-BR", received "deutsch"',
		);
		expect(build.output).not.toMatch(/\n\s+at /);
	});
});
