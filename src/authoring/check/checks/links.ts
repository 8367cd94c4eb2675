import { isAttachmentLink } from '../../../attachments/links.ts';
import { nearest } from '../../../cli/suggest.ts';
import type { ContentEntry } from '../../../content-model/content.ts';
import { isArticleVisible } from '../../../content-model/visibility.ts';
import { paths } from '../../../site/urls.ts';
import { issueKinds } from '../kinds.ts';
import { isImageReference } from '../references.ts';
import { pagePath, type Route, routeOf } from '../site-routes.ts';
import type { Check, CheckContext, Issue, Report } from '../types.ts';

type At = Pick<Issue, 'file' | 'line' | 'column'>;

/** Why customers cannot open a page, or undefined when they can. */
export function hiddenReason(target: ContentEntry): string | undefined {
	if (target.kind === 'runbook') return 'a runbook';
	if (target.data.audience === 'internal') return 'an internal article';
	if (target.data.draft) return 'a draft';
	return undefined;
}

function didYouMean(value: string, candidates: string[], format: (value: string) => string): string | undefined {
	const suggestion = nearest(value, candidates);
	return suggestion === undefined ? undefined : `did you mean ${format(suggestion)}?`;
}

/** The entry a route leads to, or a broken-link issue saying why there is none. */
function resolveTarget(
	context: CheckContext,
	route: Route,
	href: string,
	at: At,
	report: Report,
): ContentEntry | undefined {
	const { taxonomy } = context.content;
	if (route.kind === 'article' || route.kind === 'runbook') {
		const target = context.bySlug.get(route.slug);
		if (target?.kind === route.kind) return target;
		// The page exists but its frontmatter is invalid: its own problems say so.
		if (target === undefined && context.content.invalidSlugs.get(route.slug) === route.kind) return undefined;
		const noun = route.kind === 'article' ? 'article' : 'runbook';
		const hint =
			target !== undefined
				? `"${route.slug}" is ${target.kind === 'article' ? 'an article' : 'a runbook'}: link ${pagePath(target)}`
				: didYouMean(
						route.slug,
						context.entries.filter((entry) => entry.kind === route.kind).map((entry) => entry.slug),
						(slug) => pagePath({ kind: route.kind, slug }),
					);
		report({ kind: issueKinds.brokenLink, ...at, message: `${href} leads to no ${noun}`, hint });
		return undefined;
	}
	if (route.kind === 'category' || route.kind === 'productArea') {
		const terms = route.kind === 'category' ? taxonomy.categories : taxonomy.productAreas;
		const ids = terms.map((term) => term.id);
		if (!ids.includes(route.id)) {
			const format = route.kind === 'category' ? paths.category : paths.productArea;
			const noun = route.kind === 'category' ? 'category' : 'product area';
			report({
				kind: issueKinds.brokenLink,
				...at,
				message: `${href} leads to no ${noun}`,
				hint: didYouMean(route.id, ids, format),
			});
		}
	}
	return undefined;
}

function checkAnchor(context: CheckContext, target: ContentEntry, hash: string, href: string, at: At, report: Report) {
	let id = hash.slice(1);
	try {
		id = decodeURIComponent(id);
	} catch {
		// Keep the raw text: a malformed escape is reported as a missing heading.
	}
	// A text fragment (`#:~:text=...`) names words on the page, which browsers find: no heading to check.
	if (id === '' || id.startsWith(':~:')) return;
	const anchors = context.anchors(target);
	if (anchors.has(id)) return;
	const suggestion = nearest(id, [...anchors]);
	const listed = [...anchors].slice(0, 6).map((anchor) => `#${anchor}`);
	const hint = suggestion
		? `did you mean #${suggestion}?`
		: listed.length > 0
			? `its headings: ${listed.join(', ')}${anchors.size > listed.length ? ', ...' : ''}`
			: 'that page has no headings';
	report({
		kind: issueKinds.missingAnchor,
		...at,
		message: `${href} points at a heading that ${pagePath(target)} does not have`,
		hint,
	});
}

/**
 * Links in bodies to other pages of the help center: the page must exist, the
 * heading an anchor names must exist, and a public article must not send
 * customers to a page the public site does not have.
 */
export const bodyLinksCheck: Check = {
	name: 'body links',
	run(context, report) {
		const origin = new URL(context.content.config.site.url).origin;
		for (const entry of context.entries) {
			const isPublic = entry.kind === 'article' && isArticleVisible(entry.data, 'public');
			const page = new URL(pagePath(entry), origin);
			for (const reference of context.scan(entry).references) {
				// Files beside the page are the attachments check's.
				if (isImageReference(reference) || isAttachmentLink(reference.url)) continue;
				const at = { file: entry.file, line: reference.line, column: reference.column };
				const href = reference.url;
				let url: URL;
				try {
					url = new URL(href, page);
				} catch {
					report({ kind: issueKinds.brokenLink, ...at, message: `${href} is not a valid link` });
					continue;
				}
				if (url.origin !== origin) continue;
				let pathname = url.pathname;
				try {
					pathname = decodeURI(pathname);
				} catch {
					// Leave a malformed path as written; it will not match a page.
				}
				const route = routeOf(pathname);
				if (route.kind === 'not-a-page') {
					const guess = nearest(
						pathname
							.split('/')
							.filter(Boolean)
							.at(-1)
							?.replace(/\.mdx?$/, '') ?? '',
						[...context.bySlug.keys()],
					);
					const relative = !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(href);
					const target = guess === undefined ? undefined : context.bySlug.get(guess);
					const advice = target ? `link ${pagePath(target)}` : 'link the page by its address, /articles/<slug>/';
					report({
						kind: issueKinds.brokenLink,
						...at,
						message: `${href} leads to ${pathname}, which is not a page`,
						hint: relative ? `relative links resolve against this page's address, ${page.pathname}: ${advice}` : advice,
					});
					continue;
				}
				if (route.kind === 'internal-page' && isPublic) {
					report({
						kind: issueKinds.hiddenLink,
						...at,
						message: `public article links ${pathname}, which only the internal handbook has`,
					});
					continue;
				}
				const target = resolveTarget(context, route, href, at, report);
				if (!target) continue;
				const hidden = isPublic ? hiddenReason(target) : undefined;
				if (hidden) {
					report({
						kind: issueKinds.hiddenLink,
						...at,
						message: `public article links ${hidden}, "${target.slug}", which customers cannot open`,
						hint: 'link a public article instead, or make this article internal',
					});
				}
				if (url.hash) checkAnchor(context, target, url.hash, href, at, report);
			}
		}
	},
};
