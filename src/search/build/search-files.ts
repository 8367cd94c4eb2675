import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatAcronyms } from '../query/acronyms.ts';
import type { QueryLanguageData } from '../query/language.ts';
import { type RelatedWordsData, relatedShards, relatedWordsPath } from '../query/related.ts';
import type { SynonymRule } from '../query/synonyms.ts';
import type { VocabularyData } from '../query/vocabulary.ts';
import { findAcronyms } from './acronyms.ts';
import { readPagefindFragments } from './pagefind-fragments.ts';
import { buildRelatedWords, type RelatedTable } from './related-words.ts';
import { buildVocabulary } from './vocabulary-builder.ts';

/** What the search pipeline loads beside the Pagefind index: `/search/vocabulary.json`. */
export interface SearchVocabularyFile {
	version: 1;
	vocabulary: VocabularyData;
	synonyms: SynonymRule[];
	/** The index's language and its stop words, when it is not English (absent: English). */
	language?: QueryLanguageData;
}

/**
 * `/search/related/<letter>.json`: the common English words starting with that letter
 * that the help center does not use, with the words it does use that WordNet relates
 * to them. A question holding a word the vocabulary lacks loads the files of its words'
 * first letters, a few kilobytes, not the whole map.
 */
export interface RelatedWordsFile {
	version: 1;
	related: RelatedWordsData;
}

/** Site path of the vocabulary; the files' places in a built site. */
export const vocabularyPath = '/search/vocabulary.json';

const sitePathIn = (outDir: string, sitePath: string) => path.join(outDir, ...sitePath.split('/').filter(Boolean));

export function vocabularyFile(outDir: string): string {
	return sitePathIn(outDir, vocabularyPath);
}

export function relatedWordsFile(outDir: string, shard: string): string {
	return sitePathIn(outDir, relatedWordsPath(shard));
}

/** The related-word map split by the first letter of its keys (keys come sorted). */
export function splitRelatedWords(related: RelatedWordsData): Record<string, RelatedWordsData> {
	const shards = Object.fromEntries(relatedShards.map((shard) => [shard, [] as string[]]));
	for (const entry of related.split(' ')) if (entry) shards[entry.charAt(0)]?.push(entry);
	return Object.fromEntries(Object.entries(shards).map(([shard, entries]) => [shard, entries.join(' ')]));
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
 * is the table of related English words (`englishRelatedTable()`); without one, or
 * with `language` (an index in another language, with its stop words), the
 * related-word map is empty. Returns the size of each file in bytes.
 */
export function writeSearchVocabulary(
	outDir: string,
	synonyms: SynonymRule[],
	english: RelatedTable = {},
	language?: QueryLanguageData,
): { vocabulary: number; related: number } {
	const fragments = readPagefindFragments(path.join(outDir, 'pagefind'));
	const vocabulary = buildVocabulary(fragments);
	// Which words are English comes from the English table: another language's index lists none.
	const acronyms = language ? [] : findAcronyms(fragments, (word) => Object.hasOwn(english, word));
	if (acronyms.length > 0) vocabulary.acronyms = formatAcronyms(acronyms);
	const related = language ? '' : buildRelatedWords(english, new Set(vocabulary.words.split(' ')));
	let relatedBytes = 0;
	for (const [shard, entries] of Object.entries(splitRelatedWords(related))) {
		const file: RelatedWordsFile = { version: 1, related: entries };
		relatedBytes += writeJson(relatedWordsFile(outDir, shard), file);
	}
	return {
		vocabulary: writeJson(vocabularyFile(outDir), {
			version: 1,
			vocabulary,
			synonyms,
			...(language && { language }),
		} satisfies SearchVocabularyFile),
		related: relatedBytes,
	};
}
