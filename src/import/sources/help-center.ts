import type { ServiceClient } from '../../http/client.ts';
import type { HelpCenterOptions } from './api-client.ts';
import { type DumpLayout, fetchDumpAsset } from './dump.ts';
import {
	type ImportSource,
	type InvalidRecord,
	type ListedAttachment,
	type OldTarget,
	type SourceArticle,
	type SourceGroup,
	type SourceSystem,
	SourceUnreadable,
} from './types.ts';

/** The host of an address, if it has one. */
export function hostOf(url: string | null | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).host;
	} catch {
		return undefined;
	}
}

/** A path that names a file (`/hc/guides/setup.pdf`) rather than a page. */
export function isFilePath(pathname: string): boolean {
	const last = pathname.split('/').at(-1) ?? '';
	return /\.[A-Za-z0-9]{1,8}$/.test(last) && !/\.(?:html?|php|aspx?|jsp)$/i.test(last);
}

/** What sets one hosted help center (Zendesk Guide, Intercom Articles) apart from another. */
export interface HelpCenterSpec {
	system: Exclude<SourceSystem, 'folder'>;
	/** How the report names it. */
	label: string;
	layout: DumpLayout;
	options: HelpCenterOptions;
	/** The API client when the records came from the API (the token goes to its origin only); one without credentials for a dump. */
	http?: ServiceClient;
	/** A dump's folder, where images and files saved beside it are found first. */
	localDir?: string;
	/** The sections, categories or collections of the dump; `hosts` learns the help center's addresses. */
	groups: (layout: DumpLayout, hosts: Set<string>) => Promise<SourceGroup[]>;
	/** Every article record of the dump, converted. */
	articles: (layout: DumpLayout) => AsyncIterable<SourceArticle | InvalidRecord>;
	/** Reads an address of the old help center, knowing its hosts. */
	classify: (url: string, hosts: ReadonlySet<string>) => OldTarget;
	listedAttachments?: (article: SourceArticle) => Promise<ListedAttachment[]>;
}

/**
 * An import source over a downloaded help center (a dump, or the API's lists saved
 * under `.tryblock/import/`): read twice, once to index and once to convert. The
 * help center's own hosts are learned from its records, so links to its pages are
 * recognised whatever domain it was served on. Images and files are read from beside
 * a dump when saved there, else downloaded (unless offline).
 */
export function helpCenterSource(spec: HelpCenterSpec): ImportSource {
	const { layout, label, options, http } = spec;
	const hosts = new Set<string>();
	let groups: Promise<SourceGroup[]> | undefined;
	return {
		system: spec.system,
		label,
		groups: () => {
			groups ??= spec.groups(layout, hosts);
			return groups;
		},
		async *articles() {
			if (layout.file('articles') === undefined)
				throw new SourceUnreadable(`${label}: no articles.json or articles.jsonl in the dump`);
			for await (const article of spec.articles(layout)) {
				const host = 'base' in article ? hostOf(article.base) : undefined;
				if (host) hosts.add(host);
				yield article;
			}
		},
		classify: (url) => spec.classify(url, hosts),
		fetchAsset: (url, maxBytes) =>
			fetchDumpAsset(url, { dir: spec.localDir, offline: options.offline, http, maxBytes }),
		listedAttachments: spec.listedAttachments,
	};
}
