import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';

/** The level of the page's title on the site: its body's headings start one below it. */
const TITLE_LEVEL = 1;

/**
 * A heading more than one level below the heading above it (`##` then `####`, or a page
 * opening with `###`) leaves a gap in the outline screen readers list a page by: the
 * reader hears a level 4 heading under a level 2 and looks for the 3 between. The title
 * is the page's one level 1 heading, so its first heading is a `##`.
 */
export const headingLevelsCheck: Check = {
	name: 'heading levels',
	run(context, report) {
		for (const entry of context.entries) {
			let above = TITLE_LEVEL;
			for (const heading of context.scan(entry).headings) {
				if (heading.depth > above + 1) {
					const written = '#'.repeat(heading.depth);
					const expected = '#'.repeat(above + 1);
					report({
						kind: issueKinds.headingLevel,
						file: entry.file,
						line: heading.line,
						column: 1,
						message: `heading level skipped: ${written} ${JSON.stringify(heading.text)} comes under a level ${above} heading`,
						hint: `write it as ${expected}, so the page's outline has no gap for screen readers`,
					});
				}
				above = heading.depth;
			}
		}
	},
};
