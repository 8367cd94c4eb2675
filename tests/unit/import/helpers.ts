import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../../src/authoring/check-command.ts';
import { loadContent } from '../../../src/content-model/content.ts';
import { runImportCommand } from '../../../src/import/command.ts';
import { convertArticle } from '../../../src/import/convert/article.ts';
import { stringifyBody } from '../../../src/import/convert/body.ts';
import type { ConversionNote, LinkOutcome, OutputFormat } from '../../../src/import/convert/types.ts';
import type { SourceArticle } from '../../../src/import/sources/types.ts';
import { runCommand, temporaryDir } from '../authoring/helpers.ts';

export const importFixture = (name: string) => path.resolve('tests/fixtures/import', name);

/** The body of an imported article, without its frontmatter. */
export function articleBody(contentDir: string, slug: string): string {
	const text = readFileSync(path.join(contentDir, 'articles', `${slug}.mdx`), 'utf8');
	return text.slice(text.indexOf('\n---\n') + 5).replace(/^\n/, '');
}

/** The old addresses `content/redirects.yaml` leads to a page (`folder:setup/pair`), sorted. */
export function oldAddressesOf(contentDir: string, to: string): string[] {
	const redirects = parse(readFileSync(path.join(contentDir, 'redirects.yaml'), 'utf8')).redirects as {
		from: string;
		to: string;
	}[];
	return redirects
		.filter((entry) => entry.to === to)
		.map((entry) => entry.from)
		.sort();
}

/** Each imported article's title, by its source. */
export function titlesBySource(contentDir: string): Record<string, string | undefined> {
	return Object.fromEntries(
		readdirSync(path.join(contentDir, 'articles')).map((file) => {
			const text = readFileSync(path.join(contentDir, 'articles', file), 'utf8');
			return [/\nsource: folder:(.*)\n/.exec(text)?.[1], /\ntitle: (.*)\n/.exec(text)?.[1]];
		}),
	);
}

/** The frontmatter of an imported article, as written, without its fences. */
export function articleFrontmatter(contentDir: string, slug: string): string {
	const text = readFileSync(path.join(contentDir, 'articles', `${slug}.mdx`), 'utf8');
	return text.slice(text.indexOf('---\n') + 4, text.indexOf('\n---\n'));
}

/** The import map most folder tests use: every article on one category and product area. */
export const defaultsMap = 'defaults:\n  category: usability\n  productArea: account\n';

/**
 * A folder fixture imported into an empty site with `defaultsMap`: the result, the
 * articles written (sorted file names) and their text, one after another.
 */
export async function importFolderSite(fixture: string, extra: string[] = []) {
	const site = emptySite(defaultsMap);
	const result = await runImport(site, ['--from', 'folder', importFixture(fixture), ...extra]);
	const dir = path.join(site.contentDir, 'articles');
	const articles = readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.sort();
	const written = articles.map((file) => readFileSync(path.join(dir, file), 'utf8')).join('\n');
	return { site, result, articles, written };
}

/** A content folder with the demo taxonomy and settings and no articles, plus a project root for `.tryblock/`. */
export function emptySite(map?: string): { root: string; contentDir: string } {
	const root = temporaryDir('import');
	const contentDir = path.join(root, 'content');
	mkdirSync(contentDir, { recursive: true });
	for (const name of ['taxonomy.yaml', 'tryblock.yaml'])
		copyFileSync(path.join('content', name), path.join(contentDir, name));
	if (map !== undefined) writeFileSync(path.join(contentDir, 'import-map.yaml'), map);
	return { root, contentDir };
}

export const zendeskMap = `defaults:
  category: usability
  productArea: domains
zendesk:
  sections:
    "360000201": { productArea: domains }
    "360000202": { productArea: domains, category: reliability }
    "360000203": { productArea: account }
`;

export const intercomMap = `defaults:
  category: usability
  productArea: webhooks
intercom:
  collections:
    "7001": { productArea: webhooks }
`;

export function runImport(
	site: { root: string; contentDir: string },
	argv: string[],
	options: { env?: Record<string, string> } = {},
) {
	return runCommand(
		(io) =>
			runImportCommand(argv, {
				contentDir: site.contentDir,
				root: site.root,
				env: options.env ?? {},
				today: new Date('2026-06-01T12:00:00Z'),
				io,
			}),
		{ replace: site.root },
	);
}

/** Errors `npm run check` reports on the folder (warnings, such as review age, are left out). */
export function checkErrors(contentDir: string): string[] {
	const issues = checkContent(loadContent(contentDir), { root: process.cwd(), today: new Date('2026-06-01') });
	return issues.filter((issue) => issue.kind.severity === 'error').map((issue) => `${issue.file}: ${issue.message}`);
}

/** A Zendesk article as a source hands it to the converter, with an HTML body. */
export function htmlArticle(html: string, title = 'Verify your domain'): SourceArticle {
	return {
		id: '1',
		title,
		body: { kind: 'html', html },
		labels: [],
		draft: false,
		oldPaths: [],
		base: 'https://acme.zendesk.com/hc/en-us/articles/1-Verify-your-domain',
		notes: [],
	};
}

/** An HTML body converted as an imported Zendesk article's, links kept as they are unless `link` says otherwise. */
export function convertHtml(
	html: string,
	options: { format?: OutputFormat; link?: (href: string) => LinkOutcome; keepIds?: string[] } = {},
): { markdown: string; notes: ConversionNote[] } {
	const format = options.format ?? 'mdx';
	const result = convertArticle(htmlArticle(html), {
		format,
		link: options.link ?? ((href) => ({ kind: 'kept', href })),
		keepIds: new Set(options.keepIds),
	});
	return { markdown: stringifyBody(result.tree, format), notes: result.notes };
}
