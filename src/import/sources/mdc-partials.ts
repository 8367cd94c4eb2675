import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeFenceTracker } from '../convert/source-blocks.ts';
import type { ConversionNote } from '../convert/types.ts';
import type { PartialFile } from './types.ts';

/**
 * A Nuxt Content site's partials shown with `:partial{content="config-env-vars"}` (as
 * Directus' docs do: their `Partial` component renders `content/_partials/<name>.md`
 * where it stands), read so the converter writes each in in its place. They are keyed
 * `Partial:<name>`, as the converter looks them up; one that is not in `_partials/` is
 * said in a note and stays an import note.
 */

/** `:partial{content="name"}`, its other props in any order. */
const PARTIAL = /(?:^|[\s(]):partial\{[^}\n]*?\bcontent=(?:"([^"\n]+)"|'([^'\n]+)')[^}\n]*\}/g;
const DEPTH = 4;

export function mdcPartials(
	text: string,
	contentDir: string,
	body: (text: string) => string,
	notes: ConversionNote[],
	found: Record<string, PartialFile> = {},
	depth = 0,
): Record<string, PartialFile> {
	if (depth >= DEPTH) return found;
	const folder = path.join(contentDir, '_partials');
	const inCode = codeFenceTracker();
	for (const line of text.split('\n')) {
		if (inCode(line)) continue;
		for (const match of line.matchAll(PARTIAL)) {
			const name = (match[1] ?? match[2] ?? '').trim();
			const key = `Partial:${name}`;
			if (name === '' || found[key]) continue;
			const file = path.resolve(folder, `${name}.md`);
			// A name that climbs out of `_partials/` names nothing the site showed.
			if (!file.startsWith(`${folder}${path.sep}`) || !existsSync(file)) {
				notes.push({
					level: 'review',
					message: `the partial _partials/${name}.md is not in the site's content folder, so :partial{content="${name}"} could not be written in`,
				});
				continue;
			}
			const partial = body(readFileSync(file, 'utf8'));
			found[key] = { text: partial, base: pathToFileURL(file).href };
			mdcPartials(partial, contentDir, body, notes, found, depth + 1);
		}
	}
	return found;
}
