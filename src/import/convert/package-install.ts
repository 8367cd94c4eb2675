import type { Code } from 'mdast';

/**
 * Fumadocs' install blocks (```` ```package-install ```` and ```` ```npm ````, which its
 * Remark NPM plugin turns into a tab per package manager): a shell block with the npm
 * command. A `package-install` block may name only the packages (`better-sqlite3 -D`),
 * which Fumadocs shows as `npm install better-sqlite3 -D`; as written, the help center
 * would show the bare names under a language it does not know.
 */
export function packageInstallCode(code: Code): Code {
	if (code.lang !== 'package-install' && code.lang !== 'npm') return code;
	const value = code.value.trim();
	const command =
		code.lang === 'package-install' && value !== '' && !/^(?:npm|npx)\b/.test(value) ? `npm install ${value}` : value;
	return { ...code, lang: 'bash', value: command };
}
