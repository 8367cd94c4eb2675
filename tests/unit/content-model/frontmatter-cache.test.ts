import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content-model/content.ts';
import { formatProblem } from '../../../src/content-model/errors.ts';

const fixture = (name: string) => path.resolve('tests/fixtures/content-model', name);
const cacheDir = 'tests/.output/frontmatter-cache';
const site = 'tests/.output/frontmatter-cache-site';
const cacheFile = path.join(cacheDir, 'frontmatter.json');

function readCache(): { version: string; entries: Record<string, Record<string, unknown>> } {
	return JSON.parse(readFileSync(cacheFile, 'utf8'));
}

/** What a build sees of the content: every entry's data and every problem as printed. */
function summary(contentDir: string, options: { cacheDir?: string } = {}) {
	const content = loadContent(contentDir, options);
	return {
		entries: [...content.articles, ...content.runbooks].map((entry) => ({
			slug: entry.slug,
			data: entry.data,
			body: entry.body,
			bodyLine: entry.bodyLine,
		})),
		problems: content.problems.map(formatProblem),
	};
}

beforeEach(() => {
	rmSync(cacheDir, { recursive: true, force: true });
	rmSync(site, { recursive: true, force: true });
	cpSync(fixture('valid'), site, { recursive: true });
});

describe('frontmatter kept between builds', () => {
	test.each(['valid', 'invalid'])('a build from the cache sees the %s fixture as a fresh read does', (name) => {
		const fresh = summary(fixture(name));
		expect(summary(fixture(name), { cacheDir })).toEqual(fresh);
		// The second read takes unchanged files from the cache, and still points
		// problems at the right lines.
		expect(summary(fixture(name), { cacheDir })).toEqual(fresh);
	});

	test('the second read takes unchanged files from the cache', () => {
		loadContent(site, { cacheDir });
		const cache = readCache();
		for (const data of Object.values(cache.entries)) {
			if (data.title === 'Verify your domain') data.title = 'Read from the cache';
		}
		writeFileSync(cacheFile, JSON.stringify(cache));
		expect(loadContent(site, { cacheDir }).articles.map((article) => article.data.title)).toContain(
			'Read from the cache',
		);
	});

	test('an edited file is parsed again, and its old entry is dropped', () => {
		loadContent(site, { cacheDir });
		const before = Object.keys(readCache().entries);
		const file = path.join(site, 'articles/domains/verify-domain.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('Verify your domain', 'Verify a domain'));
		const titles = loadContent(site, { cacheDir }).articles.map((article) => article.data.title);
		expect(titles).toContain('Verify a domain');
		const after = Object.keys(readCache().entries);
		expect(after).toHaveLength(before.length);
		expect(after.filter((key) => !before.includes(key))).toHaveLength(1);
	});

	test('a broken or foreign cache file is ignored and replaced', () => {
		const fresh = summary(site);
		for (const contents of ['{"version": "', '{"version": "older", "entries": {}}', '[]']) {
			rmSync(cacheDir, { recursive: true, force: true });
			loadContent(site, { cacheDir });
			writeFileSync(cacheFile, contents);
			expect(summary(site, { cacheDir })).toEqual(fresh);
			expect(Object.keys(readCache().entries).length).toBeGreaterThan(0);
		}
	});

	test('values JSON cannot hold are parsed every time, so the message stays the same', () => {
		const file = path.join(site, 'articles/domains/verify-domain.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: .nan'));
		const fresh = summary(site).problems;
		expect(fresh.join('\n')).toMatch(/\*\*title\*\*: expected text, received number NaN/);
		loadContent(site, { cacheDir });
		expect(summary(site, { cacheDir }).problems).toEqual(fresh);
	});
});
