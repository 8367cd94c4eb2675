import type { SearchVocabularyFile } from '../build/search-files.ts';
import type { AnalyseOptions } from './analyse.ts';
import { queryLanguage } from './language.ts';
import { RelatedWords, type RelatedWordsData } from './related.ts';
import { Vocabulary } from './vocabulary.ts';

/** What the pipeline knows about a help center's words, from its vocabulary file. */
export type SearchLexicon = Pick<AnalyseOptions, 'vocabulary' | 'synonyms' | 'related'>;

/**
 * Reads the files the build wrote (`/search/vocabulary.json`, and the related-word map
 * when it is at hand) into what the query pipeline uses.
 */
export function searchLexicon(file: SearchVocabularyFile, related?: RelatedWordsData): SearchLexicon {
	return {
		vocabulary: new Vocabulary(
			file.vocabulary,
			file.synonyms.flatMap((rule) => rule.from),
			queryLanguage(file.language),
		),
		synonyms: file.synonyms,
		// WordNet's related words are English: another language's index has none.
		related: related === undefined || file.language ? undefined : new RelatedWords(related),
	};
}
