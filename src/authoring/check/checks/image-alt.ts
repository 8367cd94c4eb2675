import { plainLine } from '../../../cli/untrusted-text.ts';
import { issueKinds } from '../kinds.ts';
import type { BodyImage } from '../scan.ts';
import type { Check } from '../types.ts';

/** The picture as the message names it: its address, or the tag when it has none written. */
function named(image: BodyImage): string {
	if (image.src !== undefined) return plainLine(image.src, 100);
	return image.syntax === 'markdown' ? 'a picture' : 'a picture tag';
}

/**
 * A picture needs alt text: without it, screen readers read out its file name
 * (`shot-2026-03-14.png`) or nothing useful. A warning, not an error, as help centers
 * brought in by an import often have none. HTML and MDX can mark a picture as
 * decorative on purpose with `alt=""`, which is not reported; Markdown's `![](…)`
 * cannot say so, so an empty one is. A tag that spreads attributes (`{...props}`) may
 * carry an alt text the check cannot see, and is not reported.
 */
export const imageAltCheck: Check = {
	name: 'image alt text',
	run(context, report) {
		for (const entry of context.entries) {
			for (const image of context.scan(entry).images) {
				const markdown = image.syntax === 'markdown';
				if (markdown ? image.alt?.trim() !== '' : image.alt !== undefined || image.spread) continue;
				report({
					kind: issueKinds.imageAlt,
					file: entry.file,
					line: image.line,
					column: image.column,
					message: markdown
						? `${named(image)}: the picture has no alt text, so screen readers read out its file name`
						: `${named(image)}: the picture tag has no alt attribute, so screen readers read out its file name`,
					hint: markdown
						? 'write what it shows between the brackets, ![Domain settings with the DNS records](shot.png); Markdown cannot mark a picture decorative, so one that adds nothing is removed, or written as <img src="…" alt="">'
						: 'add alt="what it shows", or alt="" when the picture is only decoration',
				});
			}
		}
	},
};
