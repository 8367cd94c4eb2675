import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SynonymRule } from '../query/synonyms.ts';
import type { VocabularyData } from '../query/vocabulary.ts';
import { readPagefindFragments } from './pagefind-fragments.ts';
import { buildVocabulary } from './vocabulary-builder.ts';

/** What the search pipeline loads beside the Pagefind index: `/search/vocabulary.json`. */
export interface SearchVocabularyFile {
	version: 1;
	vocabulary: VocabularyData;
	synonyms: SynonymRule[];
}

/** Site path of the vocabulary file, and its place in a built site. */
export const vocabularyPath = '/search/vocabulary.json';

export function vocabularyFile(outDir: string): string {
	return path.join(outDir, ...vocabularyPath.split('/').filter(Boolean));
}

/**
 * Writes the vocabulary file from the Pagefind index just written in `outDir`, so it
 * holds the words of the published pages and nothing else. Returns its size in bytes.
 */
export function writeSearchVocabulary(outDir: string, synonyms: SynonymRule[]): number {
	const data: SearchVocabularyFile = {
		version: 1,
		vocabulary: buildVocabulary(readPagefindFragments(path.join(outDir, 'pagefind'))),
		synonyms,
	};
	const file = vocabularyFile(outDir);
	mkdirSync(path.dirname(file), { recursive: true });
	const text = JSON.stringify(data);
	writeFileSync(file, text);
	return Buffer.byteLength(text);
}
