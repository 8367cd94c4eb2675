import { stripControls } from './untrusted-text.ts';

/** GitHub Actions shows about 10 annotations of each severity per step; the rest stay in the log. */
export const annotationLimit = 10;

export interface Annotation {
	level: 'error' | 'warning';
	title: string;
	message: string;
	file?: string;
	line?: number;
	column?: number;
}

/**
 * Annotation text as the runner reads it: `%`, CR and LF percent-encoded, so a
 * message never ends its own line; the other line breaks (NEL, U+2028/9, VT, FF)
 * become LF first, and escape sequences and controls are dropped.
 */
function escapeData(text: string): string {
	return stripControls(text)
		.replace(/\r\n|[\v\f\x85\u2028\u2029]/g, '\n')
		.replaceAll('%', '%25')
		.replaceAll('\r', '%0D')
		.replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One workflow command (`::error file=…,line=…::message`) that puts a problem on its line in a pull request. */
export function formatAnnotation(annotation: Annotation): string {
	const properties = [
		annotation.file ? `file=${escapeProperty(annotation.file)}` : undefined,
		annotation.line ? `line=${annotation.line}` : undefined,
		annotation.column ? `col=${annotation.column}` : undefined,
		`title=${escapeProperty(annotation.title)}`,
	].filter(Boolean);
	return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
}
