import type { HugoSiteShortcodes } from '../convert/hugo.ts';
import type { MkdocsIcons } from '../convert/mkdocs-icons.ts';
import type { PymdownxMarks } from '../convert/pymdownx-marks.ts';
import type { ConversionNote } from '../convert/types.ts';
import type { Generator } from './generators.ts';

/** The systems Tryblock imports from; the first part of an article's `source`. */
export type SourceSystem =
	| 'zendesk'
	| 'intercom'
	| 'freshdesk'
	| 'helpscout-docs'
	| 'zohodesk'
	| 'document360'
	| 'folder';

/** The kinds of grouping the import map can name, per system (`help_centers`: an Intercom workspace's several help centers). */
export type GroupType = 'sections' | 'categories' | 'collections' | 'folders' | 'help_centers';

/** A section, category, collection or folder of the old help center. */
export interface SourceGroup {
	type: GroupType;
	id: string;
	name: string;
	/** The group it sits in, if any: the map is consulted from the innermost group outwards. */
	parent?: { type: GroupType; id: string };
	/**
	 * The name is a folder's file name, one word or words joined by dashes (`ios`,
	 * `advanced-configuration-and-apis-1`), made readable: the title of the folder's own
	 * page, when it names the folder, reads better where pages are told apart.
	 */
	fromFileName?: boolean;
}

export type SourceBody =
	| { kind: 'html'; html: string }
	/** Markdown or MDX from another docs generator, frontmatter removed. */
	| {
			kind: 'markdown';
			text: string;
			mdx: boolean;
			/** The generator's own reading of its syntax: Mintlify titles code blocks by the words after the language. */
			generator?: Generator['name'];
			/** The MDX files the page imports to show as components, by the name it gives them (`<Snippet file>`s as `Snippet:<file>`). */
			partials?: Record<string, PartialFile>;
			/** A Hugo site's own shortcode templates and params, to render the shortcodes the page uses. */
			hugo?: HugoSiteShortcodes;
			/** The file's line `text` starts on (after its frontmatter), when its lines are the file's: notes name them. */
			firstLine?: number;
			/** Whether the old site typeset `$…$` in a sentence as math (a math plugin in its configuration). */
			dollarMath?: boolean;
			/** Whether the MkDocs site drew Material's icon shortcodes (`:material-pencil:`), and its own icon sets; undefined when no MkDocs site is known. */
			mkdocsIcons?: MkdocsIcons;
			/** The pymdownx marks (`~sub~`, `^sup^`, `^^insert^^`) an MkDocs site read; undefined when no MkDocs site is known. */
			mkdocsMarks?: PymdownxMarks;
	  };

/** An MDX file a page shows as a component (a Docusaurus partial, a Mintlify snippet), frontmatter removed. */
export interface PartialFile {
	text: string;
	/** Its address, for the links and images in it. */
	base: string;
	/**
	 * Why the page showed nothing where it used it, for a site's own component that the
	 * import leaves out (one that only sets the page's `<head>`).
	 */
	invisible?: string;
	/**
	 * A site's own React component the page imports (`@site/src/components/CtaBox`): its
	 * code, read (never run) for what it shows, its file as the site names it, whether it
	 * is TypeScript, and the name it is exported as (`default` for the default export).
	 */
	component?: { file: string; code: string; typescript: boolean; name: string };
	/**
	 * The partials and components the partial itself imports, by the names it gives them,
	 * which its own `<Name />` means before the page's (MDX scopes imports to their file).
	 */
	partials?: Record<string, PartialFile>;
}

/** One article as a source describes it, before conversion. */
export interface SourceArticle {
	/** The id in the source system (the part after the colon in `source`). */
	id: string;
	title: string;
	/**
	 * The page's name in the old site's navigation, when the source gives one apart from
	 * its title (Docusaurus' `sidebar_label`): what tells pages with one title apart.
	 */
	navLabel?: string;
	/**
	 * The page's name in a navigation read for an alias only (a GitBook SUMMARY.md link's
	 * words): kept apart from `navLabel`, so the names that tell pages of one title apart
	 * stay as they were.
	 */
	aliasLabel?: string;
	/**
	 * Words the old site's own search found the page by without showing them on it
	 * (Mintlify's `keywords`): each that says what the title does not becomes an alias.
	 */
	searchKeywords?: string[];
	description?: string;
	body: SourceBody;
	/** The innermost group the article sits in. */
	group?: { type: GroupType; id: string };
	/**
	 * Other groups the article sits in as well (an Intercom article shared by the collections
	 * of several help centers): where the import map skips `group`, the first of these it
	 * does not skip places the article, which comes once.
	 */
	alsoIn?: { type: GroupType; id: string }[];
	/**
	 * The source cannot tell where the article sat (an Intercom article in no collection of a
	 * workspace with several help centers, its address on none of them): the map's defaults
	 * apply, and the report lists it as unmapped, from these words.
	 */
	unplaced?: string;
	/**
	 * The section of the old site's navigation the page sat in (a docs folder's sidebar),
	 * when it had one: the import map looks there before the page's `group`.
	 */
	navSection?: { type: GroupType; id: string };
	/**
	 * The page's place among its section's pages on the old site, when it gave one
	 * (Docusaurus' `sidebar_position`, VuePress' `order`, Hugo's `weight`, its entry's place
	 * in a Nextra `_meta` file): lists of the
	 * section's pages put it there.
	 */
	navOrder?: number;
	/** Labels or tags: they become `tags`. */
	labels: string[];
	draft: boolean;
	/** Why only the team may read it (a user segment, not public); undefined when everyone may. */
	restricted?: string;
	updated?: Date;
	/** Paths on the old site that should lead to the article from now on. */
	oldPaths: string[];
	/**
	 * Those of `oldPaths` that led to a section of the page (a generator's redirect to
	 * `/billing#plans`), with the section's id on the old site, which the redirect keeps.
	 */
	oldSections?: { path: string; fragment: string }[];
	/** The article's old address (or file), for resolving relative links and images. */
	base?: string;
	/** Where the old site served the page as a folder, for relative addresses, when not its file's folder (see `ConvertContext.linkBaseUrl`). */
	linkBase?: string;
	/** What the source reader already had to say (dropped frontmatter fields...). */
	notes: ConversionNote[];
	/** A credential of the import's HTTP clients was replaced with `[redacted]` in it (see `scrubbedSource`). */
	credentialRemoved?: boolean;
	/** The language of this record (`de`), and the one the article was written in, when the source says. */
	locale?: string;
	sourceLocale?: string;
}

/** A record the source holds that cannot be imported (no id, no title): reported, never dropped silently. */
export interface InvalidRecord {
	invalid: string;
	id?: string;
	/** Left out on purpose, with nothing for a person to do (a translation of a page the import brings): listed, not for review. */
	wanted?: boolean;
	/** A section's own page with nothing of its own: the section and where the old site served the page. */
	section?: { group: { type: GroupType; id: string }; oldPaths: string[]; title?: string };
}

/** Where a link in an article leads, as far as the old help center can tell. */
export type OldTarget =
	| {
			kind: 'article';
			id: string;
			fragment: string;
			/**
			 * The old address the link names, when it is none of those the source gives the
			 * article (a help center's article number followed by a title the article had
			 * before): people keep such addresses too, so it leads to the article as well.
			 */
			linkedAs?: string;
			/** The words the old site showed for a link without its own (a MyST label's heading). */
			title?: string;
	  }
	| { kind: 'group'; group: { type: GroupType; id: string } }
	/** A file the old help center keeps for its articles (an attachment, a PDF it links): copied beside the article. */
	| {
			kind: 'file';
			/** What names the file whatever address form a link uses (`zendesk-attachment:123`). */
			key?: string;
	  }
	/** A page of the old help center the import does not bring. */
	| { kind: 'old-site' }
	| { kind: 'elsewhere' };

/**
 * What names the file at `url`, classified as `target`, so one file linked under two
 * address forms, or linked and listed, is one file: the source's key, else the address.
 */
export function fileKey(target: OldTarget, url: string): string {
	return target.kind === 'file' && target.key ? target.key : url;
}

/** Bytes of an image or attachment (or why there are none). */
export type AssetFetch = { ok: true; bytes: Uint8Array; contentType?: string } | { ok: false; reason: string };

/** A file the source lists with an article (Zendesk's article attachments), whether or not the body links it. */
export interface ListedAttachment {
	url: string;
	/** The file's name as the source gives it. */
	name: string;
	/** An image shown in the body (Zendesk `inline`), rather than a file listed under it. */
	inline: boolean;
}

/** A help center (or docs folder) that can be read twice, once to index and once to convert. */
export interface ImportSource {
	system: SourceSystem;
	/** How the report names it: "Zendesk dump exports/zendesk", "Intercom API". */
	label: string;
	/**
	 * The folder the pages were read from, relative to the folder named (`docs`), when the
	 * import found a site's pages inside it: earlier imports, which read the whole folder,
	 * gave each page an id with that path in front (see `formerPageIds`).
	 */
	pagesFolder?: string;
	groups: () => Promise<SourceGroup[]>;
	articles: () => AsyncIterable<SourceArticle | InvalidRecord>;
	classify: (url: string) => OldTarget;
	/**
	 * The page the old site served at a path of its host (`/billing/refunds`), by id: for a
	 * link written with a host the import was not told is the old site's.
	 */
	pageAtPath?: (sitePath: string) => string | undefined;
	/**
	 * Where a name the old site's pages gave a place leads (a MyST `(label)=`, which
	 * any page links as `#label`), for a `#fragment` the linking page has no heading for.
	 */
	namedPlace?: (name: string) => OldTarget | undefined;
	/** An image or attachment, at most `maxBytes` of it. */
	fetchAsset: (url: string, maxBytes: number) => Promise<AssetFetch>;
	/**
	 * The address an image or file that could not be copied keeps in the article, when
	 * the one it was fetched by means nothing there (a docs folder's `file:` URL).
	 */
	oldAddress?: (url: string) => string;
	/**
	 * What a person should look at about the source as a whole, once its articles were read
	 * (a docs site's redirects that lead to no page here, or that the import cannot read).
	 */
	review?: () => string[];
	/** The files the source lists with an article (shown under its body), for sources that list them. */
	listedAttachments?: (article: SourceArticle) => Promise<ListedAttachment[]>;
}

/** The source cannot be read at all: a missing file, malformed JSON, a refused token. Exit 2. */
export class SourceUnreadable extends Error {
	readonly hint?: string;
	constructor(message: string, hint?: string) {
		super(message);
		this.name = 'SourceUnreadable';
		this.hint = hint;
	}
}
