import { slug } from 'github-slugger';
import { paths } from '../site/urls.ts';
import type { LinkOutcome } from './convert/types.ts';
import { lostLinkMark } from './lost-links.ts';
import { fileKey, type GroupType, type ImportSource, type OldTarget } from './sources/types.ts';

/** What pass one learned about an article that links into it need. */
export interface LinkTarget {
	slug: string;
	title: string;
	/** Public and published: what a public article may link. */
	visible: boolean;
	/** Source id (of a heading, or inside one) → the heading's anchor on the new page. */
	anchors: ReadonlyMap<string, string>;
	/** Anchors the new page has. */
	slugs: ReadonlySet<string>;
	/** Every id the source page had, headings or not. */
	ids: ReadonlySet<string>;
}

export interface LinkIndex {
	articles: ReadonlyMap<string, LinkTarget>;
	/** Product area of each mapped group, for links to old section pages. */
	areaOf: (group: { type: GroupType; id: string }) => string | undefined;
	/**
	 * Sections' own pages the import skipped for holding nothing of their own (a Hugo
	 * `_index.md` with its heading alone), by the source's id: their section, and its
	 * first imported article.
	 */
	sectionPages: ReadonlyMap<string, { group: { type: GroupType; id: string }; first: LinkTarget | undefined }>;
}

export interface LinkTally {
	rewritten: number;
	/** Links that still lead to the old help center, with why. */
	outside: { href: string; reason: string }[];
	/** Things a person must look at: anchors that went, links removed. */
	review: string[];
	/** Paths of the old site the import does not hold (`/pricing/`), whose links lost their target. */
	unlinkedOnOldSite: string[];
	/**
	 * Links to another site at the address of an imported page (`https://docs.acme.com/billing`
	 * for `/billing`), kept as they are: most likely the old site's own address, which the
	 * import was not told.
	 */
	likeOldSite: string[];
}

/** A web address's path (`/billing` of `https://docs.acme.com/billing#plans`), when it names a page, not a site's root. */
function pathOnItsSite(href: string): string | undefined {
	if (!/^https?:\/\//i.test(href)) return undefined;
	try {
		const url = new URL(href);
		return url.pathname.replace(/\/+$/, '') === '' ? undefined : url.pathname;
	} catch {
		return undefined;
	}
}

/**
 * A web address no browser can open: editors' link dialogs take whatever is pasted,
 * and words land where the address goes (`https://Storey%20configurator%20actions`).
 */
function isBrokenWebAddress(href: string): boolean {
	if (!/^https?:/i.test(href)) return false;
	try {
		new URL(href);
		return false;
	} catch {
		return true;
	}
}

/**
 * A text fragment (`#:~:text=Document%20identifier`) is no anchor: browsers find its
 * words on whatever page it opens, so it goes along with the link as it was.
 */
const isTextFragment = (fragment: string) => fragment.startsWith(':~:');

function decodedFragment(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}

/** The anchor a link into `target` ends with, or undefined when the page has nothing by that name. */
export function anchorIn(target: LinkTarget, fragment: string): string | undefined {
	if (fragment === '') return '';
	if (isTextFragment(fragment)) return fragment;
	let id = fragment;
	try {
		id = decodeURIComponent(fragment);
	} catch {
		// Keep it as written.
	}
	const mapped = target.anchors.get(id);
	if (mapped !== undefined) return mapped;
	if (target.ids.has(id)) return id;
	if (target.slugs.has(id)) return id;
	// Some generators keep a heading's capitals in its anchor (`#Command-Log` for "Command Log").
	const lower = id.toLowerCase();
	if (lower !== id) {
		const found = target.anchors.get(lower) ?? (target.slugs.has(lower) ? lower : undefined);
		if (found !== undefined) return found;
	}
	// Others keep its punctuation (`#what-is-free%3F` for "What is free?"), which the slug here drops.
	const plain = slug(id);
	if (plain !== '' && plain !== lower) {
		const found = target.anchors.get(plain) ?? (target.slugs.has(plain) ? plain : undefined);
		if (found !== undefined) return found;
	}
	// GitBook puts `id-` before the anchor of a heading that starts with a number (`#id-4.-import-the-csv-file`).
	const numbered = /^id-(\d.*)$/i.exec(id)?.[1];
	return numbered === undefined ? undefined : anchorIn(target, numbered);
}

/** The anchor of the page's heading whose words the link's words are, in any case and spacing. */
function headingNamed(target: LinkTarget, words: string): string | undefined {
	const anchor = slug(words.replace(/\s+/g, ' ').trim());
	return anchor !== '' && target.slugs.has(anchor) ? anchor : undefined;
}

/**
 * Decides each link of one article: another imported article becomes
 * `/articles/<slug>/` with its anchor carried over, an old section page becomes its
 * product area's page, a file of the old help center (an attachment, a PDF) is to be
 * copied beside the article, anything else of the old help center stays and is reported
 * (it breaks when the old site goes), and the rest of the web is left alone. A
 * public article never links a page customers cannot open.
 */
export function createLinkResolver(options: {
	source: ImportSource;
	index: LinkIndex;
	self: { id: string; visible: boolean };
	tally: LinkTally;
}) {
	const { source, index, self, tally } = options;
	/** A link's address on the old site, when the source knows it absolutely (a folder imported with its site's address). */
	const absoluteOnOldSite = (href: string): string | undefined => {
		const address = /^https?:/i.test(href) ? undefined : source.oldAddress?.(href);
		return address && /^https?:/i.test(address) ? address : undefined;
	};
	/** A link as the report shows it: where it led on the old site, never a path of the importing machine. */
	const shown = (href: string): string => (/^https?:/i.test(href) ? href : (source.oldAddress?.(href) ?? href));
	return (href: string, words?: string): LinkOutcome => {
		let labelled: OldTarget | undefined;
		if (href.startsWith('#')) {
			const target = index.articles.get(self.id);
			const anchor = target ? anchorIn(target, href.slice(1)) : href.slice(1);
			if (anchor !== undefined) return { kind: 'rewritten', href: anchor === '' ? '#' : `#${anchor}` };
			// A name another page gave a place (MyST's `(label)=`), linked from anywhere as `#label`.
			labelled = source.namedPlace?.(decodedFragment(href.slice(1)));
			if (labelled?.kind === 'article' && labelled.id === self.id && target) {
				const own = anchorIn(target, labelled.fragment);
				if (own !== undefined) return { kind: 'rewritten', href: own === '' ? '#' : `#${own}` };
			}
			// A contents list made by hand keeps ids its headings lost (Zendesk gives a heading a
			// new `h_01…` id when the article is copied): the link's words still name the heading.
			const named = target && words ? headingNamed(target, words) : undefined;
			if (labelled === undefined && named !== undefined) return { kind: 'rewritten', href: `#${named}` };
			if (labelled === undefined) {
				tally.review.push(`the link to ${href} on the same page leads to no heading; its text stays, unlinked`);
				return { kind: 'unlinked', reason: 'no such heading' };
			}
		}
		if (isBrokenWebAddress(href)) {
			tally.review.push(
				`the link to ${href} is no web address (words where the address goes?); its text stays, unlinked`,
			);
			return { kind: 'unlinked', reason: 'not a web address' };
		}
		const lost = lostLinkMark(href);
		if (lost !== undefined) {
			tally.review.push(`a link the old site had already lost (GitBook's "${lost}") was removed; its text stays`);
			return { kind: 'unlinked', reason: 'lost on the old site' };
		}
		const old = labelled ?? source.classify(href);
		if (old.kind === 'elsewhere') {
			const onItsSite = pathOnItsSite(href);
			const page = onItsSite === undefined ? undefined : source.pageAtPath?.(onItsSite);
			if (page !== undefined && index.articles.has(page)) tally.likeOldSite.push(href);
			// A root-relative link to the product's site around the old docs leads to its host.
			return { kind: 'kept', href: absoluteOnOldSite(href) ?? href };
		}
		// A file with an address to fetch it from is copied beside the article (see copyAssets).
		if (old.kind === 'file' && /^(?:https?|file):/i.test(href)) {
			return { kind: 'attachment', href, key: fileKey(old, href) };
		}
		if (old.kind === 'article') {
			const target = index.articles.get(old.id);
			const section = target ? undefined : index.sectionPages.get(old.id);
			// A link to a section's skipped page leads where its old address now redirects.
			if (section?.first && (section.first.visible || !self.visible)) {
				const area = index.areaOf(section.group);
				tally.rewritten++;
				return area
					? { kind: 'rewritten', href: paths.productArea(area) }
					: { kind: 'rewritten', href: paths.article(section.first.slug), title: section.first.title };
			}
			if (!target) {
				const address = absoluteOnOldSite(href);
				if (address) {
					tally.outside.push({ href: address, reason: `article ${old.id} was not imported` });
					return { kind: 'outside', href: address, reason: 'not imported' };
				}
				if (!/^https?:/i.test(href)) {
					tally.review.push(
						`the link to ${shown(href)} leads to a page that was not imported; its text stays, unlinked`,
					);
					return { kind: 'unlinked', reason: 'not imported' };
				}
				tally.outside.push({ href, reason: `article ${old.id} was not imported` });
				return { kind: 'outside', href, reason: 'not imported' };
			}
			if (self.visible && !target.visible) {
				tally.review.push(
					`the link to "${target.title}" was removed: customers cannot open it (internal or draft); its text stays`,
				);
				return { kind: 'unlinked', reason: 'hidden target' };
			}
			let anchor = anchorIn(target, old.fragment);
			if (anchor === undefined) {
				tally.review.push(
					`"${target.title}" has no heading #${old.fragment}: the link leads to the top of the article`,
				);
				anchor = '';
			}
			tally.rewritten++;
			return {
				kind: 'rewritten',
				href: `${paths.article(target.slug)}${anchor ? `#${anchor}` : ''}`,
				title: old.title ?? target.title,
			};
		}
		if (old.kind === 'group') {
			const area = index.areaOf(old.group);
			if (area) {
				tally.rewritten++;
				return { kind: 'rewritten', href: paths.productArea(area) };
			}
		}
		const address = absoluteOnOldSite(href) ?? href;
		if (!/^https?:/i.test(address)) {
			tally.review.push(`the link to ${shown(href)} leads to no imported page; its text stays, unlinked`);
			tally.unlinkedOnOldSite.push(shown(href));
			return { kind: 'unlinked', reason: 'not a page of the import' };
		}
		tally.outside.push({
			href: address,
			reason: old.kind === 'group' ? 'a section with no product area in the map' : 'a page of the old help center',
		});
		return { kind: 'outside', href: address, reason: 'old help center' };
	};
}
