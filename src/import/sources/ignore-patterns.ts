/**
 * Patterns written as a `.gitignore` is (MkDocs' `exclude_docs` and `draft_docs`, a
 * Mintlify `.mintignore`): one a line, `#` a comment, `!` taking a file back, a
 * trailing `/` for a folder, a `/` at the start or inside tying the pattern to the
 * folder's root (else it matches a name at any depth), `*` and `?` within one name,
 * `**` across folders. A pattern that names a folder names every file in it.
 */
export interface IgnorePatterns {
	/** The pattern that decides a file's path (`/`-separated, from the root), when one matches and does not take it back. */
	match(relative: string): string | undefined;
}

interface Rule {
	pattern: string;
	negated: boolean;
	regex: RegExp;
}

/** The rules of a list of lines; lines that are no pattern (blank, comments) are left out. */
export function ignorePatterns(lines: readonly string[]): IgnorePatterns {
	const rules = lines.flatMap((line) => {
		const rule = ruleOf(line);
		return rule ? [rule] : [];
	});
	return {
		match(relative: string) {
			const posix = relative.replace(/\\/g, '/').replace(/^\.?\/+/, '');
			let decided: Rule | undefined;
			// The last pattern that matches decides, as in a .gitignore.
			for (const rule of rules) if (rule.regex.test(posix)) decided = rule;
			return decided && !decided.negated ? decided.pattern : undefined;
		},
	};
}

/**
 * Glob patterns a generator leaves files out by (VitePress' `srcExclude`: `**\/drafts/**`,
 * `README.md`, `{notes,todo}/*.md`), each from the folder's root, as fast-glob and
 * tinyglobby read an `ignore` list: a pattern that matches a folder leaves out what is in it.
 */
export function globPatterns(globs: readonly string[]): IgnorePatterns {
	const rules = globs
		.map((glob) => glob.trim().replace(/^\.\//, ''))
		.filter((glob) => glob !== '')
		.map((glob) => ({ pattern: glob, regex: new RegExp(`^${globSource(glob.replace(/\/+$/, ''), true)}(?:/.+)?$`) }));
	return {
		match(relative: string) {
			const posix = relative.replace(/\\/g, '/').replace(/^\.?\/+/, '');
			return rules.find((rule) => rule.regex.test(posix))?.pattern;
		},
	};
}

function ruleOf(line: string): Rule | undefined {
	// Trailing spaces go unless escaped.
	let text = line.replace(/(?<!\\)\s+$/, '');
	if (text === '' || text.startsWith('#')) return undefined;
	const pattern = text;
	const negated = text.startsWith('!');
	if (negated) text = text.slice(1);
	else if (text.startsWith('\\!') || text.startsWith('\\#')) text = text.slice(1);
	const folderOnly = text.endsWith('/');
	text = text.replace(/\/+$/, '');
	if (text === '') return undefined;
	const anchored = text.includes('/');
	text = text.replace(/^\/+/, '');
	const body = globSource(text);
	// A folder's pattern matches what is inside it; any other also the file itself.
	const tail = folderOnly ? '/.+' : '(?:/.+)?';
	return { pattern, negated, regex: new RegExp(`^${anchored ? '' : '(?:.+/)?'}${body}${tail}$`) };
}

/** A pattern's glob as a regular expression's source; `{a,b}` is either only in a glob (a .gitignore has none). */
function globSource(glob: string, withBraces = false): string {
	let source = '';
	let braces = 0;
	for (let index = 0; index < glob.length; index++) {
		const char = glob[index] as string;
		if (char === '*') {
			const atStart = index === 0 || glob[index - 1] === '/';
			const after = glob[index + 2];
			if (glob[index + 1] === '*' && atStart && after === '/') {
				// `**/`: any folders, or none.
				source += '(?:.+/)?';
				index += 2;
			} else if (glob[index + 1] === '*' && atStart && after === undefined) {
				// A trailing `/**`: everything inside.
				source += '.*';
				index++;
			} else {
				source += '[^/]*';
				if (glob[index + 1] === '*') index++;
			}
		} else if (char === '?') source += '[^/]';
		else if (withBraces && char === '{' && glob.indexOf('}', index) !== -1) {
			braces++;
			source += '(?:';
		} else if (char === '}' && braces > 0) {
			braces--;
			source += ')';
		} else if (char === ',' && braces > 0) source += '|';
		else if (char === '[') {
			const end = glob.indexOf(']', index + 2);
			if (end === -1) source += '\\[';
			else {
				const inside = glob
					.slice(index + 1, end)
					.replace(/^!/, '^')
					.replace(/\\/g, '\\\\');
				source += `[${inside}]`;
				index = end;
			}
		} else if (char === '\\' && index + 1 < glob.length) {
			source += escapeRegex(glob[index + 1] as string);
			index++;
		} else source += escapeRegex(char);
	}
	return source;
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
