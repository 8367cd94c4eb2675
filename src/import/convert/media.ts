/**
 * A video or recording the old page played inline comes over as a link to it. An
 * article page runs no player of its own (no client script beyond search and the
 * theme), and a link opens the browser's player or the host's page, where a note
 * saying "not imported" would leave the reader nothing. A file the link leads to
 * beside the old page is copied beside the article, like any linked file.
 */

import { unsafeAddressReason } from '../../text/unsafe-address.ts';

export interface MediaLink {
	url: string;
	text: string;
}

/** The value of a query parameter of an address, or undefined. */
function parameter(address: string, name: string): string | undefined {
	try {
		return new URL(address).searchParams.get(name) ?? undefined;
	} catch {
		return undefined;
	}
}

/**
 * Embedded players of the common video hosts (those Intercom's Articles API embeds among
 * them), and the page that plays the same video: from where the player started (YouTube's
 * `start`), with the key an unlisted Vimeo video plays only with (`h`). A Wistia player's
 * own address plays in a tab of its own; its media page is under the account's name, which
 * the player's address does not say.
 */
const HOSTED_PLAYERS: { player: RegExp; page: (id: string, address: string) => string; host: string }[] = [
	{
		player: /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})(?:[?#/]|$)/i,
		page: (id, address) => {
			const start = parameter(address, 'start');
			return `https://www.youtube.com/watch?v=${id}${start && /^\d+$/.test(start) ? `&t=${start}s` : ''}`;
		},
		host: 'YouTube',
	},
	{
		player: /^https?:\/\/player\.vimeo\.com\/video\/(\d{3,15})(?:[?#/]|$)/i,
		page: (id, address) => {
			const key = parameter(address, 'h');
			return `https://vimeo.com/${id}${key && /^[\da-f]{6,20}$/i.test(key) ? `/${key}` : ''}`;
		},
		host: 'Vimeo',
	},
	{
		player: /^https?:\/\/(?:www\.)?loom\.com\/(?:embed|share)\/([\da-f]{16,64})(?:[?#/]|$)/i,
		page: (id) => `https://www.loom.com/share/${id}`,
		host: 'Loom',
	},
	{
		player:
			/^https?:\/\/(?:fast\.)?wistia\.(?:net|com)\/embed\/(?:iframe|medias)\/([\da-z]{6,20})(?:\.jsonp)?(?:[?#/]|$)/i,
		page: (id) => `https://fast.wistia.net/embed/iframe/${id}`,
		host: 'Wistia',
	},
	{
		player: /^https?:\/\/(?:play|embed)\.vidyard\.com\/(?:embed\/v4\/|watch\/)?([\w-]{10,40})(?:\.html)?(?:[?#/]|$)/i,
		page: (id) => `https://share.vidyard.com/watch/${id}`,
		host: 'Vidyard',
	},
];

/** An address a link may keep: never one that runs code, `javascript:` or `data:` (src/text/unsafe-address.ts). */
function isLinkable(src: string): boolean {
	return src !== '' && unsafeAddressReason(src) === undefined;
}

/** The file's name at the end of an address (`demo clip.mp4` for `./media/demo%20clip.mp4?v=2`). */
function fileName(src: string): string | undefined {
	try {
		const name = decodeURIComponent(new URL(src, 'http://page.invalid/').pathname.split('/').at(-1) ?? '');
		return name.trim() || undefined;
	} catch {
		return undefined;
	}
}

/**
 * The link a frame that embeds a known host's video player becomes: the host's page for
 * that video, named by the frame's title or "Watch the video on YouTube". Undefined for
 * any other frame, which stays an import note.
 */
export function hostedVideoLink(src: string, title?: string): MediaLink | undefined {
	const address = src.trim().replace(/^\/\//, 'https://');
	for (const { player, page, host } of HOSTED_PLAYERS) {
		const id = player.exec(address)?.[1];
		if (id) return { url: page(id, address), text: title?.trim() || `Watch the video on ${host}` };
	}
	return undefined;
}

/**
 * The link a `<video>` or `<audio>` element (or a video component) becomes: to its file,
 * named by its title or "Watch the video (demo.mp4)". A frame address of a known host
 * leads to the host's page. Undefined without an address a link may keep.
 */
export function mediaLink(kind: 'video' | 'audio', src: string | undefined, title?: string): MediaLink | undefined {
	const address = src?.trim() ?? '';
	const hosted = hostedVideoLink(address, title);
	if (hosted) return hosted;
	if (!isLinkable(address)) return undefined;
	const verb = kind === 'video' ? 'Watch the video' : 'Listen to the recording';
	const name = fileName(address);
	return { url: address, text: title?.trim() || (name ? `${verb} (${name})` : verb) };
}

/** Pages of the common video hosts and of posts, which Obsidian and some editors embed with an image's syntax. */
const EMBEDDED_PAGES: { page: RegExp; host: string; verb: string }[] = [
	{
		page: /^https?:\/\/(?:www\.|m\.)?youtube\.com\/(?:watch\?(?:[^#]*&)?v=|shorts\/|live\/)[\w-]{6,20}(?:[&?#/]|$)/i,
		host: 'YouTube',
		verb: 'Watch the video',
	},
	{ page: /^https?:\/\/youtu\.be\/[\w-]{6,20}(?:[?#/]|$)/i, host: 'YouTube', verb: 'Watch the video' },
	{ page: /^https?:\/\/(?:www\.)?vimeo\.com\/\d{3,15}(?:[?#/]|$)/i, host: 'Vimeo', verb: 'Watch the video' },
	{ page: /^https?:\/\/(?:www\.)?loom\.com\/share\/[\da-f]{16,64}(?:[?#/]|$)/i, host: 'Loom', verb: 'Watch the video' },
	{
		page: /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/\w{1,15}\/status\/\d{5,25}(?:[?#/]|$)/i,
		host: 'X',
		verb: 'See the post',
	},
];

/**
 * What an image whose address is a video's or a post's page (`![](https://www.youtube.com/watch?v=…)`,
 * as Obsidian embeds them) becomes: a link to that page, named by the image's text or
 * "Watch the video on YouTube", where an image would show the reader a broken picture.
 * A known host's player address leads to its video's page. Undefined for any other address.
 */
export function embeddedPageLink(src: string, alt?: string): MediaLink | undefined {
	const hosted = hostedVideoLink(src, alt);
	if (hosted) return hosted;
	const address = src.trim();
	const found = EMBEDDED_PAGES.find(({ page }) => page.test(address));
	return found ? { url: address, text: alt?.trim() || `${found.verb} on ${found.host}` } : undefined;
}
