import { annotationFootnotes } from './annotations.ts';
import { arithmatexDelimiters } from './arithmatex.ts';
import { criticText } from './critic-markup.ts';
import { superfencesBlocks } from './superfences.ts';
import type { ConversionNote } from './types.ts';

/** What an MkDocs site's configuration says about how its pages' source was read. */
export interface MkdocsSourceSettings {
	/** pymdownx.critic, when on: the text its marks accept (its default), or reject (`mode: reject`). */
	critic?: 'accept' | 'reject';
	/** Material's `content.code.annotate`: every code block takes notes, not only one marked `.annotate`. */
	codeAnnotations: boolean;
	/** pymdownx.arithmatex: `$…$`, `\(…\)`, `$$`, `\[` and `\begin{…}` were math. */
	arithmatex: boolean;
}

/**
 * An MkDocs page's source as the help center's Markdown reads it, before the readers every
 * page goes through (preprocess.ts): critic marks as their accepted text (critic-markup.ts),
 * code blocks' opening lines and code annotations (superfences.ts), annotated text's notes
 * as footnotes (annotations.ts), arithmatex's delimiters as math.ts reads them (arithmatex.ts).
 */
export function mkdocsSource(text: string, settings: MkdocsSourceSettings, notes: ConversionNote[]): string {
	let read = text;
	if (settings.critic) {
		const critic = criticText(read, settings.critic);
		read = critic.text;
		if (critic.marks > 0)
			notes.push({
				level: 'info',
				message: `${critic.marks} CriticMarkup ${critic.marks === 1 ? 'mark' : 'marks'} ({++ ++}, {-- --}, {~~ ~> ~~}, {== ==}, {>> <<}) read as the ${settings.critic === 'accept' ? 'accepted' : 'rejected'} text`,
			});
	}
	if (settings.arithmatex) read = arithmatexDelimiters(read);
	return annotationFootnotes(superfencesBlocks(read, { codeAnnotations: settings.codeAnnotations }));
}
