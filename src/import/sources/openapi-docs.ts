import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The pages docusaurus-plugin-openapi-docs writes from an OpenAPI spec into a docs folder:
 * an operation (`create-project.api.mdx`), a tag's page (`.tag.mdx`), the API's
 * introduction (`.info.mdx`) and a schema (`.schema.mdx`).
 */
const GENERATED = /\.(api|tag|info|schema)\.mdx$/i;
/** The plugin and its theme, one of which a site that uses it depends on. */
const PACKAGES = ['docusaurus-plugin-openapi-docs', 'docusaurus-theme-openapi-docs'];

/** Whether the site's package.json depends on the plugin or its theme. */
function usesOpenapiDocs(siteRoot: string): boolean {
	const manifest = path.join(siteRoot, 'package.json');
	if (!existsSync(manifest)) return false;
	try {
		const data = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
		return ['dependencies', 'devDependencies'].some((field) => {
			const listed = data[field];
			return typeof listed === 'object' && listed !== null && PACKAGES.some((name) => name in listed);
		});
	} catch {
		return false;
	}
}

const uses = new Map<string, boolean>();

/**
 * Why a Docusaurus site's file is no article to bring, when docusaurus-plugin-openapi-docs
 * generated it: an API reference page the plugin writes again from the spec at each
 * build, hundreds of them in a large API, none written by a person.
 */
export function openapiGeneratedPage(siteRoot: string, posix: string): string | undefined {
	if (!GENERATED.test(posix)) return undefined;
	if (!uses.has(siteRoot)) uses.set(siteRoot, usesOpenapiDocs(siteRoot));
	return uses.get(siteRoot)
		? 'an API reference page docusaurus-plugin-openapi-docs generated from an OpenAPI spec, which it writes again at each build; the import brings the pages people wrote'
		: undefined;
}

/** A page whose text, its comments aside, is fumadocs-openapi's `<APIPage …/>` alone. */
const API_PAGE_ONLY = /^\s*(?:\{\/\*[\s\S]*?\*\/\}\s*)*<APIPage\b[^>]*?\/>\s*$/;

/**
 * Why a Fumadocs page is no article to bring, when fumadocs-openapi generated it: its
 * text is an `<APIPage>` alone, which draws an API operation or schema from the spec it
 * names at each build, with no words of its own.
 */
export function fumadocsOpenapiPage(body: string): string | undefined {
	return API_PAGE_ONLY.test(body)
		? 'an API reference page fumadocs-openapi draws from an OpenAPI spec (<APIPage>), which it generates again from the spec; the import brings the pages people wrote'
		: undefined;
}
