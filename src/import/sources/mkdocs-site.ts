import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toString as hastText } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

/** What an MkDocs site's `mkdocs.yml` says about the pages of its docs folder. */
export interface MkdocsSite {
	/**
	 * Each page's name in the site's `nav` (`ftldns/blockingmode.md` → `Blocking mode`),
	 * by its path in the imported folder, `/`-separated. MkDocs titles a page by it, and
	 * Material shows it as the page's heading when the page has none of its own.
	 */
	navTitles: Map<string, string>;
}

const CONFIG_NAMES = ['mkdocs.yml', 'mkdocs.yaml'];

/**
 * The MkDocs site the folder is the docs folder of: its `mkdocs.yml` in the folder or
 * the one above it, whose `docs_dir` (`docs` unless it says otherwise) is the folder or
 * holds it. The configuration is read as YAML, its Python tags
 * (`!!python/name:…`, `!ENV`) left unresolved, never run.
 */
export function mkdocsSite(dir: string): MkdocsSite | undefined {
	for (const configDir of [dir, path.dirname(dir)]) {
		const config = CONFIG_NAMES.map((name) => path.join(configDir, name)).find((file) => existsSync(file));
		if (!config) continue;
		const data = readConfig(config);
		if (!data) return undefined;
		const docsDir = path.resolve(configDir, typeof data.docs_dir === 'string' ? data.docs_dir : 'docs');
		const navTitles = new Map<string, string>();
		for (const [page, title] of navEntries(data.nav)) {
			const relative = path.relative(dir, path.resolve(docsDir, page)).split(path.sep).join('/');
			if (!relative.startsWith('../') && !navTitles.has(relative)) navTitles.set(relative, title);
		}
		return { navTitles };
	}
	return undefined;
}

function readConfig(file: string): Record<string, unknown> | undefined {
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
 * The `nav` entries that name a page with a title: `- 'Blocking mode': ftldns/blockingmode.md`,
 * nested in sections at any depth. An entry without a title (`- index.md`), a link to
 * another site and a section's own name name no page's title.
 */
function* navEntries(nav: unknown): Generator<[string, string]> {
	if (!Array.isArray(nav)) return;
	for (const entry of nav) {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
		for (const [name, value] of Object.entries(entry)) {
			if (Array.isArray(value)) yield* navEntries(value);
			else if (typeof value === 'string' && /\.(md|markdown)$/i.test(value) && !/^[a-z][\w+.-]*:/i.test(value)) {
				const title = navTitleText(name);
				if (title) yield [value.replace(/^\.?\//, ''), title];
			}
		}
	}
}

/** A nav title as readers saw it: MkDocs writes it into the page as HTML (`The &nbsp<samp>pihole</samp>&nbsp Command`). */
function navTitleText(name: string): string {
	if (!/[<&]/.test(name)) return name.replace(/\s+/g, ' ').trim();
	const tree = unified().use(rehypeParse, { fragment: true }).parse(name);
	return hastText(tree)
		.replace(/[\s\u00a0]+/g, ' ')
		.trim();
}
