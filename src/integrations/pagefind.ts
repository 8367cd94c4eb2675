import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveContentDir } from '../content-model/paths.ts';
import { englishRelatedTable } from '../search/build/english-related.ts';
import { fillInsightsTicketEval } from '../search/build/insights-ticket-eval.ts';
import { queryLanguageData } from '../search/build/language-stop-words.ts';
import { writeSearchVocabulary } from '../search/build/search-files.ts';
import { queryLanguage } from '../search/query/language.ts';
import type { SynonymRule } from '../search/query/synonyms.ts';
import { loadSynonyms } from '../search/synonyms-file.ts';
import { indexedPagesGlob } from '../site/urls.ts';

function indexedPageCount(entryFile: string): number {
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Builds the Pagefind index with its Node API after Astro writes the site. Pagefind
 * skips pages it cannot parse and only logs it, so the build fails unless every
 * published article made it into the index. Then writes the search pipeline's
 * vocabulary from the index it just wrote, with the team's synonyms and the words
 * WordNet relates to it.
 */
export function pagefindIndex(options: {
	expectedPages: () => number | undefined;
	/** The site's language (`site.language`): Pagefind takes it from the pages' `lang`, search from here. */
	language: string;
}): AstroIntegration {
	let synonyms: SynonymRule[] = [];
	const language = queryLanguageData(options.language);
	return {
		name: 'tryblock:pagefind',
		hooks: {
			// A bad synonyms file fails the build before any page is rendered.
			'astro:config:setup': () => {
				synonyms = loadSynonyms(resolveContentDir(), queryLanguage(language));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { createIndex, close } = await import('pagefind');
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: outDir, glob: indexedPagesGlob });
					if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
					if (written.errors.length > 0)
						throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
					// `addDirectory` counts every HTML file it read; the entry file counts the
					// pages that made it into the index (those with data-pagefind-body), so an
					// article page the glob missed or Pagefind skipped fails here.
					const indexed = indexedPageCount(path.join(outDir, 'pagefind', 'pagefind-entry.json'));
					const expected = options.expectedPages();
					if (expected !== undefined && indexed !== expected) {
						throw new Error(
							`Pagefind indexed ${indexed} pages, but ${expected} are published. A page without data-pagefind-body, or one Pagefind could not parse, is missing from search.`,
						);
					}
					logger.info(`Indexed ${indexed} pages for search.`);
					// WordNet is English: an index in another language gets its stop words instead.
					const bytes = language
						? writeSearchVocabulary(outDir, synonyms, {}, language)
						: writeSearchVocabulary(outDir, synonyms, englishRelatedTable());
					logger.info(
						`Wrote the search vocabulary (${Math.round(bytes.vocabulary / 1024)} KB) and related words (${Math.round(bytes.related / 1024)} KB).`,
					);
					const ticketEval = await fillInsightsTicketEval(outDir, resolveContentDir());
					if (ticketEval) logger.info(ticketEval);
				} finally {
					await close();
				}
			},
		},
	};
}
