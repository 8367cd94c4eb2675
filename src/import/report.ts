import path from 'node:path';
import { ExitCode } from '../cli/run.ts';
import { plainLine } from '../cli/untrusted-text.ts';
import { contentPath } from '../content-model/paths.ts';

export type ArticleAction = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface ArticleReport {
	/** `zendesk:360001234`, or the record's position when it has no id. */
	source: string;
	title: string;
	action: ArticleAction;
	/** The article file, as shown to people. */
	file?: string;
	/** Why it was skipped. */
	reason?: string;
	/**
	 * A skip that needs no one's look: the map asked for it, or the page's old address now
	 * leads where what it showed went (a section page with nothing but its heading). Any
	 * other skip is a problem.
	 */
	skipWanted?: boolean;
	/** The section it came from, when the map gave it no product area. */
	unmapped?: string;
	audience: 'public' | 'internal';
	draft: boolean;
	/** What a person should look at. */
	review: string[];
	/** Components the import could not convert, listed once per component across articles (see `componentLines`). */
	components?: ComponentUse[];
	/** Done on purpose, said for the record (frontmatter dropped, scripts removed). */
	info: string[];
	/** Aliases written from the page's name in the old site's navigation, where it says what the title does not. */
	aliasesFromLabels?: number;
	/** Aliases written from the words the old site's search found the page by (Mintlify's `keywords`). */
	aliasesFromKeywords?: number;
	imagesCopied: number;
	/** Files the article links or its source lists with it, copied beside it. */
	attachmentsCopied: number;
	linksRewritten: number;
	linksOutside: { href: string; reason: string }[];
	/** Paths of the old site the import does not hold, whose links kept only their words. */
	linksUnlinked: string[];
	/** Links to another site at the address of an imported page, kept as they are (see `oldSiteHint`). */
	linksLikeOldSite: string[];
}

/** A component's uses in one article that the import could not convert, said by one note. */
export interface ComponentUse {
	/** Its name, `ApiV2Example`. */
	component: string;
	/** What became of it, the same for each use. */
	note: string;
	uses: number;
	/** The source file's lines of the uses, where known. */
	lines: number[];
}

/** How many files of one folder, skipped for one reason before they were read, make one line instead of one each. */
const SKIPPED_GROUP = 5;

/**
 * A skip's reason without the file it starts by naming (`docs/setup.ja.mdx: a translation
 * (ja)`, as a folder's source writes it), when that file is in the skipped page's folder
 * (`folder`, its source up to the last `/`): what files of one folder share.
 */
function withoutOwnFile(reason: string, folder: string): string {
	const named = /^([^\s:][^:\n]*): (.+)$/s.exec(reason);
	const inFolder = folder.slice(folder.indexOf(':') + 1);
	if (!named?.[1] || !named[2] || named[1].lastIndexOf('/') + 1 !== inFolder.length) return reason;
	return named[1].startsWith(inFolder) ? named[2] : reason;
}

/** The folder (`source:path/`) that holds all the given ones, each written with its closing `/`. */
function commonFolder(folders: readonly string[]): string {
	let common = folders[0] ?? '';
	for (const folder of folders)
		while (!folder.startsWith(common)) common = common.slice(0, common.slice(0, -1).lastIndexOf('/') + 1);
	// Within the source's name (`folder:`), the prefix up to it.
	return common === '' ? (folders[0] ?? '').slice(0, (folders[0] ?? '').indexOf(':') + 1) : common;
}

/**
 * The skipped list: a line per article, except files of one folder skipped for the same
 * reason before they were read (an Antora module's 80 partials, a folder of includes),
 * which are one line with their count, and files of several folders skipped for the same
 * reason (every gem's README under `vendor/bundle/`), one line at the folder around them,
 * so the skips that need a look stay in sight.
 */
export function skippedLines(skipped: readonly ArticleReport[]): string[] {
	// The folder and reason a file skipped before it was read shares with others; none for a page's own skip.
	const groupKey = (article: ArticleReport) => {
		const slash = article.source.lastIndexOf('/');
		if (article.title || !article.reason || slash === -1) return undefined;
		const folder = article.source.slice(0, slash + 1);
		const reason = withoutOwnFile(article.reason, folder);
		return { folder, reason, key: `${folder}\u0000${reason}` };
	};
	const counts = new Map<string, number>();
	for (const article of skipped) {
		const group = groupKey(article);
		if (group) counts.set(group.key, (counts.get(group.key) ?? 0) + 1);
	}
	// Files left over, in several folders, that share a reason (each gem's README under vendor/bundle/): one line at the folder around them all.
	const spread = new Map<string, string[]>();
	for (const article of skipped) {
		const group = groupKey(article);
		if (!group || (counts.get(group.key) ?? 0) >= SKIPPED_GROUP) continue;
		spread.set(group.reason, [...(spread.get(group.reason) ?? []), group.folder]);
	}
	const lines: string[] = [];
	const shown = new Set<string>();
	for (const article of skipped) {
		const group = groupKey(article);
		const count = group ? (counts.get(group.key) ?? 0) : 0;
		if (group && count >= SKIPPED_GROUP) {
			if (!shown.has(group.key))
				lines.push(`${plainLine(group.folder, 200)}* (${count} files): ${plainLine(group.reason, 300)}`);
			shown.add(group.key);
			continue;
		}
		const folders = group ? (spread.get(group.reason) ?? []) : [];
		if (group && folders.length >= SKIPPED_GROUP) {
			if (!shown.has(group.reason)) {
				const around = commonFolder(folders);
				const many = new Set(folders).size;
				lines.push(
					`${plainLine(around, 200)}… (${folders.length} files in ${many} folders): ${plainLine(group.reason, 300)}`,
				);
			}
			shown.add(group.reason);
			continue;
		}
		// A file skipped before it was read has no title to show.
		lines.push(
			`${article.source}${article.title ? ` "${plainLine(article.title, 80)}"` : ''}: ${plainLine(article.reason ?? '', 300)}`,
		);
	}
	return lines;
}

/** The report of an article not written, with why; nothing of it was copied or rewritten. */
export function skippedReport(
	source: string,
	title: string,
	reason: string,
	more: Partial<Pick<ArticleReport, 'skipWanted' | 'file' | 'audience' | 'draft'>> = {},
): ArticleReport {
	return {
		source,
		title,
		action: 'skipped',
		reason,
		skipWanted: false,
		audience: 'public',
		draft: false,
		...more,
		review: [],
		info: [],
		imagesCopied: 0,
		attachmentsCopied: 0,
		linksRewritten: 0,
		linksOutside: [],
		linksUnlinked: [],
		linksLikeOldSite: [],
	};
}

export interface ImportReport {
	label: string;
	dryRun: boolean;
	articles: ArticleReport[];
	redirectsAdded: number;
	/** Redirects already listed whose `to` named an article by the `source` an earlier import spelt, rewritten. */
	redirectsRetargeted?: number;
	redirectConflicts: { from: string; listed: string; wanted: string }[];
	/** The redirects file as messages name it (`contentPath('redirects')`). */
	redirectsFile?: string;
	/** What a person should look at about the source as a whole (redirects of the old site that lead nowhere). */
	sourceReview?: string[];
	/** The starter map written by this run, if any. */
	mapWritten?: string;
	/** Groups with articles that the map does not list (YAML to add). */
	unlistedGroups?: string;
}

export function needsReview(article: ArticleReport): boolean {
	return (
		article.review.length > 0 ||
		(article.components?.length ?? 0) > 0 ||
		article.unmapped !== undefined ||
		article.linksOutside.length > 0 ||
		(article.action === 'skipped' && !article.skipWanted)
	);
}

/** 0 when everything came over cleanly, 1 when something needs a person. */
export function importExitCode(report: ImportReport): ExitCode {
	if (
		report.articles.some(needsReview) ||
		report.redirectConflicts.length > 0 ||
		(report.sourceReview?.length ?? 0) > 0
	)
		return ExitCode.shortfall;
	return ExitCode.ok;
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The report for people: a summary, then every article that needs a look, with why. */
export function formatImportReport(report: ImportReport): string[] {
	const lines: string[] = [];
	const by = (action: ArticleAction) => report.articles.filter((article) => article.action === action);
	const verb = report.dryRun ? 'would be ' : '';
	const internal = report.articles.filter((article) => article.action !== 'skipped' && article.audience === 'internal');
	const drafts = report.articles.filter((article) => article.action !== 'skipped' && article.draft);
	const unmapped = report.articles.filter((article) => article.action !== 'skipped' && article.unmapped !== undefined);
	const sum = (pick: (article: ArticleReport) => number) =>
		report.articles.reduce((total, article) => total + pick(article), 0);
	lines.push(`${plainLine(report.label, 300)}${report.dryRun ? ' (dry run: nothing written)' : ''}`);
	lines.push(
		`  ${verb}written ${by('created').length}, ${verb}updated ${by('updated').length}, unchanged ${by('unchanged').length}, skipped ${by('skipped').length}`,
	);
	lines.push(
		`  internal ${internal.length} (restricted in the source), drafts ${drafts.length}, unmapped ${unmapped.length}`,
	);
	lines.push(
		`  images copied ${sum((article) => article.imagesCopied)}, files copied ${sum((article) => article.attachmentsCopied)}, links rewritten ${sum((article) => article.linksRewritten)}, links left pointing at the old help center ${sum((article) => article.linksOutside.length)}`,
	);
	const aliases = sum((article) => article.aliasesFromLabels ?? 0);
	const keywordAliases = sum((article) => article.aliasesFromKeywords ?? 0);
	if (keywordAliases > 0)
		lines.push(
			`  aliases ${report.dryRun ? 'to add' : 'added'} ${aliases + keywordAliases} (the old site's navigation labels and search keywords that say what their page's title does not: ${aliases} labels, ${keywordAliases} keywords)`,
		);
	else if (aliases > 0)
		lines.push(
			`  aliases ${report.dryRun ? 'to add' : 'added'} ${aliases} (the old site's navigation labels that say what their page's title does not)`,
		);
	const retargeted = report.redirectsRetargeted
		? `, ${report.dryRun ? 'to rename' : 'renamed'} ${report.redirectsRetargeted} (their \`to\` names the articles' rewritten \`source\`)`
		: '';
	lines.push(`  redirects ${report.dryRun ? 'to add' : 'added'} ${report.redirectsAdded}${retargeted}`);
	if (report.mapWritten)
		lines.push(`  wrote the starter import map ${report.mapWritten}: edit it, then run the import`);

	const changed = report.articles.filter((article) => article.action === 'created' || article.action === 'updated');
	if (changed.length > 0) {
		lines.push('', report.dryRun ? 'Would write:' : 'Written:');
		for (const article of changed) {
			const marks = [article.audience === 'internal' ? 'internal' : '', article.draft ? 'draft' : ''].filter(Boolean);
			lines.push(
				`  ${article.action === 'created' ? 'new    ' : 'update '} ${article.file} ← ${article.source}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`,
			);
		}
	}
	const skipped = by('skipped');
	if (skipped.length > 0) {
		lines.push('', 'Skipped:');
		for (const line of skippedLines(skipped)) lines.push(`  ${line}`);
	}
	if (unmapped.length > 0) {
		lines.push('', 'Unmapped (given the default product area; add their section to the import map):');
		for (const article of unmapped) {
			lines.push(`  ${article.file ?? article.source}: from ${plainLine(article.unmapped ?? 'no section', 120)}`);
		}
	}
	const review = report.articles.filter(
		(article) => article.action !== 'skipped' && (article.review.length > 0 || article.linksOutside.length > 0),
	);
	if (review.length > 0) {
		lines.push('', 'To review:');
		for (const article of review) {
			lines.push(`  ${article.file ?? article.source} (${article.source})`);
			for (const note of article.review) lines.push(`    - ${plainLine(note, 300)}`);
			for (const link of article.linksOutside)
				lines.push(`    - link left pointing outside: ${plainLine(link.href, 300)} (${link.reason})`);
		}
	}
	lines.push(...componentLines(report.articles));
	lines.push(...conversionNotes(report.articles));
	if (report.redirectConflicts.length > 0) {
		lines.push(
			'',
			`Redirects left as they were (${report.redirectsFile ?? contentPath('redirects')} already sends them elsewhere):`,
		);
		for (const conflict of report.redirectConflicts) {
			lines.push(
				`  ${plainLine(conflict.from, 300)} → ${plainLine(conflict.listed, 300)} (the import would send it to ${conflict.wanted})`,
			);
		}
	}
	if (report.sourceReview && report.sourceReview.length > 0) {
		lines.push('', "The old site's configuration, to review:");
		for (const line of report.sourceReview) lines.push(`  - ${plainLine(line, 300)}`);
	}
	if (report.unlistedGroups) {
		lines.push(
			'',
			'Sections with articles that content/import-map.yaml does not list yet; add them:',
			report.unlistedGroups,
		);
	}
	const cleanly = importExitCode(report) === ExitCode.ok;
	const toReview = report.articles.filter(needsReview);
	const skippedToReview = toReview.filter((article) => article.action === 'skipped').length;
	const site = report.sourceReview?.length ?? 0;
	const summary =
		toReview.length === 0 && site > 0
			? `${count(site, 'point')} of the old site's configuration ${site === 1 ? 'needs' : 'need'} review (listed above).`
			: `${reviewCount(toReview.length - skippedToReview, skippedToReview)}${site > 0 ? `, and ${count(site, 'point')} of the old site's configuration` : ''} (listed above).`;
	lines.push('', cleanly ? 'Imported cleanly.' : summary);
	return lines;
}

/**
 * Components the import could not convert, one line each across the import: what became
 * of them, how many uses in how many articles, and each article with the lines of its
 * source, so a reviewer decides once per component (a docs site's `<ApiV2Example>` used
 * 16 times is one decision, not 16 lines) and can still go to every use.
 */
export function componentLines(articles: readonly ArticleReport[]): string[] {
	const byKey = new Map<string, { component: string; note: string; uses: number; at: string[] }>();
	for (const article of articles) {
		if (article.action === 'skipped') continue;
		for (const use of article.components ?? []) {
			const key = `${use.component}\u0000${use.note}`;
			const entry = byKey.get(key) ?? { component: use.component, note: use.note, uses: 0, at: [] };
			entry.uses += use.uses;
			const lines = use.lines.length > 5 ? `${use.lines.slice(0, 5).join(', ')}, …` : use.lines.join(', ');
			const where = use.lines.length === 0 ? '' : ` (line${use.lines.length > 1 ? 's' : ''} ${lines})`;
			entry.at.push(`${path.basename(article.file ?? article.source)}${where}`);
			byKey.set(key, entry);
		}
	}
	if (byKey.size === 0) return [];
	const lines = [
		'',
		'Components to review (one line per component, with each article and the lines of its source that use it):',
	];
	const sorted = [...byKey.values()].sort((a, b) => b.uses - a.uses || a.component.localeCompare(b.component));
	for (const entry of sorted)
		lines.push(
			`  - ${plainLine(entry.note, 300)}: ${count(entry.uses, 'use')} in ${count(entry.at.length, 'article')}: ${entry.at.map((at) => plainLine(at, 200)).join(', ')}`,
		);
	return lines;
}

/** Articles sharing a note past which it is said once, with how many, rather than on each article's line. */
export const SHARED_NOTE_ARTICLES = 4;

/** A note's leading count (`4 heading ids kept…`), which notes of one kind differ by from article to article. */
const LEADING_COUNT = /^(\d+) (?=\D)/;

/**
 * The notes said for the record. A note many articles share (`frontmatter dropped:
 * icon` on every page of a docs site) is one line with their count and a few of them,
 * so a hundred copies of it do not bury the notes particular to one article. Notes
 * that differ only in the count they start with (`4 heading ids…`, `11 heading ids…`)
 * are one such line too, each example with its own count.
 */
function conversionNotes(articles: readonly ArticleReport[]): string[] {
	const withInfo = articles.filter((article) => article.info.length > 0);
	if (withInfo.length === 0) return [];
	const shown = (article: ArticleReport) => article.file ?? article.source;
	const kindOf = (note: string) => note.replace(LEADING_COUNT, '');
	const byKind = new Map<string, { file: string; note: string }[]>();
	for (const article of withInfo) {
		for (const note of new Set(article.info)) {
			const kind = kindOf(note);
			byKind.set(kind, [...(byKind.get(kind) ?? []), { file: shown(article), note }]);
		}
	}
	const shared = [...byKind].filter(([, uses]) => uses.length >= SHARED_NOTE_ARTICLES);
	const sharedKinds = new Set(shared.map(([kind]) => kind));
	const lines = ['', 'Conversion notes:'];
	for (const [kind, uses] of shared) {
		const counted = new Set(uses.map((use) => use.note)).size > 1;
		const examples = uses.slice(0, 3).map(({ file, note }) => {
			const count = counted ? LEADING_COUNT.exec(note)?.[1] : undefined;
			return count ? `${path.basename(file)} ${count}` : path.basename(file);
		});
		const said = counted ? kind : (uses[0] as { note: string }).note;
		lines.push(`  ${plainLine(said, 300)}: ${uses.length} articles (${examples.join(', ')}, …)`);
	}
	for (const article of withInfo) {
		const own = article.info.filter((note) => !sharedKinds.has(kindOf(note)));
		if (own.length > 0) lines.push(`  ${shown(article)}: ${own.map((note) => plainLine(note, 300)).join('; ')}`);
	}
	return lines;
}

/**
 * A folder's links to the old site's other pages (`/pricing/`) keep only their words
 * without its address: one line saying so and how to keep them, with a few examples.
 */
export function oldSiteHint(report: ImportReport): string | undefined {
	const hints: string[] = [];
	const paths = report.articles.flatMap((article) => article.linksUnlinked);
	if (paths.length > 0) {
		const examples = [...new Set(paths)].slice(0, 3).map((href) => plainLine(href, 80));
		hints.push(
			`\n${paths.length} ${paths.length === 1 ? 'link leads' : 'links lead'} to pages of the old site that the folder does not hold (${examples.join(', ')}) and kept only ${paths.length === 1 ? 'its' : 'their'} words: run the import again with --old-site-url <the old site's address> to keep them as links to it.`,
		);
	}
	// Links written with a site's full address, at the addresses of pages imported here:
	// the old site's own, most likely, which leave customers on it (or nowhere, once it goes).
	const byOrigin = new Map<string, string[]>();
	for (const href of report.articles.flatMap((article) => article.linksLikeOldSite)) {
		const origin = new URL(href).origin;
		byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), href]);
	}
	for (const [origin, links] of byOrigin) {
		// One link could match a page by chance; two or more name the same pages.
		if (links.length < 2) continue;
		const examples = [...new Set(links)].slice(0, 2).map((href) => plainLine(href, 80));
		hints.push(
			`\n${links.length} links lead to ${plainLine(origin, 80)} at the addresses of pages imported here (${examples.join(', ')}) and stay links to that site: if it is the old site, run the import again with --old-site-url ${plainLine(origin, 80)} so they lead to the articles.`,
		);
	}
	return hints.length > 0 ? hints.join('\n') : undefined;
}

/**
 * "1 article needs review", "3 articles and 2 skipped pages need review": a page the
 * import skipped for a reason a person must look at is counted apart from the articles
 * written, so the count of articles matches the files a reviewer opens.
 */
function reviewCount(articles: number, skipped: number): string {
	const parts = [
		articles > 0 || skipped === 0 ? count(articles, 'article') : '',
		skipped > 0 ? count(skipped, 'skipped page') : '',
	];
	const subject = parts.filter(Boolean).join(' and ');
	return `${subject} ${articles + skipped === 1 ? 'needs' : 'need'} review`;
}
