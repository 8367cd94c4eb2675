import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeFields, replaceMarked } from '../../../src/content-model/field-docs.ts';
import { withFrontmatterTables } from '../../../src/content-model/readme-tables.ts';
import { createArticleSchema } from '../../../src/content-model/schemas/article.ts';
import { loadTaxonomy } from '../../../src/content-model/settings.ts';

describe('frontmatter documentation', () => {
	test('the README tables match the schemas (run `npx node scripts/write-readme-tables.ts` after a schema change)', () => {
		const readme = readFileSync('README.md', 'utf8');
		expect(withFrontmatterTables(readme, loadTaxonomy(path.resolve('content')))).toBe(readme);
	});

	test('documents exactly the contract fields of an article, with their defaults', () => {
		const fields = describeFields(createArticleSchema(loadTaxonomy(path.resolve('content'))));
		expect(fields.map((field) => field.name)).toEqual([
			'title',
			'description',
			'category',
			'productArea',
			'updated',
			'tickets',
			'tags',
			'aliases',
			'related',
			'audience',
			'draft',
			'owner',
			// Set by npm run import (issue 13): where an imported article came from.
			'source',
		]);
		expect(fields.filter((field) => field.required).map((field) => field.name)).toEqual([
			'title',
			'description',
			'category',
			'productArea',
			'updated',
		]);
		expect(fields.find((field) => field.name === 'audience')).toMatchObject({
			type: '`public` or `internal`',
			defaultValue: 'public',
		});
		expect(fields.every((field) => field.description.length > 0)).toBe(true);
	});

	test('refuses a document without the markers', () => {
		expect(() => replaceMarked('# Title', 'frontmatter-table', 'x')).toThrowErrorMatchingInlineSnapshot(
			`[Error: The markers <!-- frontmatter-table:start --> and <!-- frontmatter-table:end --> are missing]`,
		);
	});
});
