import type { ListedBy, SectionListEntry } from '../section-list.ts';

/** The file an imported article is written as: MDX (callouts as `<Aside>`) or plain Markdown. */
export type OutputFormat = 'md' | 'mdx';

/**
 * Something the converter could not carry over as it was, kept visible in the
 * article for its author and listed in the report.
 */
export interface ConversionNote {
	/** `review`: the author must look at it; `info`: done on purpose, said for the record. */
	level: 'review' | 'info';
	message: string;
	/** The line of the source file it is about, when the page's lines are the file's: the report names it. */
	line?: number;
	/**
	 * The component a review note is about (`ApiV2Example`): the report says such a note
	 * once per component, with every article and line that uses it, not once per use.
	 */
	component?: string;
}

/** What became of a link in an imported article. */
export type LinkOutcome =
	/** It led to another imported article (or a product-area page) and now leads to its new address. */
	| {
			kind: 'rewritten';
			href: string;
			/** The linked article's title, for a link whose words are only its address (`[billing.md](billing.md)`). */
			title?: string;
	  }
	/** It leads to the old help center, to a page the import did not bring: it will break when the old site goes. */
	| { kind: 'outside'; href: string; reason: string }
	/** An ordinary link elsewhere (another website, an email address): kept as it was. */
	| { kind: 'kept'; href: string }
	/**
	 * A file of the old help center: `href` is its address, replaced by its copy beside the
	 * article once fetched; `key` names the file whatever address form links it (`fileKey`).
	 */
	| { kind: 'attachment'; href: string; key: string }
	/** It cannot stay a link (an unsafe scheme, or a page customers cannot open): its text stays, unlinked. */
	| { kind: 'unlinked'; reason: string };

/** What became of an image or an attachment. */
export type ImageOutcome =
	| { kind: 'copied'; src: string }
	/** Not copied (unreachable, not an image, too big): the original address stays and the report says why. */
	| { kind: 'missing'; src: string; reason: string };

/** The decisions a conversion asks of the import around it; all synchronous, prepared beforehand. */
export interface ConvertContext {
	format: OutputFormat;
	/** The article's old address, for resolving relative links and images. */
	baseUrl?: string;
	/**
	 * Where the old site served the page, as a folder, when that is not where its file is
	 * (a Hugo page `setup.md` served at `setup/`): browsers read an address written without
	 * a file's extension (`../billing/`) from there.
	 */
	linkBaseUrl?: string;
	/** `words`: the link's text, where the converter has it (an anchor no heading has may name one by its words). */
	link: (href: string, words?: string) => LinkOutcome;
	/**
	 * `alternate`: where the picture may be instead, when the source is unsure (raw HTML in
	 * a page the old site served as a folder, whose relative paths browsers resolved from there).
	 */
	image: (src: string, alternate?: string) => ImageOutcome;
	/** Ids in this article that other articles link to and that are not headings: kept as explicit anchors. */
	keepIds?: ReadonlySet<string>;
	/**
	 * The imported articles of the page's section, for a component that listed them
	 * (`<DocCardList />`, `<AutoCatalog />`, `{{% children %}}`), its section read as the
	 * component read it; undefined while the import is still planning, when nothing is listed yet.
	 */
	sectionList?: (by: ListedBy) => readonly SectionListEntry[] | undefined;
}
