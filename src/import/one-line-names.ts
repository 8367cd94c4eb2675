import type { SourceArticle } from './sources/types.ts';

/** Text on one line: each run of white space, line breaks and tabs included, one space. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * An article with the names it brings on one line: its title, its label in the old
 * site's navigation and its labels (tags). A helpdesk or a docs site may hold one over
 * several lines (a YAML `title: |` block, a title pasted with its line break), which the
 * content schema refuses and which would show as two lines in the page title, search
 * results and llms.txt. Read so before anything uses them, the file name, the check for
 * a title already taken and the report see the words as they will be written.
 */
export function withOneLineNames(item: SourceArticle): SourceArticle {
	return {
		...item,
		title: oneLine(item.title),
		...(item.navLabel === undefined ? {} : { navLabel: oneLine(item.navLabel) }),
		...(item.aliasLabel === undefined ? {} : { aliasLabel: oneLine(item.aliasLabel) }),
		labels: item.labels.map(oneLine),
	};
}
