import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';
import type { ContentFile, EntryKind } from './content-files.ts';
import { formatJson } from './json-format.ts';
import { frontmatterJsonSchemas } from './json-schema.ts';

/** Where the generated frontmatter schemas live, inside the content folder (committed). */
export const schemaFolder = '.schema';

export interface GeneratedFile {
	file: string;
	text: string;
}

/** The editor schemas this taxonomy and the zod schemas produce. */
export function editorSchemaFiles(contentDir: string, taxonomy: Taxonomy): Record<EntryKind, GeneratedFile> {
	const schemas = frontmatterJsonSchemas(taxonomy);
	const file = (kind: EntryKind) => path.join(contentDir, schemaFolder, `${kind}.schema.json`);
	return {
		article: { file: file('article'), text: formatJson(schemas.article) },
		runbook: { file: file('runbook'), text: formatJson(schemas.runbook) },
	};
}

function readOrUndefined(file: string): string | undefined {
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Writes a file only when its text changed; returns whether it did. */
function writeIfChanged(file: string, text: string): boolean {
	if (readOrUndefined(file) === text) return false;
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
	return true;
}

/**
 * Keeps the committed schemas in step with the taxonomy and the zod schemas. With
 * `write: false` (CI) it only reports which files are out of date.
 */
export function syncEditorSchemas(
	files: GeneratedFile[],
	options: { write: boolean },
): { stale: string[]; written: string[] } {
	const stale = files
		.filter((generated) => readOrUndefined(generated.file) !== generated.text)
		.map((generated) => generated.file);
	if (!options.write) return { stale, written: [] };
	for (const generated of files) writeIfChanged(generated.file, generated.text);
	return { stale: [], written: stale };
}

/**
 * The Astro language server (VS Code's Astro extension with
 * `astro.content-intellisense`) completes and validates frontmatter in Markdown and
 * MDX with the schemas named in `.astro/collections/collections.json`. Astro writes
 * that file itself only with `experimental.contentIntellisense`, from its own JSON
 * conversion of the collection schemas, which lacks the taxonomy ids and flags every
 * `updated: 2026-05-01`. So Tryblock writes the manifest, pointing each article
 * and runbook at the generated schemas above.
 */
export const languageServerCollections: Record<EntryKind, string> = {
	article: 'tryblock-article',
	runbook: 'tryblock-runbook',
};

/** The key the language server looks a file up by: its file URL, decoded and lowercased. */
export function languageServerKey(file: string): string {
	return decodeURIComponent(pathToFileURL(file).href).toLowerCase();
}

export type ManifestResult = 'written' | 'unchanged' | 'managed-by-astro';

/** Writes `.astro/collections/` for the editor; leaves it alone when Astro manages it. */
export function syncLanguageServerManifest(
	root: string,
	files: ContentFile[],
	schemas: Record<EntryKind, GeneratedFile>,
): ManifestResult {
	const dir = path.join(root, '.astro', 'collections');
	const manifestFile = path.join(dir, 'collections.json');
	const ours = new Set(Object.values(languageServerCollections));
	const current = readOrUndefined(manifestFile);
	if (current !== undefined) {
		try {
			const names =
				(JSON.parse(current) as { collections?: { name: string }[] }).collections?.map(
					(collection) => collection.name,
				) ?? [];
			if (names.some((name) => !ours.has(name))) return 'managed-by-astro';
		} catch {
			// An unreadable manifest is replaced.
		}
	}
	const manifest = {
		collections: Object.values(languageServerCollections).map((name) => ({ name, hasSchema: true })),
		entries: Object.fromEntries(
			files.map((file) => [languageServerKey(file.file), languageServerCollections[file.kind]]),
		),
	};
	let changed = false;
	for (const kind of ['article', 'runbook'] as const) {
		changed =
			writeIfChanged(path.join(dir, `${languageServerCollections[kind]}.schema.json`), schemas[kind].text) || changed;
	}
	changed = writeIfChanged(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`) || changed;
	return changed ? 'written' : 'unchanged';
}
