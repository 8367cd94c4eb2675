import { asideTypeOf } from './callouts.ts';
import { codeFenceTracker } from './source-blocks.ts';

/**
 * A callout's name run into the words after it, often with the closing colons on the
 * same line: `:::tipIntegrations are only on the cloud version.:::`. No renderer reads a
 * block there: markdown-it-container (VitePress, VuePress) takes the whole first word,
 * `tipIntegrations`, as the container's name, which no container has; remark-directive
 * (Docusaurus, Starlight) takes no words after a name, and Docusaurus' `:::tip Title`
 * wants a space after the name. So the old site showed the line as it is written, a
 * paragraph: it stays one, its colons escaped so that no reader here opens a block with
 * it (and its words become no title of a block that takes the rest of the page).
 * Lines keep their numbers.
 */

/**
 * Colons (in a quote or not), a lower-case callout word and, glued to it, a capital
 * (`:::tipPlease note…`, `::: noteThe…`), then words or closing colons: a name alone on
 * its line (`:::infoBox`) may be a site's own directive, and stays one.
 */
const GLUED = /^((?:[ \t]*>)*[ \t]*)(:{3,}[ \t]*)([a-z]+)(?=[A-Z][\w-]*(?:[ \t]+[^\s[{]|:{3,}[ \t]*$))/;

/** The words that name a callout or a block in those generators (`tip`, `warning`, `details`). */
const isBlockWord = (word: string) => asideTypeOf(word) !== undefined || word === 'details';

/** Whether the text has a line opened by colons and a word glued to the next. */
export function hasGluedFences(text: string): boolean {
	return /^(?:[ \t]*>)*[ \t]*:{3,}[ \t]*[a-z]+[A-Z]/m.test(text);
}

export function gluedFencesAsText(text: string): string {
	const inCode = codeFenceTracker();
	return text
		.split('\n')
		.map((line) => {
			if (inCode(line)) return line;
			const glued = GLUED.exec(line);
			if (!glued || !isBlockWord(glued[3] ?? '')) return line;
			return `${glued[1]}\\${line.slice((glued[1] ?? '').length)}`;
		})
		.join('\n');
}
