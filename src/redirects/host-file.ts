import type { RedirectsConfig } from './config.ts';
import { normalizeOldPath } from './old-path.ts';
import type { ResolvedRedirect } from './resolve.ts';

/** The hosts whose `_redirects` syntax differs where it matters to us. */
export type RedirectHost = 'netlify' | 'cloudflare' | 'other';

interface HostRules {
	/** How messages name the host. */
	name: string;
	/** The status field of each line. */
	status: string;
	/** Static rules the host reads; the rest it skips, with a warning per line. */
	staticLimit?: number;
}

/**
 * Netlify serves a file that exists at a rule's path instead of applying the rule
 * (shadowing) unless the rule is forced with `!`; every old address has a redirect
 * page, so Netlify needs `301!`. Cloudflare Pages applies a rule whether or not an
 * asset matches, accepts only 200, 301, 302, 303, 307 and 308 (it drops a `301!`
 * line as invalid), and reads at most 2,000 static rules. Other hosts that read the
 * file (GitLab Pages) serve the file first and know no force: plain `301`, and the
 * redirect page does the work where a file exists.
 */
export const hostRules: Record<RedirectHost, HostRules> = {
	netlify: { name: 'Netlify', status: '301!' },
	cloudflare: { name: 'Cloudflare Pages', status: '301', staticLimit: 2000 },
	other: { name: 'any host', status: '301' },
};

/** The host a build writes for: the setting, or for `auto` the host the build runs on. */
export function resolveRedirectHost(
	setting: RedirectsConfig['host'],
	env: Record<string, string | undefined>,
): RedirectHost {
	if (setting !== 'auto') return setting;
	if (env.NETLIFY === 'true') return 'netlify';
	if (env.CF_PAGES === '1') return 'cloudflare';
	return 'other';
}

/** Redirects of one kind, under a comment that says where they come from. */
export interface RedirectGroup {
	comment: string;
	redirects: ResolvedRedirect[];
}

/** Splats (`*`) and placeholders (`:name`) make a rule dynamic, as both hosts read it. */
const DYNAMIC = /\*|:[A-Za-z]\w*/;

interface TeamRule {
	line: number;
	matches: (path: string) => boolean;
	dynamic: boolean;
}

/** The rules of a team's own `_redirects` (from `public/`), each with what it matches. */
function teamRules(lines: string[]): TeamRule[] {
	const rules: TeamRule[] = [];
	lines.forEach((raw, line) => {
		const text = raw.trim();
		if (text === '' || text.startsWith('#')) return;
		const from = text.split(/\s+/)[0] ?? '';
		const dynamic = DYNAMIC.test(from);
		const pattern = new RegExp(
			`^${from
				.replace(/\/$/, '')
				.split(/(\*|:[A-Za-z]\w*)/)
				.map((part) =>
					part === '*'
						? '.*'
						: /^:[A-Za-z]/.test(part)
							? '[^/]+'
							: normalizeOldPath(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
				)
				.join('')}/?$`,
		);
		rules.push({ line, dynamic, matches: (path) => pattern.test(path) });
	});
	return rules;
}

export interface ComposedRedirects {
	text: string;
	/** Lines of ours the file holds. */
	written: number;
	/** Ours left out because a rule of the team's own file already handles that address. */
	shadowed: number;
	/** Ours left out because the host would not read them (past Cloudflare's 2,000). */
	beyondLimit: number;
}

/**
 * The `_redirects` file of a build: a team's own rules (copied from `public/`) keep
 * applying first, ours follow as one permanent redirect a line in the host's syntax.
 * Ours go before the team's first splat or placeholder rule, because Cloudflare
 * counts every rule after a dynamic one as dynamic (100 at most); an address one of
 * the team's rules matches is left to that rule, so the order changes no outcome.
 * Within a group, each article's first old address (its page as the old help center
 * linked it) comes before its other forms, so a host's limit cuts the id-only forms
 * first, and those still reach the article through their redirect pages. Each old
 * address is written percent-encoded, as a browser requests it
 * (`/Getting%20started/Create%20a%20vault`): Netlify wants special characters in a
 * rule's path URL-encoded, Cloudflare Pages compares a rule with the request's path
 * as sent, and a space would end the rule's first field.
 */
export function composeRedirectsFile(options: {
	groups: RedirectGroup[];
	host: RedirectHost;
	existing?: string;
}): ComposedRedirects {
	const rules = hostRules[options.host];
	const teamLines = options.existing === undefined ? [] : options.existing.replace(/\n+$/, '').split('\n');
	const team = teamRules(teamLines);
	const firstDynamic = team.find((rule) => rule.dynamic)?.line ?? teamLines.length;
	let room =
		rules.staticLimit === undefined
			? Number.POSITIVE_INFINITY
			: Math.max(0, rules.staticLimit - team.filter((rule) => rule.line < firstDynamic).length);
	let shadowed = 0;
	let beyondLimit = 0;
	let written = 0;
	const blocks: string[] = [];
	for (const group of options.groups) {
		const ordered = group.redirects
			.map((redirect, index) => ({ redirect, index }))
			.sort((a, b) => (a.redirect.rank ?? 0) - (b.redirect.rank ?? 0) || a.index - b.index)
			.map(({ redirect }) => redirect);
		const lines: string[] = [];
		for (const { from, to } of ordered) {
			const source = normalizeOldPath(from);
			if (team.some((rule) => rule.matches(source))) {
				shadowed++;
				continue;
			}
			if (room <= 0) {
				beyondLimit++;
				continue;
			}
			room--;
			lines.push(`${source} ${to} ${rules.status}`);
		}
		written += lines.length;
		if (lines.length > 0) blocks.push(`# ${group.comment}\n${lines.join('\n')}\n`);
	}
	const ours = blocks.join('\n');
	const before = teamLines.slice(0, firstDynamic).join('\n');
	const after = teamLines.slice(firstDynamic).join('\n');
	const parts = [before && `${before}\n`, ours, after && `${after}\n`].filter((part) => part !== '');
	return { text: parts.join('\n'), written, shadowed, beyondLimit };
}
