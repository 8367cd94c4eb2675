import { defineCollection } from 'astro:content';
import { publishedEntriesLoaders } from './content-model/loader.ts';
import { resolveContentDir } from './content-model/paths.ts';
import { createArticleSchema } from './content-model/schemas/article.ts';
import { runbookSchema } from './content-model/schemas/runbook.ts';
import { loadTaxonomy } from './content-model/settings.ts';
import { resolveAudience } from './content-model/visibility.ts';

const contentDir = resolveContentDir();
const audience = resolveAudience();
const taxonomy = loadTaxonomy(contentDir);
const loaders = publishedEntriesLoaders({ contentDir, audience });

// Each collection holds only what this build publishes: the public build never
// loads a runbook, an internal article or a draft (see the loader).
const articles = defineCollection({
	loader: loaders.article,
	schema: createArticleSchema(taxonomy),
});

const runbooks = defineCollection({
	loader: loaders.runbook,
	schema: runbookSchema,
});

export const collections = { articles, runbooks };
