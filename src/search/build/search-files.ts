import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RelatedWordsData } from '../query/related.ts';
import type { SynonymRule } from '../query/synonyms.ts';
import type { VocabularyData } from '../query/vocabulary.ts';
import { readPagefindFragments } from './pagefind-fragments.ts';
import { buildRelatedWords, type RelatedTable } from './related-words.ts';
import { buildVocabulary } from './vocabulary-builder.ts';

/** What the search pipeline loads beside the Pagefind index: `/search/vocabulary.json`. */
export interface SearchVocabularyFile {
	version: 1;
	vocabulary: VocabularyData;
	synonyms: SynonymRule[];
}

/**
 * `/search/related.json`: common English words the help center does not use, with
 * the words it does use that WordNet relates to them. Loaded only when a question
 * holds a word the vocabulary lacks.
 */
export interface RelatedWordsFile {
	version: 1;
	related: RelatedWordsData;
}

/** Site paths of the files, and their place in a built site. */
export const vocabularyPath = '/search/vocabulary.json';
export const relatedWordsPath = '/search/related.json';

export function vocabularyFile(outDir: string): string {
	return path.join(outDir, ...vocabularyPath.split('/').filter(Boolean));
}

export function relatedWordsFile(outDir: string): string {
	return path.join(outDir, ...relatedWordsPath.split('/').filter(Boolean));
}

function writeJson(file: string, data: unknown): number {
	mkdirSync(path.dirname(file), { recursive: true });
	const text = JSON.stringify(data);
	writeFileSync(file, text);
	return Buffer.byteLength(text);
}

/**
 * Writes the vocabulary and related-word files from the Pagefind index just written in
 * `outDir`, so they hold the words of the published pages and nothing else. `english`
 * is the table of related English words (`englishRelatedTable()`); without one the
 * related-word map is empty. Returns the size of each file in bytes.
 */
export function writeSearchVocabulary(
	outDir: string,
	synonyms: SynonymRule[],
	english: RelatedTable = {},
): { vocabulary: number; related: number } {
	const vocabulary = buildVocabulary(readPagefindFragments(path.join(outDir, 'pagefind')));
	const related = buildRelatedWords(english, new Set(vocabulary.words.split(' ')));
	return {
		vocabulary: writeJson(vocabularyFile(outDir), { version: 1, vocabulary, synonyms } satisfies SearchVocabularyFile),
		related: writeJson(relatedWordsFile(outDir), { version: 1, related } satisfies RelatedWordsFile),
	};
}
