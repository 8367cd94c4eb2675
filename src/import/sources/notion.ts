/**
 * Notion's Markdown export: every page a file named by its title and its id
 * (`Getting started 1a2b…9f.md`), its folder named the same way, and the page's
 * properties written as lines under its title (`Tags: Onboarding`). The id is no part
 * of a name a reader sees, and the properties are the page's fields, not its words.
 */

/** The id Notion puts after every exported page's and folder's name. */
const NOTION_ID = /\s+[0-9a-f]{32}$/;

/** Whether a file of the folder is named as Notion's export names pages. */
export function isNotionPageFile(file: string): boolean {
	return NOTION_ID.test(
		file
			.split('/')
			.at(-1)
			?.replace(/\.(md|markdown)$/i, '') ?? '',
	);
}

/** A page's or folder's name without the id Notion puts after it. */
export function withoutNotionId(name: string): string {
	return name.replace(NOTION_ID, '') || name;
}

/** A property line: a short name, a colon, a value. */
const PROPERTY = /^([^:\n*#>|`[\]-][^:\n]{0,39}):[ \t]+(\S.*)$/;
const TAG_NAMES = new Set(['tags', 'labels', 'keywords']);
const EDITED_NAMES = new Set(['last edited time', 'last edited', 'updated', 'last updated']);

export interface NotionProperties {
	/** The body without the property lines. */
	body: string;
	labels: string[];
	/** When the page was last edited, if a property says. */
	updated?: Date;
	/** The names of the properties that have no field here. */
	dropped: string[];
}

/**
 * The property lines under a page's title (`# Getting started`, a blank line, then
 * `Created: March 3, 2026 10:12 AM`, `Tags: Onboarding, Billing` up to the next blank
 * line), read into fields and taken out of the body. A body without them is returned
 * as it is.
 */
export function notionProperties(body: string): NotionProperties {
	const lines = body.split('\n');
	let at = lines.findIndex((line) => line.trim() !== '');
	if (at === -1 || !/^#\s/.test(lines[at] ?? '')) return { body, labels: [], dropped: [] };
	at++;
	while (at < lines.length && lines[at]?.trim() === '') at++;
	const start = at;
	const found: [string, string][] = [];
	for (; at < lines.length; at++) {
		const match = PROPERTY.exec(lines[at]?.trim() ?? '');
		if (!match?.[1] || !match[2]) break;
		found.push([match[1].trim(), match[2].trim()]);
	}
	// Properties end the block: a line of words after them means they were the page's first sentences.
	if (found.length === 0 || (at < lines.length && lines[at]?.trim() !== '')) return { body, labels: [], dropped: [] };
	const labels: string[] = [];
	let updated: Date | undefined;
	const dropped: string[] = [];
	for (const [name, value] of found) {
		const key = name.toLowerCase();
		if (TAG_NAMES.has(key))
			labels.push(
				...value
					.split(',')
					.map((tag) => tag.trim())
					.filter(Boolean),
			);
		else if (EDITED_NAMES.has(key) && !Number.isNaN(Date.parse(value))) updated = calendarDay(value);
		else dropped.push(name);
	}
	return { body: [...lines.slice(0, start), ...lines.slice(at + 1)].join('\n'), labels, updated, dropped };
}

/** The day a date as Notion writes it names (`March 9, 2026 4:05 PM`), whatever the machine's time zone. */
function calendarDay(value: string): Date {
	const local = new Date(value);
	return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}
