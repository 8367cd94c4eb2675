import { hostedVideoLink } from '../convert/media.ts';

/**
 * A crawler writes an embedded video player out as the words its frame showed. Each becomes a
 * link to its video named by its title, as an imported player (`<iframe src=".../embed/...">`,
 * see convert/media.ts) does, so that two saves of one article whose players showed other
 * counts (82.1K or 82.2K subscribers, a Loom video's views and comments) read the same.
 */

/** The first line of a YouTube player a crawler wrote out: the video's title and " - YouTube" (then, on the line, its channel's picture). */
const PLAYER_TITLE = /^(?:#{1,6}\s+)?(?:(.+?) - )?YouTube(?:\s{2,}.*)?$/;
/** A line a player's words were written on whole, from its "Watch on" link: `[Watch on](…) 0:00 / 3:12 A caption`. */
const WATCH_ON_LINE = /^\[?Watch on\b/;
/** The video's own page, which the player links as "Watch on" and by its title. */
const WATCH = /\]\((https:\/\/(?:www\.)?youtube\.com\/watch\?v=[\w-]{6,20})/;
/** The player's clock and its live mark, its last words: `0:00 / 2:05`, `•Live`, `•`. */
const CLOCK = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?: \/ (?:\d{1,2}:)?\d{1,2}:\d{2})?$|^•\s*(?:Live)?$/;
/** The player's whole clock and live marks inside a line, and the words after them, which are the article's. */
const CLOCK_THEN = /(?:\d{1,2}:)?\d{1,2}:\d{2} \/ (?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*•\s*(?:Live)?)*\s*(.*)$/;

/** A line's words without the emphasis a crawler wrapped every line of a frame in (`**0:00 / 2:25**`). */
function bare(line: string): string {
	return line.replace(/\*\*|__/g, '').trim();
}

/** A Markdown link to the video, its words escaped. */
function linkLine(text: string, url: string): string {
	return `[${text.replace(/[[\]]/g, '\\$&')}](${url})`;
}

/**
 * A YouTube player as a crawler writes out what its frame showed: the video's title with
 * " - YouTube", the channel's picture and subscriber count, "Watch later", "Share", "Tap to
 * unmute", a sign-in notice, "Watch on" and the player's clock, a line each (in bold too) or
 * all on one line, the article's next words after its clock. A run that does not end in the
 * player's clock within 120 lines (blank ones too) is no player, and stays.
 */
function youtubePlayer(lines: readonly string[], index: number): { out: string[]; end: number } | undefined {
	const first = (lines[index] ?? '').trim();
	const opening = PLAYER_TITLE.exec(first);
	if (!opening && !WATCH_ON_LINE.test(first)) return undefined;
	const title = opening?.[1]?.trim() || 'Watch the video on YouTube';
	// Written on one line: the video's page and the clock on it, the words after the clock the article's.
	const oneLine = WATCH.exec(first)?.[1];
	const clocked = oneLine === undefined ? undefined : CLOCK_THEN.exec(first.slice(first.search(WATCH)));
	if (oneLine !== undefined && clocked)
		return { out: [linkLine(title, oneLine), ...(clocked[1] ? ['', clocked[1]] : [])], end: index };
	if (!opening) return undefined;
	let video: string | undefined;
	let end = -1;
	let after: string | undefined;
	for (let next = index + 1; next < Math.min(lines.length, index + 120); next += 1) {
		const line = bare(lines[next] ?? '');
		// Another player's title first: this line opened no player of its own.
		if (end < 0 && PLAYER_TITLE.test(line)) break;
		video ??= WATCH.exec(line)?.[1];
		const rest = video === undefined ? undefined : CLOCK_THEN.exec(line);
		if (video !== undefined && (CLOCK.test(line) || (rest && line.startsWith(rest[0])))) {
			end = next;
			after = rest?.[1] || undefined;
			if (after) break;
		} else if (end >= 0 && line !== '') break;
	}
	if (end < 0 || video === undefined) return undefined;
	return { out: [linkLine(title, video), ...(after ? ['', after] : [])], end };
}

/** The lines of a Loom player a crawler wrote out, each as it wrote it, and what each says. */
const LOOM_AVATAR = /^!\[[^\]]*\]\(https:\/\/(?:cdn\.loom\.com\/avatars|secure\.gravatar\.com\/avatar)\/[^)\s]*\)$/;
const LOOM_THUMBNAIL = /^!\[[^\]]*\]\(https:\/\/cdn\.loom\.com\/sessions\/thumbnails\/([\da-f]{16,64})[-_.][^)\s]*\)$/i;
/** The video's title and "Open video in Loom", links to its share page. */
const LOOM_LINK = /^\[([^\]]*)\]\(https:\/\/(?:www\.)?loom\.com\/share\/([\da-f]{16,64})[^)\s]*(?:\s+"[^"]*")?\)$/i;
const LOOM_OPEN = /^open video in loom$/i;
/** Its speed (`1.2×`), lengths at each speed (`13 min⚡️16 min…`), length, views, and the notice a browser without video shows. */
const LOOM_WORDS =
	/^(?:\d(?:\.\d+)?×|(?:\d+ min(?: \d+ sec)?|\d+ sec)⚡️.*|\d+ (?:min|sec)(?: \d+ sec)?|[\d.,]+K? views?|your (?:user agent|browser) does not support the html5 video element\.?)$/i;
/** In place of a commenter's picture, the initials of a name (`M`). */
const LOOM_INITIALS = /^\p{Lu}{1,2}$/u;
/** A reaction to the video, its emoji above the name of who reacted. */
const LOOM_REACTION = /^\p{Extended_Pictographic}\uFE0F?$/u;
/** Its reactions' count, and under a comment how many more comments it has. */
const LOOM_COMMENT_TAIL = /^(?:\d+|\+\d+ other comments?)$/;

/** A `<div>` around an embedded player's `<iframe>`, on one line, as a crawler kept it. */
const IFRAME_LINE = /^(?:<div\b[^>]*>\s*)*<iframe\b([^>]*)>\s*(?:<\/iframe>)?\s*(?:<\/div>\s*)*$/i;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

/** An embedded player's frame the crawler kept as HTML on a line of its own: a link to its video, as the import makes one. */
function framedPlayer(line: string): string | undefined {
	const attributes = IFRAME_LINE.exec(line.trim())?.[1];
	if (attributes === undefined) return undefined;
	const value = (name: string) => {
		const found = ATTRIBUTE(name).exec(attributes);
		return found ? (found[1] ?? found[2] ?? found[3]) : undefined;
	};
	const src = value('src');
	const link = src === undefined ? undefined : hostedVideoLink(src, value('title'));
	return link && linkLine(link.text, link.url);
}

/**
 * A Loom player as a crawler writes out what its frame showed: its title, the author's picture,
 * the title linked to its share page, its length and views, "Open video in Loom", its speeds, the
 * video's picture, a notice about HTML5 video, and the comments on it (a picture, the comment,
 * its reactions), in any order and some twice. A run of those lines holding the video's picture
 * or its "Open video in Loom" link is a player; its title is the linked one, else the short line
 * the frame showed above the run.
 */
function loomPlayer(
	lines: readonly string[],
	index: number,
): { link: string; title: string; start: number; end: number } | undefined {
	const kind = (line: string, inside: boolean) => {
		const words = bare(line);
		const link = LOOM_LINK.exec(words);
		if (link)
			return {
				marker: true,
				id: link[2],
				title: LOOM_OPEN.test(link[1] ?? '') ? undefined : link[1],
				strong: LOOM_OPEN.test(link[1] ?? ''),
			};
		const thumbnail = LOOM_THUMBNAIL.exec(words);
		if (thumbnail) return { marker: true, id: thumbnail[1], strong: true };
		// A comment's author's picture, or a reaction's emoji, above the comment or the name.
		if (LOOM_AVATAR.test(words) || LOOM_REACTION.test(words) || (inside && LOOM_INITIALS.test(words)))
			return { marker: true, avatar: true };
		if (LOOM_WORDS.test(words))
			return { marker: true, strong: !/^\d+ (?:min|sec)/.test(words) || words.includes('⚡') };
		return undefined;
	};
	const opening = kind(lines[index] ?? '', false);
	if (!opening || (!opening.avatar && !opening.strong && opening.id === undefined)) return undefined;
	let id: string | undefined;
	let title: string | undefined;
	let strong = false;
	let end = index;
	// Lines of a comment may follow the author's picture: one paragraph, then its reactions.
	let comment: 'none' | 'open' | 'written' = 'none';
	for (let next = index; next < lines.length; next += 1) {
		const line = bare(lines[next] ?? '');
		if (line === '') continue;
		const found = kind(line, true);
		if (found) {
			id ??= found.id;
			title ??= found.title;
			strong ||= found.strong === true;
			comment = found.avatar ? 'open' : 'none';
			end = next;
		} else if (
			comment === 'open' ||
			LOOM_COMMENT_TAIL.test(line) ||
			// The comment's paragraph goes on.
			(comment === 'written' && (lines[next - 1] ?? '').trim() !== '')
		) {
			if (comment === 'open') comment = 'written';
			end = next;
		} else break;
	}
	if (id === undefined || !strong) return undefined;
	// The frame's title, the line above the run, when it is the video's title or a short line of words alone.
	let start = index;
	let above = index - 1;
	while (above >= 0 && (lines[above] ?? '').trim() === '') above -= 1;
	const heading = above >= 0 ? bare(lines[above] ?? '') : '';
	const alone = above < 1 || (lines[above - 1] ?? '').trim() === '';
	if (
		alone &&
		heading !== '' &&
		(heading === title ||
			(title === undefined && heading.length <= 120 && !/[:.!?]$|^[-*+>#|!\d[]|\]\(|<|`/.test(heading)))
	) {
		title ??= heading;
		start = above;
	}
	const link = hostedVideoLink(`https://www.loom.com/embed/${id}`, title) as { url: string; text: string };
	return { link: linkLine(link.text, link.url), title: link.text, start, end };
}

/** The last line of the lines that is not blank. */
function lastNonBlank(lines: readonly string[]): string | undefined {
	for (let index = lines.length - 1; index >= 0; index -= 1)
		if ((lines[index] ?? '').trim() !== '') return lines[index];
	return undefined;
}

/** The article's lines with each video player a crawler wrote out a link to its video, and how many there were. */
export function withoutFlattenedPlayers(lines: readonly string[]): { lines: string[]; players: number } {
	const out: string[] = [];
	let players = 0;
	let lastLoom: { link: string; title: string } | undefined;
	for (let index = 0; index < lines.length; index += 1) {
		const line = lines[index] ?? '';
		const framed = framedPlayer(line);
		if (framed) {
			out.push(framed);
			players += 1;
			continue;
		}
		const youtube = youtubePlayer(lines, index);
		if (youtube) {
			out.push(...youtube.out);
			players += 1;
			index = youtube.end;
			continue;
		}
		const loom = loomPlayer(lines, index);
		if (loom) {
			// Its title line, above the run, was already written out.
			out.splice(out.length - (index - loom.start), index - loom.start);
			// The same player written out again, whole or as its title alone, is the one just linked.
			if (!(loom.link === lastLoom?.link && lastNonBlank(out) === loom.link)) {
				out.push(loom.link);
				players += 1;
			}
			lastLoom = loom;
			index = loom.end;
			continue;
		}
		if (lastLoom && bare(line) === lastLoom.title && lastNonBlank(out) === lastLoom.link) continue;
		out.push(line);
	}
	return { lines: out, players };
}
