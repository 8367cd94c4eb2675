import { fieldTable, replaceMarked } from './field-docs.ts';
import { createArticleSchema } from './schemas/article.ts';
import { runbookSchema } from './schemas/runbook.ts';
import type { Taxonomy } from './schemas/taxonomy.ts';

/** The README with its frontmatter tables regenerated from the schemas. */
export function withFrontmatterTables(readme: string, taxonomy: Taxonomy): string {
	const articles = replaceMarked(readme, 'frontmatter-table', fieldTable(createArticleSchema(taxonomy)));
	return replaceMarked(articles, 'runbook-table', fieldTable(runbookSchema));
}
