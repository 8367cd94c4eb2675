/**
 * reStructuredText's inline markup as the MyST Markdown the import reads: `*em*`,
 * `**strong**`, ``` ``literal`` ```, links written inline (`` `Words <https://…>`_ ``),
 * by name (`` `Words`_ `` with a `.. _Words: https://…` target, `word_`) or anonymously
 * (`` `Words`__ `` and the next `.. __: https://…`), roles (`:ref:`label``) in MyST's
 * form (`{ref}`label``, which the MyST reader turns into links), `|name|`
 * substitutions, and backslash escapes. Text that Markdown would read as markup is
 * escaped.
 */

/** Where a named reference leads: an address, or a label of the site (`.. _label:` over a heading). */
export type RstTarget = { kind: 'url'; url: string } | { kind: 'label'; label: string };

export interface RstInlineContext {
	/** Named hyperlink targets, by their name normalized (lower case, white space as one space). */
	targets: Map<string, RstTarget>;
	/** Anonymous targets' addresses, in the order the page gives them; each reference takes the next. */
	anonymous: string[];
	/** Substitution definitions by name (lower case), already as Markdown. */
	substitutions: Map<string, string>;
	/** Substitution names used but not defined. */
	unknownSubstitutions: Set<string>;
	/** Roles of the site's own extensions, whose words were kept without what the role did. */
	unknownRoles: Set<string>;
	/** Roles the page or `rst_prolog` declares (`.. role:: raw-html(raw)`), each by the role it is based on (`''` for none). */
	roles: Map<string, string>;
}

/** A reference name as docutils compares them: lower case, runs of white space as one space. */
export const normalizeName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Characters that may stand before inline markup's start (docutils' rule, simplified): start, space or opening punctuation. */
const BEFORE = /[\s'"([{<\-/:‘“’«¡¿‐‑‒–— ]/;
/** Characters that may follow inline markup's end. */
const AFTER = /[\s'")\]}>\-/:.,;!?\\‘’”»‐‑‒–— ]/;

/** Markdown's own characters in plain words, escaped so they show as written. */
function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** Inline code for `text`, with a fence longer than any run of backticks in it. */
export function inlineCode(text: string): string {
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link's address as Markdown writes one that may hold spaces or parentheses. */
const address = (url: string) => `<${url.replace(/[<>]/g, encodeURIComponent)}>`;

/** The end of inline markup opened at `from` by `close`, obeying the end-string rule, else -1. */
function closing(text: string, from: number, close: string, literal: boolean, reference = false): number {
	let at = from;
	while (at < text.length) {
		const found = text.indexOf(close, at);
		if (found < 0) return -1;
		const before = text[found - 1] ?? '';
		const after = text[found + close.length] ?? '';
		const escaped = !literal && before === '\\';
		// A reference's end is followed by its `_` (`` `Words <url>`_ ``).
		const follows = after === '' || AFTER.test(after) || (reference && after === '_');
		if (found > from && !/\s/.test(before) && !escaped && follows) return found;
		at = found + 1;
	}
	return -1;
}

/** Backslash escapes of the words (`\*` a star, `\ ` nothing), the rest escaped for Markdown. */
function plain(text: string): string {
	let out = '';
	for (let at = 0; at < text.length; at++) {
		const character = text[at] ?? '';
		if (character === '\\') {
			const next = text[at + 1];
			at++;
			if (next === undefined || /\s/.test(next)) continue;
			out += escapeMarkdown(next) === next ? next : `\\${next}`;
			continue;
		}
		out += escapeMarkdown(character);
	}
	return out;
}

/** Where a reference by name leads, as a Markdown link (its words already Markdown), else the words alone. */
function namedLink(words: string, name: string, context: RstInlineContext): string {
	const target = context.targets.get(normalizeName(name));
	if (!target) return words;
	return target.kind === 'url' ? `[${words}](${address(target.url)})` : `{ref}\`${words} <${target.label}>\``;
}

/** A `` `Words <target>`_ `` reference: its words and what it names (an address, or a name with `_`). */
function embedded(content: string, anonymous: boolean, context: RstInlineContext): string {
	const match = /^([\s\S]*?)\s*<([^<>]+)>$/.exec(content);
	if (!match) {
		if (anonymous) {
			const url = context.anonymous.shift();
			return url ? `[${inline(content, context)}](${address(url)})` : inline(content, context);
		}
		return namedLink(inline(content, context), content, context);
	}
	const target = (match[2] ?? '').replace(/\s+/g, '');
	const words = match[1]?.trim() || target;
	const shown = inline(words, context);
	if (target.endsWith('_') && !target.endsWith('\\_')) return namedLink(shown, target.slice(0, -1), context);
	// Having words and an address defines a target too, which `Words`_ elsewhere reuses.
	if (!anonymous && match[1]?.trim()) context.targets.set(normalizeName(words), { kind: 'url', url: target });
	return `[${shown}](${address(target.replace(/\\_/g, '_'))})`;
}

/**
 * The roles of docutils, Sphinx and its domains' commonest names: any other is a site's
 * own extension's (Mautic's `:xref:` names a link kept in Python), whose words are all
 * the import can show.
 */
const KNOWN_ROLES = new Set(
	(
		'ref doc term guilabel kbd menuselection download abbr sub sup subscript superscript code math file samp command ' +
		'program option envvar makevar mimetype regexp literal confval setting numref any keyword dfn title-reference title t ' +
		'emphasis strong rfc pep eq index func meth class mod attr data exc obj const var type member enum macro struct ' +
		'function method program-option token productionlist sc'
	).split(' '),
);

/** A role's content in MyST's form, which the MyST reader turns into links, bold labels or code. */
function role(written: string, content: string, context: RstInlineContext): string {
	const declared = context.roles.get(written.toLowerCase());
	// A role declared on a raw one wrote its HTML in (an icon, a line break): its words are what readers read.
	if (declared === 'raw')
		return plain(
			content
				.replace(/<(svg|script|style)\b[\s\S]*?<\/\1>/gi, '')
				.replace(/<[^>]*>/g, '')
				.replace(/\s+/g, ' ')
				.trim(),
		);
	// One declared on another role (`.. role:: python(code)`) is that role; one on none shows its words.
	if (declared === '') return plain(content);
	const name = declared || written;
	// A role of the site's own (`:xref:`Mautic Forums``) shows its words, not code: a user guide's roles name things.
	if (!name.includes(':') && !KNOWN_ROLES.has(name.toLowerCase())) {
		context.unknownRoles.add(name);
		return plain(content.replace(/\s*<[^<>]*>$/, ''));
	}
	const fence = '`'.repeat(Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length)) + 1);
	return `{${name}}${fence}${content}${fence}`;
}

/**
 * One paragraph's (or title's, or cell's) inline markup as Markdown; line breaks in it
 * stay, as a paragraph's lines do.
 */
export function inline(text: string, context: RstInlineContext): string {
	let out = '';
	let words = '';
	const flush = () => {
		out += plain(words);
		words = '';
	};
	let at = 0;
	while (at < text.length) {
		const previous = at === 0 ? ' ' : (text[at - 1] ?? ' ');
		const opens = BEFORE.test(previous) || at === 0;
		const rest = text.slice(at);
		if (rest[0] === '\\') {
			words += rest.slice(0, 2);
			at += 2;
			continue;
		}
		// Roles: `:name:`content``, the role before its content.
		const roleMatch = opens ? /^:([A-Za-z][\w.:+-]*?):`/.exec(rest) : null;
		if (roleMatch) {
			const start = at + roleMatch[0].length;
			const end = closing(text, start, '`', true);
			if (end > start) {
				flush();
				out += role(roleMatch[1] ?? '', text.slice(start, end), context);
				at = end + 1;
				continue;
			}
		}
		if (opens && rest.startsWith('``') && rest[2] && !/\s/.test(rest[2])) {
			const end = closing(text, at + 2, '``', true);
			if (end > at + 2) {
				flush();
				out += inlineCode(text.slice(at + 2, end));
				at = end + 2;
				continue;
			}
		}
		if (opens && rest[0] === '`' && rest[1] && !/\s/.test(rest[1])) {
			const end = closing(text, at + 1, '`', false, true);
			if (end > at + 1) {
				const content = text.slice(at + 1, end);
				const after = text.slice(end + 1);
				flush();
				if (after.startsWith('__')) {
					out += embedded(content, true, context);
					at = end + 3;
				} else if (after.startsWith('_')) {
					out += embedded(content, false, context);
					at = end + 2;
				} else {
					const suffix = /^:([A-Za-z][\w.:+-]*?):/.exec(after);
					// Interpreted text with the role after it, or the default role (a title, shown in italics).
					out += suffix ? role(suffix[1] ?? '', content, context) : `*${plain(content)}*`;
					at = end + 1 + (suffix?.[0].length ?? 0);
				}
				continue;
			}
		}
		if (opens && rest.startsWith('**') && rest[2] && !/[\s*]/.test(rest[2])) {
			const end = closing(text, at + 2, '**', false);
			if (end > at + 2) {
				flush();
				out += `**${inline(text.slice(at + 2, end), context)}**`;
				at = end + 2;
				continue;
			}
		}
		if (opens && rest[0] === '*' && rest[1] && !/[\s*]/.test(rest[1])) {
			const end = closing(text, at + 1, '*', false);
			if (end > at + 1) {
				flush();
				out += `*${inline(text.slice(at + 1, end), context)}*`;
				at = end + 1;
				continue;
			}
		}
		if (opens && rest[0] === '|' && rest[1] && !/\s/.test(rest[1])) {
			const end = closing(text, at + 1, '|', false);
			if (end > at + 1) {
				const name = text.slice(at + 1, end);
				const linked = text.slice(end + 1).match(/^__?/)?.[0] ?? '';
				const value = context.substitutions.get(normalizeName(name));
				flush();
				if (value === undefined) {
					context.unknownSubstitutions.add(name);
					out += plain(`|${name}|`);
				} else out += linked ? namedLink(value, name, context) : value;
				at = end + 1 + linked.length;
				continue;
			}
		}
		// Footnote and citation references (`[1]_`, `[#note]_`) show as the mark in brackets.
		const footnote = opens || previous === ' ' ? /^\[([#*]?[\w.-]*)\]_/.exec(rest) : null;
		if (footnote) {
			flush();
			out += `\\[${plain(footnote[1] ?? '')}\\]`;
			at += footnote[0].length;
			continue;
		}
		// A standalone address links itself; a simple reference (`word_`) leads to its target.
		const url = opens ? /^(?:https?|ftp|mailto):[^\s<>"]*[^\s<>".,;:!?)'\]]/.exec(rest) : null;
		if (url) {
			flush();
			out += `[${plain(url[0])}](${address(url[0])})`;
			at += url[0].length;
			continue;
		}
		const simple = opens ? /^([A-Za-z0-9](?:[\w.+-]*[A-Za-z0-9])?)(__?)(?![\w])/.exec(rest) : null;
		if (simple && context.targets.has(normalizeName(simple[1] ?? ''))) {
			flush();
			out += namedLink(plain(simple[1] ?? ''), simple[1] ?? '', context);
			at += simple[0].length;
			continue;
		}
		words += rest[0];
		at++;
	}
	flush();
	return out;
}
