import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasMystInline, mystTargets } from '../convert/myst-roles.ts';

/** Where a MyST label leads: the page that sets it, the anchor there (none for the page's title), and the heading it names, if any. */
export interface MystLabel {
	page: string;
	id: string;
	heading?: string;
}

/**
 * The labels every Markdown page of the folder sets (`(label)=`, `:name:`), by label
 * in lower case as Sphinx compares them, then by the anchor Sphinx made of it; the
 * first page to set one keeps it.
 */
export function mystLabels(
	dir: string,
	files: readonly string[],
	idOf: (relative: string) => string,
	read: (relative: string) => string = (relative) => readFileSync(path.join(dir, relative), 'utf8'),
): Map<string, MystLabel> {
	const labels = new Map<string, MystLabel>();
	for (const relative of files) {
		// A reStructuredText page is read as the MyST it becomes (`.. _label:` as `(label)=`).
		if (!/\.(?:md|markdown|rst)$/i.test(relative)) continue;
		const text = read(relative);
		if (!hasMystInline(text) && !/^[ \t]*:name:/m.test(text)) continue;
		for (const target of mystTargets(text)) {
			const place: MystLabel = {
				page: idOf(relative),
				// A label on the page's title names the page: the title is the page's, not a heading in it.
				id: target.depth === 1 ? '' : target.id,
				...(target.heading ? { heading: target.heading } : {}),
			};
			const key = target.label.toLowerCase();
			if (!labels.has(key)) labels.set(key, place);
			// Links also name a label by the anchor the old site gave it (`#howto-api-only` for `howto:api-only`).
			if (!labels.has(target.id)) labels.set(target.id, place);
		}
	}
	return labels;
}
