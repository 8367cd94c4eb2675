import { readFileSync } from 'node:fs';
import { notUtf8 } from '../text/utf8.ts';
import type { EntryFile } from './entry-files.ts';
import type { ContentProblem } from './errors.ts';
import type { parseSource } from './frontmatter.ts';
import { displayPath } from './paths.ts';

/** What every article and runbook has, whatever its schema. */
export interface EntryBase {
	/** File name without extension; unique across articles and runbooks. */
	slug: string;
	/** Path as shown in messages (relative to the working directory). */
	file: string;
	body: string;
	/** Line of the first body line in the file. */
	bodyLine: number;
	lineOf: (path: PropertyKey[]) => number | undefined;
}
export type Validate<Data> = (
	data: unknown,
	file: string,
	lineOf: EntryBase['lineOf'],
) => { data?: Data; problems: ContentProblem[] };

/**
 * One entry file's text, parsed and validated with its schema: the entry, or the
 * problems that keep it out of the build.
 */
export function readEntrySource<Data>(
	source: string,
	file: string,
	parse: typeof parseSource,
	validate: Validate<Data>,
): { entry?: Omit<EntryBase, 'slug'> & { data: Data }; problems: ContentProblem[] } {
	const { parsed, problems } = parse(source, file);
	if (!parsed) return { problems };
	const result = validate(parsed.data, file, parsed.lineOf);
	if (result.data === undefined) return { problems: [...problems, ...result.problems] };
	const entry = { file, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf, data: result.data };
	return { entry, problems: [...problems, ...result.problems] };
}

/** Reads and validates every file of one kind; a file that cannot be used gives its problems and its slug. */
export function readEntries<Data>(files: EntryFile[], parse: typeof parseSource, validate: Validate<Data>) {
	const entries: (EntryBase & { data: Data })[] = [];
	const problems: ContentProblem[] = [];
	const invalidSlugs: string[] = [];
	for (const { file: absolute, slug } of files) {
		const file = displayPath(absolute);
		let bytes: Buffer;
		try {
			bytes = readFileSync(absolute);
		} catch (error) {
			problems.push({ file, message: `cannot be read: ${(error as Error).message}` });
			continue;
		}
		const encoding = notUtf8(bytes);
		if (encoding) {
			problems.push(notUtf8Problem(file, encoding));
			invalidSlugs.push(slug);
			continue;
		}
		const result = readEntrySource(bytes.toString('utf8'), file, parse, validate);
		problems.push(...result.problems);
		if (result.entry) entries.push({ slug, ...result.entry });
		else invalidSlugs.push(slug);
	}
	return { entries, problems, invalidSlugs };
}

/** A page saved in another encoding than UTF-8, at the line of its first such byte. */
export function notUtf8Problem(file: string, encoding: { line: number; reason: string }): ContentProblem {
	return {
		file,
		line: encoding.line,
		message: encoding.reason,
		hint: 'save the file as UTF-8, then check its accented letters and quotes',
	};
}
