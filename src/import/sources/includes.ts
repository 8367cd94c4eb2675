import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConversionNote } from '../convert/types.ts';

/** MkDocs' includes: pymdownx.snippets' `--8<-- "file.md"` and markdown-include's `{!file.md!}`. */
const SNIPPET = /^([ \t]*)-{1,}8<-{1,}[ \t]+(["'])(.+?)\2[ \t]*$/;
const INCLUDE = /^([ \t]*)\{!\s*(.+?)\s*!\}[ \t]*$/;
const DEPTH = 4;

/**
 * A page with the files it includes written in, as MkDocs builds it: each is looked
 * for beside the page, in the docs folder and in the project folder above it (where
 * `mkdocs.yml` sits). One that is not found stays as it was written, for the
 * converter to show as an import note.
 */
export function expandIncludes(
	body: string,
	options: { file: string; roots: readonly string[] },
	notes: ConversionNote[],
	depth = 0,
): string {
	if (!body.includes('8<-') && !body.includes('{!')) return body;
	let fence = false;
	return body
		.split('\n')
		.map((line) => {
			if (/^\s*(```|~~~)/.test(line)) fence = !fence;
			const match = fence ? undefined : (SNIPPET.exec(line) ?? INCLUDE.exec(line));
			if (!match) return line;
			const indent = match[1] ?? '';
			const name = (match.length === 4 ? match[3] : match[2]) ?? '';
			// `file.md:2:8` and `file.md:section` name part of a file: the whole file stands in for it.
			const candidates = [name, name.replace(/:[^/\\]*$/, '')].flatMap((wanted) =>
				[path.dirname(options.file), ...options.roots].map((root) => path.resolve(root, wanted)),
			);
			// Only files of the docs project come in, never one elsewhere on this machine.
			const inside = (candidate: string) =>
				options.roots.some((root) => !path.relative(root, candidate).startsWith('..'));
			const found = candidates.find(
				(candidate) => inside(candidate) && existsSync(candidate) && statSync(candidate).isFile(),
			);
			if (!found || depth >= DEPTH) return line;
			notes.push({ level: 'info', message: `the included file ${name} was written in` });
			const included = expandIncludes(readFileSync(found, 'utf8'), { ...options, file: found }, notes, depth + 1);
			return included
				.replace(/\n+$/, '')
				.split('\n')
				.map((text) => (text === '' ? '' : indent + text))
				.join('\n');
		})
		.join('\n');
}
