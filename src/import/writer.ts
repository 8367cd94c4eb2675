import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { renderFrontmatter } from '../authoring/templates.ts';
import { writeFileAtomic } from '../content-model/cache-files.ts';
import { formatProblemPlain, parseWithProblems } from '../content-model/errors.ts';
import { parseSource, splitSource } from '../content-model/frontmatter.ts';
import { displayPath } from '../content-model/paths.ts';
import type { ArticleSchema } from '../content-model/schemas/article.ts';
import { mergeAliases } from './merge-aliases.ts';
import { bodyDigest, type ImportedField, type ImportState, importedFields } from './state.ts';

/** An article as the import would write it. */
export interface IncomingArticle {
	/** `zendesk:360001234`. */
	source: string;
	slug: string;
	/** Absolute path of the file: where it is, or where a new one goes. */
	file: string;
	/** Whether a file with this `source` is already there. */
	exists: boolean;
	/**
	 * The `source` that file has, when an earlier import spelt it another way
	 * (`folder:docs/tour/budget` for `folder:tour/budget`): its record in the import state is
	 * read under it, and the file and the record take `source` from now on.
	 */
	formerSource?: string;
	fields: Record<ImportedField, unknown>;
	/** Aliases the import gives it (its old navigation label), merged alias by alias with a person's (`mergeAliases`). */
	aliases?: string[];
	body: string;
}

export type WriteOutcome =
	/** `text`: the file as written (or as a dry run would write it); `aliasesAdded`: the import's aliases it now holds anew. */
	| { action: 'created' | 'updated' | 'unchanged'; review: string[]; text: string; aliasesAdded: string[] }
	| { action: 'skipped'; reason: string };

export interface WriteOptions {
	contentDir: string;
	schema: ArticleSchema;
	state: ImportState;
	dryRun: boolean;
	/** Where the source's version of an article edited here is saved for a person to merge. */
	incomingDir: string;
}

function compose(yaml: string, body: string): string {
	return `---\n${yaml.endsWith('\n') ? yaml : `${yaml}\n`}---\n${body.startsWith('\n') ? body : `\n${body}`}`;
}

function validate(text: string, file: string, schema: ArticleSchema): string | undefined {
	const shown = displayPath(file);
	const { parsed, problems } = parseSource(text, shown);
	if (!parsed) return problems.map(formatProblemPlain).join('; ');
	const result = parseWithProblems(schema, parsed.data, { file: shown, lineOf: parsed.lineOf });
	return result.problems.length > 0 ? result.problems.map(formatProblemPlain).join('; ') : undefined;
}

/** A field's value as frontmatter holds it, with "absent" and the default meaning the same. */
function normal(field: ImportedField, value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (field === 'audience' && (value === undefined || value === 'public')) return undefined;
	if (field === 'draft' && (value === undefined || value === false)) return undefined;
	if (field === 'tags' && value === undefined) return [];
	return value;
}

function relativeToContent(contentDir: string, file: string): string {
	return path.relative(contentDir, file).split(path.sep).join('/');
}

function createArticle(article: IncomingArticle, options: WriteOptions): WriteOutcome {
	const aliases = article.aliases ?? [];
	const values = { ...article.fields, ...(aliases.length > 0 ? { aliases } : {}), source: article.source };
	// The values go through the schema the build uses; YAML written from them reads back the same.
	const parsed = parseWithProblems(options.schema, values, { file: displayPath(article.file) });
	const invalid = parsed.problems.length > 0 ? parsed.problems.map(formatProblemPlain).join('; ') : undefined;
	const text = compose(renderFrontmatter(options.schema, values), `\n${article.body}`);
	if (invalid) return { action: 'skipped', reason: `the article would not pass the schema: ${invalid}` };
	if (!options.dryRun) {
		mkdirSync(path.dirname(article.file), { recursive: true });
		try {
			writeFileSync(article.file, text, { flag: 'wx' });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			return {
				action: 'skipped',
				reason: `${displayPath(article.file)} appeared while importing; it was left as it is`,
			};
		}
		options.state.set(article.source, {
			file: relativeToContent(options.contentDir, article.file),
			fields: Object.fromEntries(importedFields.map((field) => [field, normal(field, article.fields[field])])),
			body: bodyDigest(article.body),
			...(aliases.length > 0 ? { aliases } : {}),
		});
	}
	return { action: 'created', review: [], text, aliasesAdded: aliases };
}

/**
 * Updates an article an earlier import wrote, field by field against what that
 * import wrote (`content/.import/state.json`): a field or body the source changed
 * and nobody changed here takes the source's new value; anything changed here stays
 * as it is. When both sides changed the body, this file keeps the local text and the
 * source's version is saved beside the import state for a person to merge.
 */
function updateArticle(article: IncomingArticle, options: WriteOptions): WriteOutcome {
	const current = readFileSync(article.file, 'utf8');
	const shown = displayPath(article.file);
	const { split } = splitSource(current, shown);
	if (!split) return { action: 'skipped', reason: `${shown} has no frontmatter the import can read` };
	const document = parseDocument(split.yamlText);
	if (document.errors.length > 0) return { action: 'skipped', reason: `${shown} has invalid YAML in its frontmatter` };
	const data = (document.toJS() ?? {}) as Record<string, unknown>;
	const record =
		options.state.get(article.source) ??
		(article.formerSource === undefined ? undefined : options.state.get(article.formerSource));
	const review: string[] = [];
	const conflicts: string[] = [];
	// The import's own field: named as the page is named now, so the next import finds it without the old spelling.
	let edited = article.formerSource !== undefined && data.source === article.formerSource;
	if (edited) document.set('source', article.source);
	for (const field of importedFields) {
		const mine = normal(field, data[field]);
		const theirs = normal(field, article.fields[field]);
		const base = record?.fields[field];
		if (isDeepStrictEqual(mine, theirs)) continue;
		let next = mine;
		if (record && isDeepStrictEqual(mine, base)) next = theirs;
		else if (record && isDeepStrictEqual(theirs, base)) next = mine;
		else {
			// Restricted in the source stays restricted here, whatever else changed.
			if (field === 'audience' && theirs === 'internal') next = 'internal';
			conflicts.push(field);
		}
		if (isDeepStrictEqual(next, mine)) continue;
		edited = true;
		if (next === undefined) document.delete(field);
		else document.set(field, next);
	}
	// A person's aliases stay; the import's own follow the source (none added to a file it has no record of).
	const aliases = article.aliases ?? [];
	const written = data.aliases ?? [];
	const mine =
		Array.isArray(written) && written.every((alias) => typeof alias === 'string') ? (written as string[]) : undefined;
	// A list the schema would refuse is the person's to fix: left as it is.
	const merged = record && mine ? mergeAliases(mine, record.aliases ?? [], aliases) : undefined;
	if (merged) {
		edited = true;
		document.set('aliases', merged);
	}
	const aliasesAdded = (merged ?? []).filter((alias) => !(mine ?? []).includes(alias));
	const incomingDigest = bodyDigest(article.body);
	const currentDigest = bodyDigest(split.body);
	let body = split.body;
	let bodyConflict = false;
	if (currentDigest !== incomingDigest) {
		if (record && currentDigest === record.body) body = `\n${article.body}`;
		else if (!(record && incomingDigest === record.body)) bodyConflict = true;
	}
	// Untouched frontmatter stays byte for byte as it was.
	const yaml = edited ? document.toString({ lineWidth: 0, flowCollectionPadding: false }) : split.yamlText;
	const text = compose(yaml, body);
	if (!record) {
		review.push(
			'no record of an earlier import (it was not written by npm run import, or content/.import/state.json lost it): kept as it is',
		);
	} else if (conflicts.length > 0) {
		review.push(`changed both here and in the source, kept as here: ${conflicts.join(', ')}`);
	}
	if (bodyConflict || (!record && currentDigest !== incomingDigest)) {
		const copy = path.join(options.incomingDir, `${article.slug}${path.extname(article.file)}`);
		if (!options.dryRun) {
			const incomingText = compose(yaml, `\n${article.body}`);
			writeFileAtomic(copy, incomingText);
		}
		if (record)
			review.push(
				`the body was edited here and changed in the source: kept yours; the source's version is in ${displayPath(copy)}`,
			);
		else review.push(`the source's version is in ${displayPath(copy)}`);
	}
	const invalid = validate(text, article.file, options.schema);
	if (invalid)
		return {
			action: 'skipped',
			reason: `the update would not pass the schema, so ${shown} was left as it is: ${invalid}`,
		};
	const changed = text !== current;
	if (!options.dryRun) {
		if (changed) writeFileAtomic(article.file, text);
		if (article.formerSource !== undefined) options.state.remove(article.formerSource);
		options.state.set(article.source, {
			file: relativeToContent(options.contentDir, article.file),
			fields: Object.fromEntries(importedFields.map((field) => [field, normal(field, article.fields[field])])),
			body: incomingDigest,
			...(aliases.length > 0 ? { aliases } : {}),
		});
	}
	return { action: changed ? 'updated' : 'unchanged', review, text, aliasesAdded };
}

/** Writes a new article (never over an existing file) or updates the one an earlier import of the same source wrote. */
export function writeArticle(article: IncomingArticle, options: WriteOptions): WriteOutcome {
	return article.exists ? updateArticle(article, options) : createArticle(article, options);
}
