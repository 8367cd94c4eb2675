import { normalizeOldPath } from '../../redirects/old-path.ts';
import { savedPagePath } from './folder-pages.ts';
import type { HtmlPage } from './html-pages.ts';
import { sameHost } from './site-paths.ts';

/**
 * What the pages of a help center saved as a site tell about each other, read once
 * before any is converted: which meta descriptions and canonical addresses the
 * template gives every page (and so describe none), and where the old site served
 * each page.
 */
export class SavedPages {
	private readonly descriptions = new Map<string, number>();
	private readonly addresses = new Map<string, number>();

	private readonly basePath: string;
	private readonly oldSite?: URL;

	constructor(basePath: string, oldSite?: URL) {
		this.basePath = basePath;
		this.oldSite = oldSite;
	}

	/** Counts a page's description and canonical address. */
	add(page: HtmlPage): void {
		if (page.description) this.descriptions.set(page.description, (this.descriptions.get(page.description) ?? 0) + 1);
		const address = this.canonicalPath(page);
		if (address) this.addresses.set(address, (this.addresses.get(address) ?? 0) + 1);
	}

	/** The page's own meta description: none when the template gives it to other pages too. */
	description(page: HtmlPage): string | undefined {
		return page.description && this.descriptions.get(page.description) === 1 ? page.description : undefined;
	}

	/**
	 * The address the old site served the page at: the one it names as its own (`<link
	 * rel="canonical">`, else `og:url`) unless another page names it too, or it is on
	 * another host than the old site's; else the file's path (`servedFilePath`).
	 */
	oldPath(relative: string, page: HtmlPage): string {
		const address = this.canonicalPath(page);
		if (address && this.addresses.get(address) === 1) return address;
		return servedFilePath(savedPagePath(relative, this.basePath));
	}

	private canonicalPath(page: HtmlPage): string | undefined {
		if (!page.canonical) return undefined;
		let url: URL;
		try {
			url = new URL(page.canonical, this.oldSite ?? 'http://old-site/');
		} catch {
			return undefined;
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
		if (this.oldSite && !sameHost(url, this.oldSite)) return undefined;
		return normalizeOldPath(url.pathname).replace(/(.)\/+$/, '$1');
	}
}

/**
 * Addresses of hosted help centers, which never end in `.html`: Zendesk's
 * `/hc/en-us/articles/360001234-Title` (and its sections and categories), Intercom's
 * and Help Scout's `/en/articles/8801-title`, Freshdesk's `/support/solutions/articles/123`.
 */
const HOSTED_PAGE = /\/(?:articles|sections|categories|collections|solutions(?:\/articles|\/folders)?)\/\d+[^/]*$/;
/** Pages a server made (`faq.php`, `page.aspx`), whose saved copy `wget -E` named `faq.php.html`. */
const SERVER_PAGE = /\.(?:php|aspx?|jsp|cgi|cfm)\.html$/i;

/**
 * The address a saved file was served at, when no canonical address says: its path,
 * less the `.html` that `wget --adjust-extension` (`-E`) adds to a page served without
 * it. A hosted help center's page address never ends in `.html`, and a server page's
 * (`faq.php`) keeps its own extension; any other `.html` is taken as served, since
 * static sites serve their files so.
 */
export function servedFilePath(sitePath: string): string {
	const bare = sitePath.replace(/\.html$/i, '');
	return bare !== sitePath && (HOSTED_PAGE.test(bare) || SERVER_PAGE.test(sitePath)) ? bare : sitePath;
}
