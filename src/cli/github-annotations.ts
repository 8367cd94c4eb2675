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

function escapeData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
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
