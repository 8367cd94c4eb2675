import { titleKey } from '../authoring/check/checks/titles.ts';
import { displayPath } from '../content-model/paths.ts';
import { titleFromName } from './sources/folder-pages.ts';
import type { SourceGroup, SourceSystem } from './sources/types.ts';

export interface TitledArticle {
	title: string;
	/** The name of the section or folder it came from, if it has one. */
	group?: string;
	/** The names of the sections or folders around that one, outermost first (`Insiders` for `insiders/changelog`). */
	outerGroups?: readonly string[];
	/** The page's name in the old site's navigation (Docusaurus' `sidebar_label`), if it has one. */
	label?: string;
	/** The page's own name in the source, as readers would say it (its file's name: `Portal` for `api/portal.md`). */
	name?: string;
	/**
	 * The folders the page's file sits in, innermost first, as readers would say them (`User`,
	 * `Events` for `events/user/notifications.md`), a folder's own page (`configuration/README.md`)
	 * in the folder above its own.
	 */
	folders?: readonly string[];
	file: string;
	/** Set when the title stays the same as another's: why, for the report. */
	clash?: string;
	/** Set when the title was told apart from another's: what it was and became, for the report. */
	renamed?: string;
}

/**
 * How a source names a page apart from its title, when its names mean something to
 * readers: a docs folder's file name (`Portal` for `api/portal.md`). A helpdesk's
 * article id (`360001234`) tells a reader nothing, so it names none. The docs'
 * own index page was the old site's home page: `Home`, where its file's name would
 * say `Index` ("Welcome to wanderer (Index)").
 */
export function pageName(system: SourceSystem, id: string | undefined): string | undefined {
	if (system !== 'folder' || id === undefined) return undefined;
	if (HOME_PAGE_ID.test(id)) return 'Home';
	// A folder's own page (`configuration/README`) is named by its folder.
	const parts = id.split('/');
	return titleFromName(parts.length > 1 && HOME_PAGE_ID.test(parts.at(-1) ?? '') ? parts.slice(0, -1).join('/') : id);
}

/** The id of the page at the root of a docs folder: its index or README. */
const HOME_PAGE_ID = /^(?:_?index|readme)$/i;

/**
 * Whether `title` names the folder `name`: at least half of the folder name's words in it
 * ("v2 API Endpoints" for `api-endpoints-v2`), or its letters alone, an acronym written
 * with punctuation ("ER:LC" for `erlc`, "CI/CD" for `cicd`), or its words written together
 * ("Microsoft 365 Mail" for `microsoft365`).
 */
function namesFolder(title: string, name: string): boolean {
	const folderWords = nameWords(titleFromName(name));
	const titleWords = new Set(nameWords(title));
	const shared = folderWords.filter((word) => titleWords.has(word)).length;
	if (folderWords.length > 0 && shared * 2 >= folderWords.length) return true;
	const letters = (text: string) =>
		text
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]/gu, '');
	if (folderWords.length !== 1 || letters(name) === '') return false;
	if (letters(title) === letters(name)) return true;
	// A name of words written together (`microsoft365`, `whatsapp`) is a run of the title's words.
	const tokens =
		title
			.normalize('NFKD')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? [];
	for (let start = 0; start < tokens.length; start++)
		for (
			let joined = tokens[start] ?? '', end = start + 1;
			end < tokens.length && joined.length < letters(name).length;
			end++
		) {
			joined += tokens[end];
			if (joined === letters(name)) return true;
		}
	return false;
}

/**
 * The folders a docs folder's page sits in, innermost first (`User`, `Events` for
 * `events/user/notifications`), a folder's own page (`configuration/README`) in the
 * folder above its own: each named by its own page's title where that names it
 * (`v2 API Endpoints` for `api-endpoints-v2/`, by its `README`), else as readers would
 * say its name. `titles` are the pages' titles by their source's id.
 */
export function pageFolderNames(
	system: SourceSystem,
	id: string | undefined,
	titles: ReadonlyMap<string, string> = new Map(),
): string[] {
	if (system !== 'folder' || id === undefined) return [];
	const parts = id.split('/').slice(0, -1);
	if (HOME_PAGE_ID.test(id.split('/').at(-1) ?? '')) parts.pop();
	const byId = new Map([...titles].map(([page, title]) => [page.toLowerCase(), title]));
	return parts
		.map((_, index) => {
			const folder = parts.slice(0, index + 1).join('/');
			const name = parts[index] as string;
			const title = [`${folder}/index`, `${folder}/_index`, `${folder}/readme`, folder]
				.map((page) => byId.get(page.toLowerCase())?.replace(/\s+/g, ' ').trim())
				.find((found) => found !== undefined && found !== '');
			return title !== undefined && namesFolder(title, name) ? title : titleFromName(name);
		})
		.reverse();
}

/** Whether two names say the same words, a plural's `s` aside (`Payment method` and "Payment Methods"). */
function sameName(name: string, title: string): boolean {
	if (titleKey(name) === titleKey(title)) return true;
	const words = nameWords(name);
	return words.length > 0 && words.join(' ') === nameWords(title).join(' ');
}

/** Whether a title holds every word of a name (`System Filters` holds `Filters`). */
function saysName(title: string, name: string): boolean {
	const words = nameWords(name);
	const titleWords = new Set(nameWords(title));
	return words.length > 0 && words.every((word) => titleWords.has(word));
}

/** The words of a name, in lower case, accents and numbers left off, a plural's `s` too (`APIs` as `api`). */
function nameWords(name: string): string[] {
	return (
		name
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.match(/\p{L}[\p{L}\p{N}]*/gu) ?? []
	).map((word) => (word.length > 3 ? word.replace(/s$/, '') : word));
}

/**
 * Folders named by their file name (`ios`, `advanced-configuration-and-apis-1`) named by
 * their own page's title instead ("iOS SDK Integration Guide", "Advanced Configuration and
 * APIs"), as the old site's navigation showed them: the page is the folder's `index`,
 * `_index` or `README`, a page named like the folder beside it (`ios.md`, as ReadMe and
 * others write a parent page) or in it (Docusaurus' `ios/ios.md`). A title that does not
 * name the folder, at least half of the folder name's words in it ("Overview" of `api/`),
 * leaves the folder its name. `titles` are the planned pages' titles by their source's id.
 */
export function folderPageNames(
	groups: ReadonlyMap<string, SourceGroup>,
	titles: ReadonlyMap<string, string>,
): Map<string, SourceGroup> {
	const byId = new Map([...titles].map(([id, title]) => [id.toLowerCase(), title]));
	const named = new Map(groups);
	for (const [key, group] of groups) {
		if (!group.fromFileName) continue;
		const folder = group.id.toLowerCase();
		const last = folder.split('/').at(-1) ?? folder;
		const title = [`${folder}/index`, `${folder}/_index`, `${folder}/readme`, folder, `${folder}/${last}`]
			.map((id) => byId.get(id)?.replace(/\s+/g, ' ').trim())
			.find((found) => found !== undefined && found !== '');
		if (title !== undefined && namesFolder(title, last)) named.set(key, { ...group, name: title });
	}
	return named;
}

/** The longest title the article schema accepts. */
export const TITLE_LIMIT = 100;

/**
 * Two pages with one title read as the same search result twice, and `npm run
 * check` refuses them. Imported articles that share a title (with each other or
 * with an article already here) take their section's name after it: "Templates
 * (Web Clipper)", or, when that is not enough, the names of the sections around it, the
 * fewest that tell them apart: "Changelog (Insiders › Changelog)". Pages of one folder still alike take their own
 * name after the folder's: the one the old site's navigation showed ("Quick Start (sdk ›
 * JavaScript)" by Docusaurus' `sidebar_label`), else their file's: "Quick Start (api ›
 * Portal)"; one named like its title keeps the folder's alone; then the name of the
 * folder its file sits in ("Events (Documentation › User)"). Those still alike after
 * that keep their title and say so.
 */
export function disambiguateTitles(articles: TitledArticle[], taken: ReadonlyMap<string, string>): void {
	const count = (list: TitledArticle[]) => {
		const counts = new Map<string, number>();
		for (const article of list) counts.set(titleKey(article.title), (counts.get(titleKey(article.title)) ?? 0) + 1);
		return counts;
	};
	const clashes = (counts: Map<string, number>, article: TitledArticle) =>
		(counts.get(titleKey(article.title)) ?? 0) > 1 || taken.has(titleKey(article.title));
	// A folder's own page is often titled by the folder ("Changelog" of changelog/), or a page alone in a folder
	// by its name in the plural ("Payment Methods" in payment-method/): that name tells nothing apart.
	// A section whose every word the title already says ("System Filters" in Filters) tells the reader nothing either,
	// so the sections around it name the page, when there are any.
	const paths = new Map(
		articles.map((article) => [
			article,
			[...(article.outerGroups ?? []), ...(article.group ? [article.group] : [])]
				.map((name) => name.replace(/\s+/g, ' ').trim())
				.filter((name) => name !== ''),
		]),
	);
	const names = new Map(
		[...paths].map(([article, path]) => {
			const list = path.filter((name) => !sameName(name, article.title));
			const telling = list.filter((name) => !saysName(article.title, name));
			return [article, telling.length > 0 ? telling : list];
		}),
	);
	const rename = (article: TitledArticle, title: string, groups: readonly string[]) => {
		const named = `${title} (${groups.join(' › ')})`;
		if (named.length > TITLE_LIMIT) return false;
		article.title = named;
		return true;
	};
	const original = new Map(articles.map((article) => [article, article.title]));
	// The innermost section's name; for those still alike (two `changelog/` folders in different places), the
	// names of the sections around it, the fewest that tell them apart (passing over names that recur across the site).
	// Read from the sections as the site nests them, before any was passed over for one page's title.
	const recurring = recurringNames(paths.values());
	const deepest = Math.max(0, ...[...names.values()].map((list) => list.length));
	for (let depth = 1; depth <= deepest; depth++) {
		const still = count(articles);
		const alike = new Map<string, TitledArticle[]>();
		for (const article of articles.filter((entry) => clashes(still, entry))) {
			const key = titleKey(original.get(article) ?? article.title);
			alike.set(key, [...(alike.get(key) ?? []), article]);
		}
		for (const set of alike.values()) {
			const specific = specificNames(set, depth, (article) => names.get(article) ?? [], recurring);
			for (const article of set) {
				const groups = names.get(article) ?? [];
				const title = original.get(article) ?? article.title;
				if (specific && groups.length >= depth && rename(article, title, specific.get(article) ?? [])) continue;
				// Too long with the names inside it, which they share: the outer name alone tells them apart.
				if (groups.length >= depth && !rename(article, title, groups.slice(-depth)) && depth > 1)
					rename(article, title, groups.slice(-depth, 1 - depth));
			}
		}
	}
	// Still alike (two pages of one folder): each page's own name tells them apart, unless it is the title again:
	// its name in the navigation first, then (for pages that share that too) its file's.
	const byOwnName = (pick: (article: TitledArticle) => (string | undefined)[]) => {
		const still = count(articles);
		for (const article of articles.filter((entry) => clashes(still, entry))) {
			const title = original.get(article) ?? article.title;
			const folder = (names.get(article) ?? []).at(-1);
			const own = pick(article)
				.map((name) => name?.replace(/\s+/g, ' ').trim() ?? '')
				.find(
					(name) =>
						name !== '' && titleKey(name) !== titleKey(title) && !(folder && titleKey(name) === titleKey(folder)),
				);
			if (own !== undefined) rename(article, title, folder ? [folder, own] : [own]);
		}
	};
	byOwnName((article) => [article.label, article.name]);
	byOwnName((article) => [article.name]);
	// Still alike (a GitBook group holding `user/notifications.md` and `folder/notifications.md`): the folder each sits in,
	// else the nearest folder around it that tells them apart (`api-v2/civilian/` and `api/civilian/`: v2 API, API).
	const levels = Math.max(0, ...articles.map((article) => article.folders?.length ?? 0));
	for (let level = 0; level < levels; level++)
		if (articles.some((article) => clashes(count(articles), article)))
			byOwnName((article) => [article.folders?.[level]]);
	for (const article of articles) {
		const before = original.get(article) ?? article.title;
		if (article.title !== before)
			article.renamed = `title: "${before}" is also another page's, so it became "${article.title}"`;
	}
	const after = count(articles);
	for (const article of articles) {
		if (!clashes(after, article)) continue;
		const others = articles
			.filter((other) => other !== article && titleKey(other.title) === titleKey(article.title))
			.map((other) => displayPath(other.file));
		const existing = taken.get(titleKey(article.title));
		if (existing) others.push(displayPath(existing));
		article.clash = `the title "${article.title}" is also the title of ${others.join(', ')}: npm run check reports it until one of them is renamed`;
	}
}

/**
 * Section names found under more than one parent section (`Features` under each
 * product, `Solving problems` under each app): they say what kind of page it is, not
 * where, so they tell pages apart poorly.
 */
function recurringNames(paths: Iterable<readonly string[]>): Set<string> {
	const parents = new Map<string, Set<string>>();
	for (const path of paths)
		path.forEach((name, index) => {
			const key = titleKey(name);
			const parent = index === 0 ? '' : titleKey(path[index - 1] as string);
			parents.set(key, (parents.get(key) ?? new Set()).add(parent));
		});
	return new Set([...parents].filter(([, under]) => under.size > 1).map(([name]) => name));
}

/**
 * Names for pages alike up to `depth` names, where the outermost of the innermost
 * names is one that recurs across the site: the nearest section around it that does
 * not goes before them. Pages of one title under different products ("Ad blocking" in
 * *AdGuard for Android › Features › Protection* and in *AdGuard for Windows ›
 * Protection*) then read "Ad blocking (AdGuard for Android › Protection)" rather than
 * "(Protection)" and "(Features › Protection)", which name no product. Only for pages at
 * different depths, whose innermost names then stand at different levels, and when that
 * tells every page of the set apart; undefined otherwise (the innermost names then do,
 * as before).
 */
function specificNames<Article>(
	set: readonly Article[],
	depth: number,
	groupsOf: (article: Article) => readonly string[],
	recurring: ReadonlySet<string>,
): Map<Article, string[]> | undefined {
	// Paths of one length part at the same level (`Firefly III` and `Data Importer`, each under `How-to guides`):
	// their innermost names are alike in kind, whatever recurs elsewhere.
	if (new Set(set.map((article) => groupsOf(article).length)).size < 2) return undefined;
	const named = new Map<Article, string[]>();
	let changed = false;
	for (const article of set) {
		const groups = groupsOf(article);
		const inner = groups.slice(-depth);
		const outer = groups.slice(0, -depth);
		const replacement =
			inner.length === depth && recurring.has(titleKey(inner[0] ?? ''))
				? outer.findLast((name) => !recurring.has(titleKey(name)))
				: undefined;
		if (replacement !== undefined) changed = true;
		named.set(article, replacement === undefined ? inner : [replacement, ...inner]);
	}
	const shown = [...named.values()].map((groups) => titleKey(groups.join(' › ')));
	return changed && new Set(shown).size === shown.length ? named : undefined;
}

/** What sites put between a page's title and their own name: "Billing - IVPN Help", "Install | Acme Docs", "Ops : Runbooks". */
const NAME_SEPARATORS = [' - ', ' | ', ' – ', ' — ', ' · ', ' :: ', ' : ', ' » '];

/** The longest site name taken for one: a longer tail is part of the title. */
const NAME_LIMIT = 60;

/**
 * The site's name that docs generators and wikis write with every page title for the
 * browser tab and search engines: after it ("Cancel your plan - IVPN Help") or before
 * it (Confluence's "Support : Reset a password"), separator included: a tail that at
 * least half the titles, and at least three, share, or a head that nine in ten, and
 * at least five, do. The tail is returned as
 * `" - IVPN Help"`, the head as `"Support : "`. Undefined when no part is that common,
 * so a folder whose titles merely repeat a word ("Setup - Windows", "Setup - Mac")
 * keeps them whole.
 */
export function sharedSiteName(titles: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const title of titles) {
		const parts = new Set<string>();
		for (const separator of NAME_SEPARATORS) {
			const last = title.lastIndexOf(separator);
			const tail = last > 0 ? title.slice(last + separator.length).trim() : '';
			if (tail !== '' && tail.length <= NAME_LIMIT) parts.add(`${separator}${tail}`);
			const first = title.indexOf(separator);
			const head = first > 0 ? title.slice(0, first).trim() : '';
			if (head !== '' && head.length <= NAME_LIMIT && first + separator.length < title.length)
				parts.add(`${head}${separator}`);
		}
		for (const part of parts) counts.set(part, (counts.get(part) ?? 0) + 1);
	}
	// A head is more often a topic ("Setup - Windows", "Setup - Mac") than a site's name: nearly every title must share it.
	const common = ([part, count]: [string, number]) =>
		isHead(part) ? count >= 5 && count >= titles.length * 0.9 : count >= 3 && count * 2 >= titles.length;
	let best: [string, number] | undefined;
	for (const entry of counts) if (common(entry) && (!best || entry[1] > best[1])) best = entry;
	return best?.[0];
}

function isHead(siteName: string): boolean {
	return !NAME_SEPARATORS.some((separator) => siteName.startsWith(separator));
}

/** The title without the site's name after or before it, when it has it and more than it. */
export function withoutSiteName(title: string, siteName: string | undefined): string {
	if (!siteName) return title;
	const head = isHead(siteName);
	if (head ? !title.startsWith(siteName) : !title.endsWith(siteName)) return title;
	const rest = head ? title.slice(siteName.length) : title.slice(0, -siteName.length);
	return rest.trim() || title;
}
