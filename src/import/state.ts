import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../content-model/cache-files.ts';
import { ContentError } from '../content-model/errors.ts';
import { displayPath } from '../content-model/paths.ts';

/** Where the import remembers what it last wrote, beside the content it wrote (commit it with the articles). */
export const STATE_FILE = path.join('.import', 'state.json');

/** The frontmatter fields an import sets; a person owns every other field. */
export const importedFields = [
	'title',
	'description',
	'category',
	'productArea',
	'updated',
	'tags',
	'audience',
	'draft',
] as const;
export type ImportedField = (typeof importedFields)[number];

const recordSchema = z.object({
	/** The article file, relative to the content folder. */
	file: z.string(),
	/** The values of the imported fields as the import last wrote them. */
	fields: z.record(z.string(), z.unknown()),
	/** A digest of the body as the import last wrote it. */
	body: z.string(),
	/** The aliases it last wrote from the old site's navigation labels; a person owns any other. */
	aliases: z.array(z.string()).optional(),
});
export type ImportRecord = z.output<typeof recordSchema>;

const stateSchema = z.object({ version: z.literal(1), articles: z.record(z.string(), recordSchema) });

/** A digest of a body that ignores line endings and the blank lines around it, which editors and git change. */
export function bodyDigest(body: string): string {
	return createHash('sha256').update(body.replace(/\r\n/g, '\n').trim()).digest('base64url');
}

export interface ImportState {
	get: (source: string) => ImportRecord | undefined;
	set: (source: string, record: ImportRecord) => void;
	/** Forgets an article's record, kept under a `source` the article no longer has. */
	remove: (source: string) => void;
	save: () => void;
}

/** Reads `content/.import/state.json`; a missing file is an empty state, a broken one is an error. */
export function openImportState(contentDir: string): ImportState {
	const file = path.join(contentDir, STATE_FILE);
	let articles: Record<string, ImportRecord> = {};
	if (existsSync(file)) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(readFileSync(file, 'utf8'));
		} catch (error) {
			throw new ContentError([{ file: displayPath(file), message: `invalid JSON: ${(error as Error).message}` }]);
		}
		const result = stateSchema.safeParse(parsed);
		if (!result.success) {
			throw new ContentError([
				{
					file: displayPath(file),
					message: 'not an import state file',
					hint: 'restore it from git; without it, the next import treats every imported article as edited here',
				},
			]);
		}
		articles = result.data.articles;
	}
	let changed = false;
	return {
		get: (source) => articles[source],
		set: (source, record) => {
			articles[source] = record;
			changed = true;
		},
		remove: (source) => {
			if (!(source in articles)) return;
			delete articles[source];
			changed = true;
		},
		save: () => {
			if (!changed) return;
			const sorted = Object.fromEntries(Object.entries(articles).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
			writeFileAtomic(file, `${JSON.stringify({ version: 1, articles: sorted }, null, '\t')}\n`);
		},
	};
}
