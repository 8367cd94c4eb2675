import { defineCollection } from 'astro:content';
import path from 'node:path';
import { glob } from 'astro/loaders';
import { contentLayout, resolveContentDir, slugFromFile } from './content-model/paths.ts';
import { createArticleSchema } from './content-model/schemas/article.ts';
import { runbookSchema } from './content-model/schemas/runbook.ts';
import { loadTaxonomy } from './content-model/settings.ts';

const contentDir = resolveContentDir();
const taxonomy = loadTaxonomy(contentDir);
// Slugs are file names, whatever folder an author files an article in.
const generateId = ({ entry }: { entry: string }) => slugFromFile(entry);

const articles = defineCollection({
	loader: glob({ pattern: contentLayout.pattern, base: path.join(contentDir, contentLayout.articles), generateId }),
	schema: createArticleSchema(taxonomy),
});

const runbooks = defineCollection({
	loader: glob({ pattern: contentLayout.pattern, base: path.join(contentDir, contentLayout.runbooks), generateId }),
	schema: runbookSchema,
});

export const collections = { articles, runbooks };
