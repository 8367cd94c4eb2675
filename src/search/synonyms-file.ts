import path from 'node:path';
import { z } from 'astro/zod';
import { findDataFile, readDataFile } from '../content-model/data-file.ts';
import { contentLayout } from '../content-model/paths.ts';
import type { QueryLanguage } from './query/language.ts';
import { compileSynonyms, type SynonymRule } from './query/synonyms.ts';

const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);
const phrase = z.string().trim().min(1).max(60).refine(hasWords, { error: 'words, not only punctuation' });

/**
 * `content/search/synonyms.yaml`: the words customers use, each mapped to the word or
 * words the knowledge base uses for it (`junk: spam`, `throttled: rate limit`,
 * `token: [api key, secret]`). One direction only: a search for the customer's word also
 * finds pages with the knowledge base's words, not the other way round.
 */
export const synonymsFileSchema = z
	.record(
		z.string(),
		z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(phrase).min(1)),
	)
	.superRefine((entries, context) => {
		for (const key of Object.keys(entries)) {
			if (!hasWords(key)) context.addIssue({ code: 'custom', path: [key], message: 'a word or phrase customers type' });
		}
	})
	.nullable()
	.transform((entries) => entries ?? {});

export type SynonymsFile = z.output<typeof synonymsFileSchema>;

/**
 * The team's synonyms as search rules; none when the file does not exist. A bad file
 * is a `ContentError` with the file, line and field.
 */
export function loadSynonyms(contentDir: string, language?: QueryLanguage): SynonymRule[] {
	const file = findDataFile(
		contentDir,
		contentLayout.synonyms.map((name) => path.normalize(name)),
	);
	if (!file) return [];
	return compileSynonyms(readDataFile(file, synonymsFileSchema), language);
}
