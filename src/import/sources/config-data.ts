import { existsSync, readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { parseAllDocuments, parseDocument } from 'yaml';

/**
 * How the import reads the data files of the sites it comes from (a generator's
 * configuration, a page's frontmatter): as plain objects, whatever parser they take.
 */

/** A TOML document as plain data, its dates as text (`2024-01-31`), as YAML's are read. */
export function tomlData(text: string): Record<string, unknown> {
	return JSON.parse(JSON.stringify(parseToml(text))) as Record<string, unknown>;
}

/**
 * A YAML configuration file's top-level mapping (`mkdocs.yml`, Jekyll's `_config.yml`);
 * undefined when it cannot be read, does not parse or holds no mapping, as a site that
 * would not build either. Tags a generator adds (MkDocs' `!!python/name:`) read as their value.
 */
export function yamlConfigFile(file: string): Record<string, unknown> | undefined {
	try {
		const document = parseDocument(readFileSync(file, 'utf8'), { logLevel: 'silent' });
		if (document.errors.length > 0) return undefined;
		const data: unknown = document.toJS();
		return data !== null && typeof data === 'object' && !Array.isArray(data)
			? (data as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * A site's data file by its extension: TOML, JSON, else YAML (its first document: a
 * file ending in `---` holds a second, empty one; keys repeated, the last wins, as Hugo
 * reads them). Undefined when it is missing or does not parse.
 */
export function dataFile(file: string): unknown {
	if (!existsSync(file)) return undefined;
	try {
		const text = readFileSync(file, 'utf8');
		if (file.endsWith('.toml')) return tomlData(text);
		if (file.endsWith('.json')) return JSON.parse(text);
		return parseAllDocuments(text, { uniqueKeys: false })[0]?.toJS();
	} catch {
		return undefined;
	}
}
