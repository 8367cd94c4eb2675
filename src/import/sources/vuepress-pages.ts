import { isEmptyBody } from '../../markdown/empty-body.ts';
import { codeFenceTracker, sectionListMark } from '../convert/source-blocks.ts';

/**
 * VuePress pages that hold no words of their own, only Vue: a section's page showing its
 * catalog (vuepress-theme-hope's `<Catalog />`, `<AutoCatalog />`), which listed the
 * section's pages, and a page the site drew with its own components (`<ClientOnly>`
 * around a `<TokenCallback />` tool), with its `<script setup>` and `<style>` blocks.
 */

/** Vue's single-file-component blocks a page may hold: code and styles, never shown as text. */
const SFC_BLOCKS = /^<(script|style)\b[^>]*>[\s\S]*?^<\/\1>/gim;
const COMMENTS = /<!--[\s\S]*?-->/g;
/** A component's tag, opening, closing or self-closing (`<AutoCatalog />`, `</ClientOnly>`, `<token-form>`). */
const COMPONENT_TAG = /<\/?(?:[A-Z][\w.-]*|[a-z][\w]*-[\w-]+)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const CATALOG = /^(?:Auto)?Catalog$/;

export type VuepressComponentPage = { kind: 'catalog' } | { kind: 'components'; names: string[] };

/** What a page is when it shows nothing but Vue components, else undefined. */
export function vuepressComponentPage(body: string): VuepressComponentPage | undefined {
	const shown = body.replace(SFC_BLOCKS, '').replace(COMMENTS, '');
	const names = [
		...new Set([...shown.matchAll(COMPONENT_TAG)].map((match) => /<\/?([\w.-]+)/.exec(match[0])?.[1] ?? '')),
	];
	const rest = shown.replace(COMPONENT_TAG, '');
	if (names.length === 0) return undefined;
	// A catalog under a heading over nothing (`### Pick a topic in the list`) is still the section's list.
	if (names.every((name) => CATALOG.test(name)) && isEmptyBody(rest, false)) return { kind: 'catalog' };
	return rest.trim() === '' ? { kind: 'components', names } : undefined;
}

/** A catalog on a line of its own, its attributes in the second group. */
const CATALOG_LINE = /^[ \t]*<((?:Auto)?Catalog)\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>(?:[ \t]*<\/\1>)?[ \t]*$/;

/**
 * A catalog on a line of its own (`<AutoCatalog />`, `<Catalog level="2" />`), outside
 * code, marked as the list of the section's pages it showed (titles only, as the theme
 * shows them). One that lists another folder (`base="/guide/"`) stays as written.
 */
export function withCatalogLists(body: string): string {
	const inCode = codeFenceTracker();
	return body
		.split('\n')
		.map((line) => {
			if (inCode(line)) return line;
			const found = CATALOG_LINE.exec(line);
			if (!found || /\bbase\s*=/.test(found[2] ?? '')) return line;
			return sectionListMark(`<${found[1]}>`, false);
		})
		.join('\n');
}
