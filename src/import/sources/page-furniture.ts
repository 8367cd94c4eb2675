import type { Element, ElementContent } from 'hast';
import { toString as hastText } from 'hast-util-to-string';

/**
 * The lines a help center's theme writes around an article inside its `<article>`:
 * the author and their avatar, "Updated 3 days ago", "4 min read", a follow button,
 * "Was this article helpful?" with its counts. They are the page's furniture, not the
 * article's words, and would date the imported article or ask a question nothing
 * answers. They are found at the article's edges only (before its first words and
 * after its last), by the names themes give them, else by their words when those are
 * nothing but such a line; the same words inside the article stay.
 */

/** Class names and ids of furniture, as Zendesk's Copenhagen, Intercom, Heroic KB and similar themes name it. */
const FURNITURE_NAMES =
	/(^|[-_])(meta|metadata|meta-data|meta-group|byline|author|avatar|updated|last-updated|published|timestamp|reading-time|read-time|readtime|view-count|views|helpful|voting|reactions?|rating|subscribe|follow|print|return-to-top|back-to-top|more-questions|request-callout)($|[-_])/;

const WHEN =
	/^(?:\d|ago\b|yesterday|today|over |about |almost |a (?:day|week|month|year)|an hour|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;

/** One part of a furniture line: "Updated 3 days ago", "4 min read", "Written by Ana", "12 out of 15 found this helpful". */
function isFurniturePart(part: string): boolean {
	const text = part.trim().replace(/[.:]$/, '');
	const dated =
		/^(?:last\s+)?(?:updated|modified|edited|published|posted|created|reviewed)(?:\s+(?:on|at))?:?\s+(.*)$/i.exec(text);
	if (dated?.[1] !== undefined) return WHEN.test(dated[1]);
	return (
		/^\d+\s*(?:min(?:ute)?s?|m)\.?\s+read$/i.test(text) ||
		/^(?:was this (?:article|page|answer) helpful|did this answer your question|is this (?:article|page) helpful)\??$/i.test(
			text,
		) ||
		/^\d+ (?:out )?of \d+ (?:people )?found this (?:article )?helpful$/i.test(text) ||
		// A name, not a sentence: "Written by Rosa Lind", Intercom's "Written by Rosa and 2 others".
		/^(?:written|posted|published) by \p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,3}(?: and \d+ others?)?$/u.test(text)
	);
}

/** Words a reader sees in a line: one or more furniture parts, joined by a theme's separators. */
export function isFurnitureLine(text: string): boolean {
	const parts = text
		.split(/\s*[·•|—–]\s*|\n+/)
		.map((part) => part.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	return parts.length > 0 && parts.every(isFurniturePart);
}

function names(element: Element): string[] {
	const value: unknown = element.properties?.className;
	const classes = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
	const id = element.properties?.id;
	return [...classes, ...(typeof id === 'string' ? [id] : [])].map((token) => token.toLowerCase());
}

/** What is the article's own, never furniture: headings, pictures, tables, code, lists of steps. */
const CONTENT_TAGS = /^(?:h[1-6]|img|picture|figure|table|pre|code|ol|video|iframe)$/;
/** Content a box named as furniture never holds; it may hold an avatar's picture, a heading over an author's name or a vote. */
const NEVER_FURNITURE = /^(?:h1|figure|table|pre|code|ol|video|iframe)$/;

function holds(element: Element, tags: RegExp): boolean {
	// A vote box's "Was this article helpful?" is often a heading of its own.
	if (/^h[2-6]$/.test(element.tagName) && isFurnitureLine(hastText(element))) return false;
	return tags.test(element.tagName) || element.children.some((child) => child.type === 'element' && holds(child, tags));
}

/** Furniture by the name themes give it (a few words, an avatar), or by its words alone. */
function isFurniture(element: Element): boolean {
	const text = hastText(element).replace(/\s+/g, ' ').trim();
	if (text.split(' ').length > 30) return false;
	const named = element.tagName === 'time' || names(element).some((name) => FURNITURE_NAMES.test(name));
	if (named) return !holds(element, NEVER_FURNITURE);
	return text !== '' && !holds(element, CONTENT_TAGS) && isFurnitureLine(hastText(element));
}

/** A box around other elements, which the article's edge may be inside of. */
const WRAPPERS = new Set(['div', 'section', 'header', 'aside', 'span']);

function isBlank(child: ElementContent): boolean {
	return child.type === 'comment' || (child.type === 'text' && child.value.trim() === '');
}

/**
 * Takes furniture off one edge of `element` (its start, or its end when `fromEnd`),
 * looking inside boxes that hold only furniture and the title; true when the edge
 * was all furniture and title, so the edge goes on in the next sibling.
 */
function trimEdge(element: Element, fromEnd: boolean): boolean {
	const children = fromEnd ? [...element.children].reverse() : [...element.children];
	const dropped = new Set<ElementContent>();
	let through = true;
	for (const child of children) {
		if (isBlank(child)) continue;
		if (child.type !== 'element') {
			through = false;
			break;
		}
		if (isFurniture(child)) {
			dropped.add(child);
			continue;
		}
		// The title stays where it is: the import reads it and leaves it out of the body.
		if (child.tagName === 'h1') continue;
		if (WRAPPERS.has(child.tagName) && trimEdge(child, fromEnd)) continue;
		through = false;
		break;
	}
	element.children = element.children.filter((child) => !dropped.has(child));
	return through;
}

/** The article's container without the theme's furniture at its start and end. */
export function withoutFurniture(article: Element): void {
	if (!trimEdge(article, false)) trimEdge(article, true);
}
