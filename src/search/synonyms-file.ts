import path from 'node:path';
import { z } from 'astro/zod';
import { findDataFile, readDataFile } from '../content-model/data-file.ts';
import { compileSynonyms, type SynonymRule } from './query/synonyms.ts';

const phrase = z
	.string()
	.trim()
	.min(1)
	.max(60)
	.refine((text) => /[\p{L}\p{N}]/u.test(text), { error: 'words, not only punctuation' });

/**
 * `content/search/synonyms.yaml`: the words customers use, each mapped to the word or
 * words the knowledge base uses for it (`junk: spam`, `throttled: rate limit`,
 * `token: [api key, secret]`). One direction only: a search for the customer's word also
 * finds pages with the knowledge base's words, not the other way round.
 */
export const synonymsFileSchema = z
	.record(phrase, z.union([phrase, z.array(phrase).min(1)]))
	.nullable()
	.transform((entries) => entries ?? {});

export type SynonymsFile = z.output<typeof synonymsFileSchema>;

/** Where the team keeps its synonyms, inside the content folder. */
export const synonymsFileNames = ['search/synonyms.yaml', 'search/synonyms.yml', 'search/synonyms.json'];

/**
 * The team's synonyms as search rules; none when the file does not exist. A bad file
 * is a `ContentError` with the file, line and field.
 */
export function loadSynonyms(contentDir: string): SynonymRule[] {
	const file = findDataFile(contentDir, synonymsFileNames.map((name) => path.normalize(name)));
	if (!file) return [];
	return compileSynonyms(readDataFile(file, synonymsFileSchema));
}
