import path from 'node:path';
import { paths } from '../site/urls.ts';

/** A page that can have attachments: an article or a runbook, by its source file. */
export interface AttachmentOwner {
	kind: 'article' | 'runbook';
	slug: string;
	/** The page's source file (absolute, or relative to the working directory). */
	file: string;
}

/** Links to other pages, not files: Markdown sources and HTML pages go through the link rule. */
const PAGE_EXTENSION = /\.(?:mdx?|markdown|html?)$/i;
/** The last segment of a path names a file when it has an extension. */
const FILE_EXTENSION = /\.[A-Za-z0-9]{1,12}$/;
/**
 * Files a browser runs as a page of the help center when opened (HTML, SVG, XML,
 * scripts): served from its origin, they would be HTML nobody escaped. They are
 * never served as attachments; an SVG can still be shown as an image.
 */
const ACTIVE_EXTENSION = /\.(?:svgz?|xml|xht|xhtml|xsl|xslt|shtml|js|mjs|cjs)$/i;

/** True for a file name a browser would run as a page if the help center served it. */
export function isActiveFile(name: string): boolean {
	return ACTIVE_EXTENSION.test(name) || /\.html?$/i.test(name);
}

/** The path part of a link, without its query or fragment. */
function pathOf(href: string): string {
	return href.split(/[?#]/)[0] ?? '';
}

/**
 * True for a relative link to a file (`./verify-your-domain/checklist.pdf`,
 * `files/terms.pdf`): an attachment, resolved against the page's source file as
 * images are. Addresses with a scheme, root-relative and `#` links, and links to
 * Markdown or HTML pages are not.
 */
export function isAttachmentLink(href: string): boolean {
	if (/^(?:[a-z][a-z0-9+.-]*:|[/#?\\])/i.test(href)) return false;
	const last = pathOf(href).split('/').at(-1) ?? '';
	return FILE_EXTENSION.test(last) && !PAGE_EXTENSION.test(last);
}

export type AttachmentAddress =
	| {
			ok: true;
			/** Where the built site serves it: under the page, `/articles/<slug>/checklist.pdf`. */
			url: string;
			/** Its path beside the page's source file, segment by segment. */
			segments: string[];
			/** The first folder of that path, when it is not the page's own folder. */
			folder?: string;
	  }
	| { ok: false; reason: string; hint: string };

/**
 * The address the built site serves an attachment link of a page at: under the page's
 * own address, with the page's own folder (`./<slug>/`, where the import and authors
 * put its images and files) left out, so `./verify-your-domain/checklist.pdf` of
 * `verify-your-domain` is `/articles/verify-your-domain/checklist.pdf`. The link's
 * `?query#fragment` is kept (a PDF opens at `#page=3`). Pure: no disk is read.
 */
export function attachmentUrl(page: Pick<AttachmentOwner, 'kind' | 'slug'>, href: string): AttachmentAddress {
	const raw = pathOf(href);
	let decoded: string;
	try {
		decoded = decodeURI(raw);
	} catch {
		return { ok: false, reason: 'is not a valid address', hint: 'escape % as %25' };
	}
	const normal = path.posix.normalize(decoded.replaceAll('\\', '/'));
	if (normal === '.' || normal.startsWith('../') || normal === '..' || path.posix.isAbsolute(normal)) {
		return {
			ok: false,
			reason: "leads outside the page's folder",
			hint: `put the file in ./${page.slug}/, beside the page, and link ./${page.slug}/${path.posix.basename(decoded)}`,
		};
	}
	if (isActiveFile(normal)) {
		return {
			ok: false,
			reason: 'is a file browsers run as a page (HTML, SVG, XML or a script), which the help center never serves',
			hint: 'show an SVG as an image (![...](...)), or link a PDF or a text file instead',
		};
	}
	const segments = normal.split('/');
	const folder = segments.length > 1 && segments[0] !== page.slug ? segments[0] : undefined;
	const served = segments[0] === page.slug && segments.length > 1 ? segments.slice(1) : segments;
	const base = page.kind === 'article' ? paths.article(page.slug) : paths.runbook(page.slug);
	return {
		ok: true,
		url: `${base}${served.map(encodeURIComponent).join('/')}${href.slice(raw.length)}`,
		segments,
		folder,
	};
}

export type AttachmentTarget = (AttachmentAddress & { ok: true; file: string }) | (AttachmentAddress & { ok: false });

/** An attachment link of a page: its address in the build and the file, resolved against the page's source file. */
export function attachmentTarget(owner: AttachmentOwner, href: string): AttachmentTarget {
	const address = attachmentUrl(owner, href);
	if (!address.ok) return address;
	return { ...address, file: path.resolve(path.dirname(path.resolve(owner.file)), ...address.segments) };
}

/** The address of a served attachment without its query or fragment: the file's path in the build. */
export function attachmentPath(url: string): string {
	return decodeURIComponent(pathOf(url));
}
