import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { listContentFiles } from '../../../src/authoring/content-files.ts';
import { editorSchemaFiles, languageServerKey, syncLanguageServerManifest } from '../../../src/authoring/editor.ts';
import { frontmatterJsonSchemas } from '../../../src/authoring/json-schema.ts';
import { createArticleSchema } from '../../../src/content-model/schemas/article.ts';
import { runbookSchema } from '../../../src/content-model/schemas/runbook.ts';
import { loadTaxonomy } from '../../../src/content-model/settings.ts';
import { fixture, temporaryDir } from './helpers.ts';

const taxonomy = loadTaxonomy(fixture('site'));

interface GeneratedSchema {
	properties: Record<string, Record<string, unknown>>;
	required: string[];
}

describe('frontmatter JSON Schema', () => {
	const { article, runbook } = frontmatterJsonSchemas(taxonomy) as unknown as Record<
		'article' | 'runbook',
		GeneratedSchema
	>;

	test('offers the taxonomy ids for category and productArea, with their labels', () => {
		expect(article.properties.category?.enum).toEqual([
			'reliability',
			'usability',
			'deliverability',
			'success-outreach',
		]);
		expect(article.properties.productArea?.enum).toEqual(['domains', 'sending', 'webhooks', 'billing']);
		expect(article.properties.category?.enumDescriptions).toContain(
			"Reliability: It errors or doesn't work as expected.",
		);
	});

	test('accepts the dates authors write (2026-05-01) as well as timestamps', () => {
		expect(article.properties.updated?.anyOf).toEqual([
			{ type: 'string', format: 'date' },
			{ type: 'string', format: 'date-time' },
		]);
	});

	test('flags what zod refuses in a text field: a line break or tab in a title, owner or tag, a control character anywhere', () => {
		const values = [
			'Reset your password',
			'Reset\nyour password',
			'Reset\r\nyour password',
			'Reset\tyour password',
			'Reset\u2028your password',
			'Reset\u0085your password',
			'Reset your password\n', // a YAML `|` block ends in a line break: zod trims it
			'  Reset your password ',
			'Esc\u001b[2J here',
			'Sign\u202Ein',
			'Sign\u000Bin',
			'כניסה\u200F לחשבון',
			'Paragraph one.\n\nParagraph two.',
		];
		const articleZod = createArticleSchema(taxonomy).shape;
		const fields: [string, Record<string, unknown> | undefined, z.ZodType][] = [
			['article title', article.properties.title, articleZod.title],
			['article description', article.properties.description, articleZod.description],
			['article owner', article.properties.owner, articleZod.owner],
			['article tag', article.properties.tags?.items as Record<string, unknown>, articleZod.tags.unwrap().element],
			['runbook title', runbook.properties.title, runbookSchema.shape.title],
			['runbook owner', runbook.properties.owner, runbookSchema.shape.owner],
		];
		for (const [name, json, zod] of fields) {
			expect(json?.pattern, name).toEqual(expect.any(String));
			// Editors read a JSON Schema pattern as an ECMAScript regular expression with the u flag.
			const pattern = new RegExp(String(json?.pattern), 'u');
			for (const value of values)
				expect([name, value, pattern.test(value)]).toEqual([name, value, zod.safeParse(value).success]);
		}
		expect(article.properties.title?.patternErrorMessage).toBe(
			'one line of text: no line break, tab or control character',
		);
	});

	test('has exactly the fields of the zod schemas, required where zod requires them, and no others', () => {
		expect(Object.keys(article.properties ?? {})).toEqual(Object.keys(createArticleSchema(taxonomy).shape));
		expect(Object.keys(runbook.properties ?? {})).toEqual(Object.keys(runbookSchema.shape));
		expect(article.required).toEqual(['title', 'description', 'category', 'productArea', 'updated']);
		expect(article).toMatchObject({ additionalProperties: false });
	});

	test('the committed schemas in content/.schema match the demo taxonomy (npm run check regenerates them)', () => {
		const files = editorSchemaFiles('content', loadTaxonomy('content'));
		for (const generated of Object.values(files)) expect(readFileSync(generated.file, 'utf8')).toBe(generated.text);
	});

	test('is written the way Biome formats JSON, so npm run lint accepts it unchanged', () => {
		const { article: file } = editorSchemaFiles(fixture('site'), taxonomy);
		const biome = spawnSync(path.resolve('node_modules/.bin/biome'), ['format', '--stdin-file-path=schema.json'], {
			input: file.text,
			encoding: 'utf8',
		});
		expect(biome.status).toBe(0);
		expect(biome.stdout).toBe(file.text);
	});
});

describe('language server manifest for the Astro extension', () => {
	test('maps every article and runbook, by decoded lowercase file URL, to the generated schemas', () => {
		const root = temporaryDir('editor');
		const schemas = editorSchemaFiles(fixture('site'), taxonomy);
		expect(syncLanguageServerManifest(root, listContentFiles(fixture('site')), schemas)).toBe('written');
		const manifest = JSON.parse(readFileSync(path.join(root, '.astro/collections/collections.json'), 'utf8'));
		expect(manifest.collections).toEqual([
			{ name: 'tryblock-article', hasSchema: true },
			{ name: 'tryblock-runbook', hasSchema: true },
		]);
		const verify = path.resolve(fixture('site/articles/verify-domain.md'));
		expect(manifest.entries[`file://${verify.toLowerCase()}`]).toBe('tryblock-article');
		expect(Object.values(manifest.entries).filter((name) => name === 'tryblock-runbook')).toHaveLength(1);
		expect(readFileSync(path.join(root, '.astro/collections/tryblock-article.schema.json'), 'utf8')).toBe(
			schemas.article.text,
		);
		expect(syncLanguageServerManifest(root, listContentFiles(fixture('site')), schemas)).toBe('unchanged');
	});

	test('keys match the language server lookup even for paths with spaces or capitals', () => {
		expect(languageServerKey('/Users/Ana Lima/help/content/articles/x.mdx')).toBe(
			'file:///users/ana lima/help/content/articles/x.mdx',
		);
	});

	test('leaves the manifest alone when Astro writes it (experimental.contentIntellisense)', () => {
		const root = temporaryDir('editor');
		const manifest = path.join(root, '.astro/collections/collections.json');
		mkdirSync(path.dirname(manifest), { recursive: true });
		writeFileSync(manifest, JSON.stringify({ collections: [{ name: 'articles', hasSchema: true }], entries: {} }));
		expect(syncLanguageServerManifest(root, [], editorSchemaFiles(fixture('site'), taxonomy))).toBe('managed-by-astro');
		expect(JSON.parse(readFileSync(manifest, 'utf8')).collections[0].name).toBe('articles');
	});
});
