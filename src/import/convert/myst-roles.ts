import { mystLabelId } from './myst.ts';
import { codeFenceTracker } from './source-blocks.ts';

/**
 * MyST's inline syntax: roles (`` {ref}`label` ``, `` {doc}`Title <path>` ``,
 * `` {class}`~pkg.Name` ``) and targets (`(label)=` on a line of its own, before the
 * heading or block it names). Left alone, both print as written. A reference becomes
 * a link (to the page or heading its label names, which the folder import resolves),
 * an object of the code's API its name in code, and a target an anchor: the heading's
 * id (`{#id}`) when it names a heading, else an `<a id>` where it stood.
 */

/** A role: its name, then its content between backticks (as many as open it). */
const ROLE = /\{([A-Za-z][\w:+-]*)\}(`+)(?!`)(.+?)(?<!`)\2(?!`)/y;
/** A role as pandoc writes it from reStructuredText: code, then its role as an attribute (`` `label`{.interpreted-text role="ref"} ``). */
const PANDOC_ROLE = /^\{\.interpreted-text role="([A-Za-z][\w:+-]*)"\}/;
const TARGET = /^[ \t]*\(([^()\s][^()]*)\)=[ \t]*$/;
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;
const HEADING_MARK = /^[ \t]{0,3}#{1,6}[ \t]+/;

/** Whether the text has MyST roles or targets at all. */
export function hasMystInline(text: string): boolean {
	return (
		/\{[A-Za-z][\w:+-]*\}`/.test(text) ||
		/`\{\.interpreted-text role="/.test(text) ||
		/^[ \t]*\([^()\s][^()]*\)=[ \t]*$/m.test(text)
	);
}

/** Roles whose content is shown as code: the code's API and the names of files, keys and commands. */
const CODE_ROLES = new Set([
	'kbd',
	'file',
	'samp',
	'command',
	'program',
	'envvar',
	'option',
	'makevar',
	'mimetype',
	'regexp',
	'math',
	'code',
	'literal',
	'confval',
	'setting',
]);
/** Roles whose content is shown as text. */
const TEXT_ROLES = new Set(['term', 'abbr', 'eq', 'keyword', 'index', 'dfn', 'title-reference', 'sc', 'emphasis']);
/** The roles of Python's and other languages' domains that name a function, shown with `()` as Sphinx adds them. */
const CALLABLE_ROLES = new Set(['func', 'meth', 'function', 'method']);

const escapeText = (text: string) => text.replace(/([\\[\]*_`<])/g, '\\$1');

/** A role's content as words and a target: `Title <target>` or the target alone. */
function titled(content: string): { words: string | undefined; target: string } {
	const match = /^([\s\S]*?)\s*<([^<>]+)>$/.exec(content);
	return match?.[2] && match[1]
		? { words: match[1], target: match[2].trim() }
		: { words: undefined, target: content.trim() };
}

/** Code with as many backticks around it as it needs. */
function inlineCode(text: string): string {
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longest + 1);
	return longest > 0 || text.startsWith(' ') ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** An object of the code's API as Sphinx shows it: `~pkg.mod.Name` as `Name`, a function with `()`. */
function apiName(role: string, content: string): string {
	const { words, target } = titled(content);
	if (words) return words;
	// `!` turns the link off; a leading `.` says to look the name up from the current module.
	const bare = target.replace(/^!/, '');
	const shown = bare.startsWith('~') ? (bare.slice(1).split('.').at(-1) ?? bare) : bare.replace(/^\.+/, '');
	return CALLABLE_ROLES.has(role) && !shown.endsWith(')') ? `${shown}()` : shown;
}

/** One role as Markdown. */
function role(name: string, content: string): string {
	const role = name.toLowerCase().split(':').at(-1) ?? name;
	const { words, target } = titled(content);
	switch (role) {
		case 'ref':
		case 'numref':
		case 'any':
			// The words are the target's: the heading or page the link leads to gives them.
			return words
				? `[${escapeText(words.replace(/%s/g, '').trim())}](<#${target}>)`
				: `[${escapeText(target)}](<#${target}> "mention")`;
		case 'doc':
			return words ? `[${escapeText(words)}](<${target}>)` : `[${escapeText(target)}](<${target}> "mention")`;
		case 'download':
			return `[${escapeText(words ?? target.split('/').at(-1) ?? target)}](<${target}>)`;
		case 'sub':
		case 'sup':
			return `<${role}>${escapeText(content)}</${role}>`;
		case 'guilabel':
			return `**${escapeText(content.replace(/&(\w)/g, '$1'))}**`;
		case 'menuselection':
			return `**${escapeText(content.replace(/\s*-->\s*/g, ' ‣ '))}**`;
	}
	if (TEXT_ROLES.has(role)) return escapeText(words ?? target);
	if (CODE_ROLES.has(role)) return inlineCode(content);
	return inlineCode(apiName(role, content));
}

/** A line's roles as Markdown; code spans in it stay as written. */
function lineRoles(line: string): string {
	let out = '';
	let at = 0;
	while (at < line.length) {
		const character = line[at];
		if (character === '{') {
			ROLE.lastIndex = at;
			const match = ROLE.exec(line);
			if (match) {
				out += role(match[1] ?? '', match[3] ?? '');
				at = ROLE.lastIndex;
				continue;
			}
		}
		if (character === '`') {
			// A code span: up to the same run of backticks, else the run is text.
			const run = /^`+/.exec(line.slice(at))?.[0] ?? '`';
			const close = line.indexOf(run, at + run.length);
			const end = close < 0 ? at + run.length : close + run.length;
			const pandoc = close < 0 ? null : PANDOC_ROLE.exec(line.slice(end));
			if (pandoc) {
				const content = line.slice(at + run.length, close);
				out += role(pandoc[1] ?? '', /^ .*\S.* $/.test(content) ? content.slice(1, -1) : content);
				at = end + pandoc[0].length;
				continue;
			}
			out += line.slice(at, end);
			at = end;
			continue;
		}
		if (character === '\\') {
			out += line.slice(at, at + 2);
			at += 2;
			continue;
		}
		out += character;
		at++;
	}
	return out;
}

/** A MyST target of the page: its label, its anchor, and the heading it names, if it stands before one. */
export interface MystTarget {
	label: string;
	id: string;
	/** The heading line (its index among the page's lines) that takes the id, when the target names a heading. */
	headingLine?: number;
	/** The heading's words, when it names one. */
	heading?: string;
	/** The heading's level, when it names one: a label on the page's `#` title names the page. */
	depth?: number;
}

/**
 * The page's targets: `(label)=` lines outside code, and a directive's `:name:`
 * option. A target before a heading names it (the first of several does); any
 * other stands where it was written.
 */
export function mystTargets(text: string): MystTarget[] {
	const lines = text.split('\n');
	const inCode = codeFenceTracker();
	const code = lines.map((line) => inCode(line));
	const targets: MystTarget[] = [];
	const named = new Set<number>();
	for (const [index, line] of lines.entries()) {
		const option = /^[ \t]*:name:[ \t]+(\S+)[ \t]*$/.exec(line)?.[1];
		if (option) {
			const id = mystLabelId(option);
			if (id !== '') targets.push({ label: option, id });
			continue;
		}
		const label = code[index] ? undefined : TARGET.exec(line)?.[1]?.trim();
		if (!label) continue;
		const id = mystLabelId(label);
		if (id === '') continue;
		let next = index + 1;
		while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
		const headingLine = lines[next] ?? '';
		const isHeading = !code[next] && HEADING.test(headingLine) && !/\{#[\w-]+\}\s*$/.test(headingLine);
		if (isHeading && !named.has(next)) {
			named.add(next);
			const heading = headingLine
				.replace(HEADING_MARK, '')
				.replace(/[ \t]+#+[ \t]*$/, '')
				.trim();
			const depth = /^[ \t]*(#+)/.exec(headingLine)?.[1]?.length;
			targets.push({ label, id, headingLine: next, heading, depth });
		} else targets.push({ label, id });
	}
	return targets;
}

/**
 * MyST roles and targets as Markdown (see the module's comment). A target before a
 * heading becomes its `{#id}`, which the converter keeps as the heading's anchor; a
 * second one, or one before anything else, an `<a id>` of its own.
 */
export function mystInline(text: string): string {
	const lines = text.split('\n');
	const inCode = codeFenceTracker();
	const code = lines.map((line) => inCode(line));
	const headingIds = new Map<number, string>();
	for (const target of mystTargets(text))
		if (target.headingLine !== undefined) headingIds.set(target.headingLine, target.id);
	const out: string[] = [];
	for (const [index, line] of lines.entries()) {
		if (code[index]) {
			out.push(line);
			continue;
		}
		const label = TARGET.exec(line)?.[1]?.trim();
		if (label) {
			const id = mystLabelId(label);
			const named = [...headingIds.values()].includes(id);
			out.push(...(id === '' || named ? [''] : ['', `<a id="${id}"></a>`, '']));
			continue;
		}
		const converted = lineRoles(line);
		const id = headingIds.get(index);
		out.push(id ? `${converted.replace(/[ \t]+$/, '')} {#${id}}` : converted);
	}
	return out.join('\n');
}

const FIELD = /^:([A-Za-z][\w -]*):(?:[ \t]+.*)?$/;

/**
 * What a MyST page holds that its readers never saw: comment lines (`% TODO …`,
 * notes for its authors) and the field list that opens it, after its title
 * (`:orphan:`, `:Date: …`), which Sphinx keeps as the page's metadata. Both go, and
 * say so; code keeps its lines.
 */
export function withoutMystHidden(text: string): { text: string; comments: number; fields: string[] } {
	const lines = text.split('\n');
	const inCode = codeFenceTracker();
	const code = lines.map((line) => inCode(line));
	let comments = 0;
	const out = lines.map((line, index) => {
		if (code[index] || !/^[ \t]*%/.test(line)) return line;
		comments++;
		return '';
	});
	// The page's opening field list: the first block after its title, targets and comments.
	let at = 0;
	let titled = false;
	while (at < out.length) {
		const line = (out[at] ?? '').trim();
		if (line === '' || /^<a id="[^"]*"><\/a>$/.test(line)) at++;
		else if (!titled && /^#[ \t]/.test(line)) {
			titled = true;
			at++;
		} else if (line.startsWith('<!--')) {
			while (at < out.length && !(out[at] ?? '').includes('-->')) at++;
			at++;
		} else break;
	}
	const fields: string[] = [];
	while (at < out.length && !code[at] && FIELD.test(out[at] ?? '')) {
		fields.push(FIELD.exec(out[at] ?? '')?.[1] ?? '');
		out[at] = '';
		at++;
	}
	return { text: out.join('\n'), comments, fields };
}
