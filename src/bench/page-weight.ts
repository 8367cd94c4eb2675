import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What a page's kind of file weighs: as built, and as a server sends it compressed. */
export interface Weight {
	raw: number;
	gzip: number;
	brotli: number;
}

/** What loading one built page transfers: its HTML and every stylesheet and script it loads. */
export interface PageWeight {
	/** The page's path on the site. */
	page: string;
	html: Weight;
	css: Weight;
	js: Weight;
	total: Weight;
	/** The stylesheets and scripts counted, as site paths. */
	assets: string[];
}

/** The budget for an article page, HTML, CSS and JavaScript together, gzip-compressed. */
export const articleBudgetBytes = 60 * 1024;

const zero = (): Weight => ({ raw: 0, gzip: 0, brotli: 0 });

function weigh(bytes: Buffer): Weight {
	return {
		raw: bytes.length,
		gzip: gzipSync(bytes, { level: 9 }).length,
		brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
	};
}

function add(into: Weight, weight: Weight): void {
	into.raw += weight.raw;
	into.gzip += weight.gzip;
	into.brotli += weight.brotli;
}

/** Same-site paths of the stylesheets, scripts and module preloads an HTML page loads. */
function pageAssets(html: string): { css: string[]; js: string[] } {
	const css: string[] = [];
	const js: string[] = [];
	for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
		const href = /\s(?:href|src)="([^"]+)"/i.exec(tag)?.[1];
		if (!href?.startsWith('/') || href.startsWith('//')) continue;
		if (/^<link/i.test(tag) && /\srel="stylesheet"/i.test(tag)) css.push(href);
		else if (/^<script/i.test(tag) || /\srel="modulepreload"/i.test(tag)) js.push(href);
	}
	return { css, js };
}

/** Modules a script imports statically, as site paths (what the browser fetches before it runs). */
function staticImports(source: string, from: string): string[] {
	const specifiers = [
		...source.matchAll(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g),
		...source.matchAll(/\bexport\s*[\w*{}\s,$]*\s*from\s*["']([^"']+)["']/g),
	].map((match) => match[1] as string);
	return specifiers
		.filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/'))
		.map((specifier) => new URL(specifier, `https://site${from}`).pathname);
}

/**
 * Weighs one built page as a browser first loads it: the HTML (inline scripts and
 * styles included), its stylesheets, its scripts and the modules they import, each
 * compressed on its own as a server would send it. Search's index, fetched only
 * when someone types, is not part of it.
 */
export function pageWeight(outDir: string, page: string): PageWeight {
	const file = path.join(outDir, page, page.endsWith('/') ? 'index.html' : '');
	const html = readFileSync(file);
	const weight: PageWeight = { page, html: weigh(html), css: zero(), js: zero(), total: zero(), assets: [] };
	const { css, js } = pageAssets(html.toString('utf8'));
	const seen = new Set<string>();
	const count = (asset: string, kind: 'css' | 'js') => {
		if (seen.has(asset)) return;
		seen.add(asset);
		const assetFile = path.join(outDir, decodeURIComponent(asset));
		if (!existsSync(assetFile)) return;
		const bytes = readFileSync(assetFile);
		add(weight[kind], weigh(bytes));
		weight.assets.push(asset);
		if (kind === 'js') for (const imported of staticImports(bytes.toString('utf8'), asset)) count(imported, 'js');
	};
	for (const asset of css) count(asset, 'css');
	for (const asset of js) count(asset, 'js');
	for (const part of [weight.html, weight.css, weight.js]) add(weight.total, part);
	return weight;
}

/** The article page with the most HTML: the demo's longest article. */
export function longestArticle(outDir: string): string {
	const articles = path.join(outDir, 'articles');
	const pages = readdirSync(articles, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(path.join(articles, entry.name, 'index.html')))
		.map((entry) => ({
			page: `/articles/${entry.name}/`,
			size: statSync(path.join(articles, entry.name, 'index.html')).size,
		}))
		.sort((a, b) => b.size - a.size || a.page.localeCompare(b.page));
	const longest = pages[0];
	if (!longest) throw new Error(`${outDir} has no article pages`);
	return longest.page;
}
