import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeFenceTracker } from '../convert/source-blocks.ts';
import type { ConversionNote } from '../convert/types.ts';

/**
 * MyST's substitutions (`{{ python_min }}`), which Sphinx fills in when it builds the
 * site: from the page's frontmatter `substitutions:`, else from `myst_substitutions`
 * in the site's `conf.py`. The configuration is Python: only the values written as
 * plain strings there are read, and a name whose value the build computed (a version
 * read from the package) stays as written and is listed for review.
 */

const REFERENCE = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g;

/** The plain string values of `myst_substitutions = { … }` in the Sphinx `conf.py` beside the folder, or above it. */
export function confSubstitutions(dir: string): Map<string, string> | undefined {
	const config = [path.join(dir, 'conf.py'), path.join(dir, '..', 'conf.py')].find((file) => existsSync(file));
	if (!config) return undefined;
	const code = readFileSync(config, 'utf8');
	const start = /^myst_substitutions\s*=\s*\{/m.exec(code);
	if (!start) return undefined;
	const values = new Map<string, string>();
	const names = new Set<string>();
	for (const line of code.slice(start.index + start[0].length).split('\n')) {
		if (/^\}/.test(line)) break;
		const entry = /^\s*(["'])([\w.]+)\1\s*:\s*(.*?)\s*,?\s*(?:#.*)?$/.exec(line);
		if (!entry?.[2]) continue;
		names.add(entry[2]);
		const literal = /^(["'])((?:(?!\1)[^\\]|\\.)*)\1$/.exec(entry[3] ?? '');
		if (literal) values.set(entry[2], (literal[2] ?? '').replace(/\\(.)/g, '$1'));
	}
	return names.size > 0 ? values : undefined;
}

/**
 * The page with its substitutions filled in (see the module's comment), outside code;
 * `site` is the configuration's, undefined when the site defines none.
 */
export function withMystSubstitutions(
	text: string,
	data: Record<string, unknown>,
	site: Map<string, string> | undefined,
	notes: ConversionNote[],
): string {
	const own = data.substitutions;
	const page =
		own && typeof own === 'object' && !Array.isArray(own)
			? new Map(
					Object.entries(own as Record<string, unknown>).filter(
						(entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
					),
				)
			: undefined;
	if ((!site && !page) || !text.includes('{{')) return text;
	const unknown = new Set<string>();
	const inCode = codeFenceTracker();
	const filled = text
		.split('\n')
		.map((line) => {
			if (inCode(line)) return line;
			// Inline code keeps its braces: only the words around it are filled in.
			return line
				.split(/(`+[^`]*`+)/)
				.map((part, index) =>
					index % 2 === 1
						? part
						: part.replace(REFERENCE, (written, name: string) => {
								const value = page?.get(name) ?? site?.get(name);
								if (value === undefined) unknown.add(name);
								return value === undefined ? written : String(value);
							}),
				)
				.join('');
		})
		.join('\n');
	for (const name of unknown)
		notes.push({
			level: 'review',
			message: `the substitution {{ ${name} }} was filled in when the old site was built (conf.py computes it); write its value`,
		});
	return filled;
}
