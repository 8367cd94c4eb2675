import { annotationFootnotes } from './annotations.ts';
import { superfencesBlocks } from './superfences.ts';
import type { ConversionNote } from './types.ts';

/** What an MkDocs site's configuration says about how its pages' source was read. */
export interface MkdocsSourceSettings {
	/** Material's `content.code.annotate`: every code block takes notes, not only one marked `.annotate`. */
	codeAnnotations: boolean;
}

/**
 * An MkDocs page's source as the help center's Markdown reads it, before the readers every
 * page goes through (preprocess.ts): code blocks' opening lines and code annotations (superfences.ts), annotated text's notes
 * as footnotes (annotations.ts).
 */
export function mkdocsSource(text: string, settings: MkdocsSourceSettings, _notes: ConversionNote[]): string {
	return annotationFootnotes(superfencesBlocks(text, { codeAnnotations: settings.codeAnnotations }));
}
