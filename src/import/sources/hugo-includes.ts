import { readFileSync } from 'node:fs';
import path from 'node:path';
import { typedArguments } from '../convert/hugo-templates.ts';
import { codeFenceTracker } from '../convert/source-blocks.ts';
import type { ConversionNote } from '../convert/types.ts';
import { isFileInside } from './file-inside.ts';

/**
 * A Hugo site's shortcodes that write a file of the site into the page: its own
 * (`layouts/shortcodes/snippet.html` calling `readFile (printf "shared/%s.md" (.Get 0))`,
 * used as `{{% snippet "backups" %}}`). Hugo writes the file's Markdown in before it renders the page, so its shortcodes and
 * links are read as the page's own.
 */

/** How a shortcode names its file: the argument it reads and the path it makes of it. */
export interface HugoInclude {
	/** The argument (`0` for the first positional one, else its name). */
	argument: string;
	/** The path made of it from the site's folder, `%s` standing for the argument (`shared/%s.md`). */
	format: string;
}
const DEPTH = 4;

/**
 * The include a site's shortcode template makes: one that calls `readFile` on a path made
 * from one argument (`.Get 0` or `.Get "file"`, through `printf` or as it is). Undefined
 * for any other template.
 */
export function includeOfTemplate(template: string): HugoInclude | undefined {
	if (!/\breadFile\b|\bos\.ReadFile\b/.test(template)) return undefined;
	const argument = /\.Get\s+(?:(\d+)|"([\w-]+)"|`([\w-]+)`)/.exec(template);
	const name = argument?.[1] ?? argument?.[2] ?? argument?.[3];
	if (name === undefined) return undefined;
	const formats = [...template.matchAll(/\bprintf\s+"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] ?? '');
	const format = formats.find((each) => (each.match(/%[sv]/g) ?? []).length === 1) ?? '%s';
	return { argument: name, format: format.replace(/%v/, '%s') };
}

/** The include shortcodes of a site, by name. */
export function hugoIncludes(templates: ReadonlyMap<string, string>): Map<string, HugoInclude> {
	const includes = new Map<string, HugoInclude>();
	for (const [name, template] of templates) {
		const include = includeOfTemplate(template);
		if (include) includes.set(name, include);
	}
	return includes;
}

/** A shortcode alone on its line: `{{% snippet "backups" %}}`, `{{< snippet name="backups" >}}`. */
const ALONE = /^([ \t]*)\{\{([<%])-?\s*([\w/.-]+)((?:(?![<%>]\}\})[^\n])*?)\s*-?[>%]\}\}[ \t]*$/;

/** Whether a page uses any of the include shortcodes. */
export function hasHugoIncludes(text: string, includes: ReadonlyMap<string, HugoInclude>): boolean {
	if (!text.includes('{{')) return false;
	return [...includes.keys()].some((name) => text.includes(name));
}

/**
 * A page with the files its include shortcodes name written in where they stand, each
 * line indented as the shortcode was (as Hugo does, up to four deep). A shortcode whose
 * file is not in the site stays as it was written, for the converter to show as an import note.
 */
export function expandHugoIncludes(
	text: string,
	options: { file: string; root: string; includes: ReadonlyMap<string, HugoInclude> },
	notes: ConversionNote[],
	depth = 0,
): string {
	if (depth >= DEPTH || !hasHugoIncludes(text, options.includes)) return text;
	const inCode = codeFenceTracker();
	return text
		.split('\n')
		.map((line) => {
			if (inCode(line)) return line;
			const match = ALONE.exec(line);
			const include = match ? options.includes.get((match[3] ?? '').toLowerCase()) : undefined;
			if (!match || !include) return line;
			const value = typedArguments(match[4] ?? '')[include.argument];
			if (typeof value !== 'string' || value.trim() === '') return line;
			const wanted = include.format.replace('%s', value.trim()).replace(/^\/+/, '');
			// Hugo's `readFile` reads from the site's folder.
			const found = path.resolve(options.root, wanted);
			if (!isFileInside(options.root, found)) return line;
			notes.push({ level: 'info', message: `the included file ${wanted} was written in` });
			const included = expandHugoIncludes(
				readFileSync(found, 'utf8').replace(/\r\n?/g, '\n'),
				{ ...options, file: found },
				notes,
				depth + 1,
			);
			const indent = match[1] ?? '';
			return included
				.replace(/\n+$/, '')
				.split('\n')
				.map((each) => (each === '' ? '' : indent + each))
				.join('\n');
		})
		.join('\n');
}
