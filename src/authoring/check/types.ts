import type { ContentEntry, LoadedContent } from '../../content-model/content.ts';
import type { MdxVerdict } from '../../markdown/mdx-components.ts';
import type { ScannedBody } from './scan.ts';

export type Severity = 'error' | 'warning';

/** A kind of problem `npm run check` reports; the summary lists kinds by `sortOrder`. */
export interface IssueKind {
	id: string;
	/** Summary line with `(s)` for the plural, e.g. "broken link(s)". */
	title: string;
	severity: Severity;
	sortOrder: number;
}

/** One problem at one place in one file. */
export interface Issue {
	kind: IssueKind;
	/** Path as shown to the user (relative to the working directory). */
	file: string;
	line: number;
	column: number;
	/**
	 * The frontmatter or settings field it is about (`updated`, `related.1`), shown before
	 * the message: bold in a terminal that takes colours, plain otherwise.
	 */
	field?: string;
	message: string;
	hint?: string;
}

/** Everything a check may read: the content, each body's scan and the settings. */
export interface CheckContext {
	content: LoadedContent;
	entries: ContentEntry[];
	bySlug: Map<string, ContentEntry>;
	/** The scan of one entry's body (links, images, headings, comments), computed once. */
	scan: (entry: ContentEntry) => ScannedBody;
	/** Anchor ids of one entry's page: heading slugs as Astro makes them, plus explicit ids. */
	anchors: (entry: ContentEntry) => Set<string>;
	/**
	 * What one parse of an `.mdx` entry's body says: why MDX cannot parse it, or the
	 * components it uses that the pages do not provide. Computed once per entry, and
	 * remembered between runs by `npm run check`.
	 */
	mdx: (entry: ContentEntry) => MdxVerdict;
	/** The site's `public/` folder, where root-relative images live. */
	publicDir: string;
	/** Articles last reviewed longer ago than this many days are reported. */
	staleAfterDays: number;
	today: Date;
}

export type Report = (issue: Issue) => void;

/** A content rule. Each check reports issues of its own kinds and never throws for bad content. */
export interface Check {
	name: string;
	run: (context: CheckContext, report: Report) => void;
}
