import { convert, type RstState, SECTION_LABEL } from './rst-blocks.ts';
import { inline, normalizeName, type RstInlineContext, type RstTarget } from './rst-inline.ts';
import type { ConversionNote } from './types.ts';

/**
 * A reStructuredText page (a Sphinx site's `.rst`) as the MyST Markdown page the
 * import reads for Sphinx sites written in MyST, so both come over alike: its first
 * section title the page's title, the fields over it (`:description:`, and `.. meta::`'s)
 * its frontmatter (`:orphan:` and `:tocdepth:` shape only the old site's navigation),
 * its body in Markdown with roles, labels and directives in MyST's form, which the MyST
 * reader turns into links, asides, tabs, pictures and code. `prolog` is the site's
 * `rst_prolog` and `rst_epilog` (from its `conf.py`), whose substitutions every page
 * may use.
 */

export interface RstPage {
	/** The page as Markdown with YAML frontmatter. */
	markdown: string;
	title: string | undefined;
}

const TARGET = /^[ \t]*\.\. _(`[^`]+`|[^:\\]+|_):[ \t]+(\S.*)$/;
const SUBSTITUTION = /^[ \t]*\.\. \|([^|]+)\|[ \t]+([\w:-]+)::[ \t]*(.*)$/;

/** The page's hyperlink targets with addresses, its anonymous ones in order, and its substitution definitions. */
function definitions(lines: readonly string[], context: RstInlineContext): void {
	const named: [string, string][] = [];
	const substitutions: [string, string, string, string[]][] = [];
	lines.forEach((line, index) => {
		// The short form of an anonymous target: `__ https://…`.
		const short = /^[ \t]*__[ \t]+(\S.*)$/.exec(line);
		if (short) {
			context.anonymous.push((short[1] ?? '').trim());
			return;
		}
		const target = TARGET.exec(line);
		if (target) {
			// An address may run on over the lines indented under it.
			let url = target[2] ?? '';
			for (let next = index + 1; /^[ \t]+\S/.test(lines[next] ?? ''); next++) url += (lines[next] ?? '').trim();
			const name = (target[1] ?? '').replace(/^`|`$/g, '');
			if (name === '_') context.anonymous.push(url.trim());
			else named.push([name, url.trim()]);
			return;
		}
		const declared = /^[ \t]*\.\. role::[ \t]+([\w.:+-]+?)(?:\(([\w.:+-]+)\))?[ \t]*$/.exec(line);
		if (declared?.[1]) {
			context.roles.set(declared[1].toLowerCase(), (declared[2] ?? '').toLowerCase());
			return;
		}
		const substitution = SUBSTITUTION.exec(line);
		if (substitution) {
			const options: string[] = [];
			for (let next = index + 1; /^[ \t]+\S/.test(lines[next] ?? ''); next++) options.push((lines[next] ?? '').trim());
			substitutions.push([
				substitution[1] ?? '',
				(substitution[2] ?? '').toLowerCase(),
				substitution[3] ?? '',
				options,
			]);
		}
	});
	for (const [name, url] of named) {
		const target: RstTarget | undefined = url.endsWith('_')
			? undefined
			: { kind: 'url', url: url.replace(/\\_/g, '_').replace(/\s+/g, '') };
		if (target) context.targets.set(normalizeName(name), target);
	}
	// A target that names another (`.. _docs: Install_`) leads where that one does.
	for (const [name, url] of named)
		if (url.endsWith('_')) {
			const aliased = context.targets.get(normalizeName(url.slice(0, -1).replace(/^`|`$/g, '')));
			if (aliased) context.targets.set(normalizeName(name), aliased);
		}
	for (const [name, kind, value, options] of substitutions) {
		const option = (key: string) =>
			options
				.find((line) => line.startsWith(`:${key}:`))
				?.slice(key.length + 2)
				.trim();
		const shown =
			kind === 'replace'
				? inline([value, ...options].join(' ').trim(), context)
				: kind === 'image'
					? `![${option('alt') ?? ''}](<${value.trim()}>)`
					: kind === 'unicode'
						? value
								.split(/\s+/)
								.map((code) =>
									/^(?:0x|U\+|\\x|\\u)?[0-9a-f]{1,6}$/i.test(code)
										? character(Number.parseInt(code.replace(/^(?:0x|U\+|\\x|\\u)/i, ''), 16), code)
										: code,
								)
								.join('')
						: undefined;
		if (shown !== undefined) context.substitutions.set(normalizeName(name), shown);
	}
}

/** A code point as its character; one past Unicode's last stays as written. */
const character = (point: number, written: string) => (point <= 0x10ffff ? String.fromCodePoint(point) : written);

/** A YAML string, written as JSON (which YAML reads). */
const yamlString = (text: string) => JSON.stringify(text);

/** A reStructuredText page as MyST Markdown (see the module's comment). */
export function rstToMyst(
	text: string,
	options: {
		prolog?: string;
		file?: string;
		/**
		 * Sphinx's autosectionlabel: every section title is a label `:ref:` names it by
		 * (`'title'`), or by the page's path before it (`'document'`: `setup/install:Requirements`).
		 */
		sectionLabels?: 'title' | 'document';
	},
	notes: ConversionNote[],
): RstPage {
	const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, '        ').split('\n');
	const prolog = (options.prolog ?? '').replace(/\t/g, '        ').split('\n');
	const context: RstInlineContext = {
		targets: new Map(),
		anonymous: [],
		substitutions: new Map(),
		unknownSubstitutions: new Set(),
		unknownRoles: new Set(),
		roles: new Map(),
	};
	definitions([...prolog, ...lines], context);
	const state: RstState = {
		context,
		styles: [],
		highlight: '',
		fields: new Map(),
		notes,
		file: options.file ?? '',
		...(options.sectionLabels
			? {
					sectionLabel: (title: string) =>
						options.sectionLabels === 'document'
							? `${(options.file ?? '').replace(/\\/g, '/').replace(/\.rst$/i, '')}:${title}`
							: title,
				}
			: {}),
	};
	const body = convert(lines, state);
	for (const name of context.unknownSubstitutions)
		notes.push({
			level: 'review',
			message: `the substitution |${name}| is defined nowhere the import reads (the page, or rst_prolog and rst_epilog in conf.py); write its words`,
		});
	for (const name of context.unknownRoles)
		notes.push({
			level: 'review',
			message: `the role :${name}: comes from an extension of the old site; its words are kept, without what it did (a link or a format)`,
		});
	const frontmatter: string[] = [];
	const description = state.fields.get('description');
	if (description) frontmatter.push(`description: ${yamlString(inline(description, context).replace(/\\(.)/g, '$1'))}`);
	// A title's own label gives way to one the author set on it (MyST names a heading by one label).
	const labelled = body.filter((line, index) => {
		if (!line.startsWith(SECTION_LABEL)) return true;
		const previous = body.slice(0, index).findLast((text) => text.trim() !== '');
		return !(previous !== undefined && /^\(.*\)=$/.test(previous));
	});
	const markdown = [
		...(frontmatter.length > 0 ? ['---', ...frontmatter, '---', ''] : []),
		...labelled.map((line) => line.replace(SECTION_LABEL, '')),
	]
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		// A label names the heading right under it, as MyST writes it: no blank line between them.
		.replace(/^(\([^()\n]*\)=)\n\n+(?=\([^()\n]*\)=$|#)/gm, '$1\n')
		.replace(/^\n+/, '');
	return { markdown: `${markdown.trimEnd()}\n`, title: state.title };
}
