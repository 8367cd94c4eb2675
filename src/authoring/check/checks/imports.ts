import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleEntry, ContentEntry } from '../../../content-model/content.ts';
import { entryDir } from '../../../content-model/entry-files.ts';
import { contentLayout } from '../../../content-model/paths.ts';
import { isArticleVisible } from '../../../content-model/visibility.ts';
import { issueKinds } from '../kinds.ts';
import { codeImports, type ModuleImport, mdxImports } from '../module-imports.ts';
import { isExternal, isImageReference } from '../references.ts';
import type { Check, CheckContext } from '../types.ts';

/** Extensions Vite tries for an import written without one. */
const resolvedExtensions = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];
/** Files whose own imports are followed: what they import reaches the page too. */
const scriptFile = /\.(?:[cm]?[jt]sx?|astro|svelte|vue)$/;

function isFile(file: string): boolean {
	try {
		return statSync(file).isFile();
	} catch {
		return false;
	}
}

function realPath(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		return path.resolve(file);
	}
}

function inside(file: string, dir: string): boolean {
	return file.startsWith(dir + path.sep);
}

/** Where an import leads on disk, as Vite resolves it; undefined for packages and aliases. */
export function resolveImport(specifier: string, fromFile: string, root: string): string | undefined {
	const bare = specifier.split(/[?#]/)[0] ?? '';
	let candidate: string;
	if (bare.startsWith('./') || bare.startsWith('../')) candidate = path.resolve(path.dirname(fromFile), bare);
	else if (bare.startsWith('/@fs/')) candidate = bare.slice('/@fs'.length);
	else if (bare.startsWith('/')) candidate = existsSync(path.join(root, bare)) ? path.join(root, bare) : bare;
	else if (bare.startsWith('file:')) candidate = fileURLToPath(bare);
	else return undefined;
	const tries = [
		candidate,
		...resolvedExtensions.map((extension) => candidate + extension),
		...resolvedExtensions.map((extension) => path.join(candidate, `index${extension}`)),
	];
	return realPath(tries.find(isFile) ?? candidate);
}

interface HiddenFile {
	/** Real path on disk. */
	file: string;
	/** How an author would name it: `the runbook "escalate"`. */
	description: string;
}

/** Everything under the content folder that customers must not get: runbooks, ticket exports, internal articles and drafts. */
function hiddenFiles(context: CheckContext) {
	const { contentDir } = context.content;
	const runbooksDir = realPath(entryDir(contentDir, 'runbook'));
	const ticketsDir = realPath(path.join(contentDir, contentLayout.tickets));
	const byFile = new Map<string, HiddenFile>();
	const describeEntry = (entry: ContentEntry): string =>
		entry.kind === 'runbook'
			? `the runbook "${entry.slug}"`
			: entry.data.audience === 'internal'
				? `the internal article "${entry.slug}"`
				: `the draft "${entry.slug}"`;
	for (const entry of context.entries) {
		if (entry.kind === 'article' && isArticleVisible(entry.data, 'public')) continue;
		const file = realPath(entry.file);
		byFile.set(file, { file, description: describeEntry(entry) });
	}
	const classify = (file: string): HiddenFile | undefined => {
		const known = byFile.get(file);
		if (known) return known;
		if (inside(file, runbooksDir)) return { file, description: 'a file in the runbooks folder' };
		if (inside(file, ticketsDir)) return { file, description: 'a ticket export' };
		return undefined;
	};
	/** Hidden files a glob pattern would pull in: known entries, and anything in the runbooks and tickets folders. */
	const matching = (pattern: string): HiddenFile[] => {
		const candidates = [...byFile.values()];
		for (const dir of [runbooksDir, ticketsDir]) {
			if (!existsSync(dir)) continue;
			for (const name of readdirRecursive(dir)) {
				const file = path.join(dir, name);
				if (!byFile.has(file)) candidates.push(classify(file) as HiddenFile);
			}
		}
		return candidates.filter((candidate) => path.matchesGlob(candidate.file, pattern));
	};
	return { classify, matching };
}

function readdirRecursive(dir: string): string[] {
	try {
		return readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
}

/** The imports of one file, for following a page's imports further. */
function importsOf(file: string): ModuleImport[] {
	if (inside(file, `${path.sep}node_modules`) || file.includes(`${path.sep}node_modules${path.sep}`)) return [];
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return [];
	}
	if (file.endsWith('.mdx')) return mdxImports(text);
	if (scriptFile.test(file)) return codeImports(text);
	return [];
}

interface Finding {
	/** The import in the page that starts the chain. */
	at: ModuleImport;
	/** Specifiers from the page to the hidden file. */
	chain: string[];
	hidden: HiddenFile;
	/** The last step is an `import.meta.glob` pattern; `more` counts its other hidden matches. */
	glob: boolean;
	more: number;
}

/**
 * Follows one import of a public page (and what the imported files import in turn)
 * until it reaches something customers must not get.
 */
function findHidden(
	start: ModuleImport,
	page: string,
	root: string,
	hidden: ReturnType<typeof hiddenFiles>,
): Finding | undefined {
	const seen = new Set<string>();
	const queue: { from: string; item: ModuleImport; chain: string[] }[] = [
		{ from: page, item: start, chain: [start.specifier] },
	];
	while (queue.length > 0) {
		const { from, item, chain } = queue.shift() as (typeof queue)[number];
		if (item.glob) {
			if (item.specifier.startsWith('!')) continue;
			const base = item.specifier.startsWith('/')
				? path.join(root, item.specifier)
				: path.resolve(path.dirname(from), item.specifier);
			const matches = hidden.matching(base);
			if (matches.length > 0) {
				return { at: start, chain, hidden: matches[0] as HiddenFile, glob: true, more: matches.length - 1 };
			}
			continue;
		}
		const target = resolveImport(item.specifier, from, root);
		if (target === undefined || seen.has(target)) continue;
		seen.add(target);
		const found = hidden.classify(target);
		if (found) return { at: start, chain, hidden: found, glob: false, more: 0 };
		if (seen.size > 200) break;
		for (const next of importsOf(target)) queue.push({ from: target, item: next, chain: [...chain, next.specifier] });
	}
	return undefined;
}

function describeFinding(finding: Finding): string {
	const [first, ...rest] = finding.chain;
	const via = rest.map((specifier) => `, which imports ${specifier}`).join('');
	const more = finding.more > 0 ? ` and ${finding.more} more file${finding.more === 1 ? '' : 's'}` : '';
	return `public article imports ${first}${via}, ${finding.glob ? 'matching' : 'which is'} ${finding.hidden.description}${more}: customers would read it in this page and the search index`;
}

/** Relative images a page shows; root-relative ones come from public/, which is public by definition. */
function imagesOf(context: CheckContext, entry: ContentEntry): (ModuleImport & { url: string })[] {
	return context
		.scan(entry)
		.references.filter(
			(reference) => isImageReference(reference) && !isExternal(reference.url) && !reference.url.startsWith('/'),
		)
		.map((reference) => {
			let specifier = reference.url;
			try {
				specifier = decodeURI(specifier);
			} catch {
				// Keep it as written.
			}
			const relative = specifier.startsWith('.') ? specifier : `./${specifier}`;
			return { specifier: relative, url: reference.url, line: reference.line, column: reference.column, glob: false };
		});
}

/**
 * A public page must not import or show what customers cannot read: a runbook, an
 * internal article, a draft, anything in the runbooks or tickets folders, directly
 * or through the files it imports. MDX runs at build time with the author's rights,
 * so this catches mistakes, not malice: only trusted authors should merge MDX.
 */
export const importsCheck: Check = {
	name: 'imports',
	run(context, report) {
		const root = realPath(path.dirname(context.publicDir));
		let hidden: ReturnType<typeof hiddenFiles> | undefined;
		for (const entry of context.entries) {
			if (entry.kind !== 'article' || !isArticleVisible((entry as ArticleEntry).data, 'public')) continue;
			const imports = entry.file.endsWith('.mdx') ? mdxImports(entry.body) : [];
			const images = imagesOf(context, entry);
			if (imports.length === 0 && images.length === 0) continue;
			hidden ??= hiddenFiles(context);
			const page = realPath(entry.file);
			for (const item of imports) {
				const finding = findHidden(item, page, root, hidden);
				if (!finding) continue;
				report({
					kind: issueKinds.hiddenImport,
					file: entry.file,
					line: entry.bodyLine + item.line - 1,
					column: item.column,
					message: describeFinding(finding),
					hint: 'remove the import, or move the shared text into a public file',
				});
			}
			for (const image of images) {
				const found = hidden.classify(resolveImport(image.specifier, page, root) ?? '');
				if (!found) continue;
				report({
					kind: issueKinds.hiddenImport,
					file: entry.file,
					line: image.line,
					column: image.column,
					message: `public article shows ${image.url}, which is ${found.description}: customers would download it from this page`,
					hint: 'copy the image next to a public article, or into public/',
				});
			}
		}
	},
};
