import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isFolder } from './is-folder.ts';
import { type TocTree, tocTree } from './writerside-tree.ts';

/**
 * A JetBrains Writerside project (its help module): `writerside.cfg` (or the older
 * `project.ihp`) naming the topics folder, the variables file and the instances, each
 * instance a `.tree` file whose `<toc-element>`s are the published topics and the
 * navigation. Writerside serves each topic as `<file name>.html` under the instance.
 */
export interface WritersideSite {
	/** The help module: the folder holding `writerside.cfg`. */
	root: string;
	/** The configuration's name, for the report. */
	config: string;
	/** The topics folder (`topics/` unless `<topics dir>` says otherwise). */
	topicsRoot: string;
	/** The images folder (`<images dir>`, `images/` by default), where a topic's `![](shot.png)` finds its file. */
	imagesRoot: string;
	/** The code snippets folder (`<snippets dir>`, `codeSnippets/` by default) that `<code-block src>` reads. */
	snippetsRoot: string;
	/** The variables (`v.list`), by name: `%product%` is written as its value. */
	vars: Map<string, string>;
	/** The instance brought (the first of `writerside.cfg`): its tree, or why it could not be read. */
	instance?: { file: string; webPath: string; tree: TocTree } | { file: string; problem: string };
	/** Old addresses (`old-name.html`) by the topic file they lead to, from the tree and `redirection-rules.xml`. */
	redirects: Map<string, string[]>;
	/** The `<web-root>` of the build profiles (`cfg/buildprofiles.xml`), the old site's address, and where it is written. */
	webRoot?: { url: string; file: string };
	/** Rules of `redirection-rules.xml` whose id names no topic or `<toc-element>` of the tree: their old addresses lead nowhere. */
	unmatchedRules: { id: string; accepts: string[] }[];
}

const CONFIG_FILES = ['writerside.cfg', 'project.ihp'];

/** An attribute's value in a tag's text (`dir="topics"`), XML entities read. */
export function xmlAttribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
	const value = match?.[1] ?? match?.[2];
	return value === undefined ? undefined : xmlText(value);
}

/** XML's escapes as the characters they stand for (`&amp;` → `&`). */
export function xmlText(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (whole, name: string) => {
		const lower = name.toLowerCase();
		if (lower === 'amp') return '&';
		if (lower === 'lt') return '<';
		if (lower === 'gt') return '>';
		if (lower === 'quot') return '"';
		if (lower === 'apos') return "'";
		const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
		return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/** The text without its XML comments, each comment's lines kept as empty lines so line numbers hold. */
export function withoutXmlComments(text: string): string {
	return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
}

/** The first tag named `name` in the text (`<topics dir="topics"/>`), whole, when there is one. */
function firstTag(text: string, name: string): string | undefined {
	return new RegExp(`<${name}\\b[^>]*>`).exec(text)?.[0];
}

/** The help module whose `writerside.cfg` is in `dir`, else one folder up (the topics folder's). */
function configIn(dir: string): string | undefined {
	for (const up of [0, 1]) {
		const root = path.resolve(dir, ...Array(up).fill('..'));
		for (const name of CONFIG_FILES) if (existsSync(path.join(root, name))) return path.join(root, name);
	}
	return undefined;
}

/** The variables of a `v.list` (`<var name="product" value="Acme"/>`), by name. */
export function writersideVars(text: string): Map<string, string> {
	const vars = new Map<string, string>();
	for (const [tag] of withoutXmlComments(text).matchAll(/<var\b[^>]*>/g)) {
		const name = xmlAttribute(tag, 'name');
		const value = xmlAttribute(tag, 'value');
		if (name !== undefined && value !== undefined) vars.set(name, value);
	}
	return vars;
}

/**
 * The rules of `redirection-rules.xml` (`<rule id="…"><accepts>old.html</accepts></rule>`):
 * the old file names each rule's id accepts. Writerside sends them to the topic or
 * `<toc-element>` with that id.
 */
export function writersideRedirectionRules(text: string): Map<string, string[]> {
	const rules = new Map<string, string[]>();
	for (const [, open = '', inner = ''] of withoutXmlComments(text).matchAll(/<rule\b([^>]*)>([\s\S]*?)<\/rule>/g)) {
		const id = xmlAttribute(open, 'id');
		if (id === undefined) continue;
		const accepts = [...inner.matchAll(/<accepts>([^<]*)<\/accepts>/g)].map(([, name = '']) => xmlText(name).trim());
		rules.set(id, [...(rules.get(id) ?? []), ...accepts.filter(Boolean)]);
	}
	return rules;
}

/** The Writerside project the folder is the help module or the topics folder of. */
export function writersideSiteOf(dir: string): WritersideSite | undefined {
	const config = configIn(dir);
	if (!config) return undefined;
	const root = path.dirname(config);
	const text = withoutXmlComments(readFileSync(config, 'utf8'));
	const topicsTag = firstTag(text, 'topics');
	const topicsRoot = path.join(root, (topicsTag && xmlAttribute(topicsTag, 'dir')) || 'topics');
	if (!isFolder(topicsRoot)) return undefined;
	const inside = path.relative(topicsRoot, path.resolve(dir));
	if (path.resolve(dir) !== root && (inside.startsWith('..') || path.isAbsolute(inside))) return undefined;
	const snippetsTag = firstTag(text, 'snippets');
	const snippetsDir = snippetsTag && (xmlAttribute(snippetsTag, 'src') ?? xmlAttribute(snippetsTag, 'dir'));
	const imagesTag = firstTag(text, 'images');
	const varsTag = firstTag(text, 'vars');
	const varsFile = path.join(root, (varsTag && xmlAttribute(varsTag, 'src')) || 'v.list');
	const vars = existsSync(varsFile) ? writersideVars(readFileSync(varsFile, 'utf8')) : new Map<string, string>();
	const instanceTag = firstTag(text, 'instance');
	const treeName = instanceTag && xmlAttribute(instanceTag, 'src');
	const redirects = new Map<string, string[]>();
	const unmatchedRules: WritersideSite['unmatchedRules'] = [];
	let instance: WritersideSite['instance'];
	if (treeName) {
		const file = path.join(root, treeName);
		const webPath = `/${(xmlAttribute(instanceTag ?? '', 'web-path') ?? '').replace(/^\/+|\/+$/g, '')}`.replace(
			/^\/$/,
			'',
		);
		if (!existsSync(file))
			instance = {
				file,
				problem: `${treeName} named by ${path.basename(config)} does not exist`,
			};
		else {
			const tree = tocTree(readFileSync(file, 'utf8'));
			instance =
				'problem' in tree ? { file, problem: `${treeName}:${tree.line}: ${tree.problem}` } : { file, webPath, tree };
		}
		if (instance && 'tree' in instance) {
			const rulesFile = path.join(root, 'redirection-rules.xml');
			const rules = existsSync(rulesFile) ? writersideRedirectionRules(readFileSync(rulesFile, 'utf8')) : new Map();
			for (const entry of instance.tree.entries) {
				const stem = entry.topic.replace(/\.(md|topic)$/i, '');
				const old = [
					...entry.acceptsWebFileNames,
					...(entry.id ? (rules.get(entry.id) ?? []) : []),
					...(rules.get(stem) ?? []),
				];
				if (old.length > 0) redirects.set(entry.topic, [...(redirects.get(entry.topic) ?? []), ...old]);
			}
			const named = new Set(
				instance.tree.entries.flatMap((entry) => [
					entry.topic.replace(/\.(md|topic)$/i, ''),
					...(entry.id ? [entry.id] : []),
				]),
			);
			for (const [id, accepts] of rules) if (!named.has(id)) unmatchedRules.push({ id, accepts });
		}
	}
	const buildConfig = firstTag(text, 'build-config');
	const profiles = path.join(root, (buildConfig && xmlAttribute(buildConfig, 'dir')) || 'cfg', 'buildprofiles.xml');
	const webRootText = existsSync(profiles)
		? /<web-root>\s*([^<]*?)\s*<\/web-root>/.exec(withoutXmlComments(readFileSync(profiles, 'utf8')))?.[1]
		: undefined;
	const webRoot = webRootText
		? { url: xmlText(webRootText), file: path.relative(root, profiles).split(path.sep).join('/') }
		: undefined;
	return {
		root,
		config: path.basename(config),
		topicsRoot,
		imagesRoot: path.join(root, (imagesTag && xmlAttribute(imagesTag, 'dir')) || 'images'),
		snippetsRoot: path.join(root, snippetsDir || 'codeSnippets'),
		vars,
		instance,
		redirects,
		unmatchedRules,
		...(webRoot ? { webRoot } : {}),
	};
}

/** The topics folder of the Writerside project in `dir` or in its `Writerside/` folder, as a team names its repository. */
export function writersidePagesFolder(dir: string): { folder: string; config: string } | undefined {
	for (const module of [dir, path.join(dir, 'Writerside')]) {
		const config = CONFIG_FILES.find((name) => existsSync(path.join(module, name)));
		if (!config) continue;
		const site = writersideSiteOf(module);
		if (site)
			return {
				folder: site.topicsRoot,
				config: path.relative(dir, path.join(module, config)),
			};
	}
	return undefined;
}

/** Where Writerside served a topic: `<file name>.html` under the instance's web path (`/help/setup.html`). */
export function writersidePagePath(file: string): string {
	return `${path.basename(file).replace(/\.(md|topic)$/i, '')}.html`;
}

/** A topic's title: its Markdown `# heading` (or old `[//]: # (title: …)` line), or an XML topic's `title`. */
export function writersideTopicTitle(file: string): string | undefined {
	if (!existsSync(file)) return undefined;
	const text = readFileSync(file, 'utf8');
	if (/\.topic$/i.test(file)) {
		const topic = /<topic\b[^>]*>/.exec(text)?.[0];
		return topic ? xmlAttribute(topic, 'title') : undefined;
	}
	const old = /^\[\/\/\]: # \(title: (.+)\)\s*$/m.exec(text)?.[1];
	const heading = /^#[ \t]+(.+?)[ \t]*(?:\{[^}]*\})?[ \t]*$/m.exec(text)?.[1];
	return (old ?? heading)?.trim() || undefined;
}

/** The topics the instance's tree lists, by file name (`setup.md`): those Writerside published. */
export function writersidePublished(site: WritersideSite): Set<string> | undefined {
	return site.instance && 'tree' in site.instance
		? new Set(site.instance.tree.entries.map((entry) => entry.topic))
		: undefined;
}

/** Whether a Markdown topic is a library of snippets (`{is-library="true"}`), never a page of its own. */
export function isWritersideLibrary(text: string): boolean {
	return (
		/^\s*\{[^}\n]*\bis-library\s*=\s*"true"[^}\n]*\}\s*$/m.test(text) || /<topic\b[^>]*\bis-library="true"/.test(text)
	);
}

/**
 * Where each topic sat in the instance's navigation: the titles of the entries around it
 * (their `toc-title`, else their topic's title), by its path in the topics folder.
 */
export function writersideNavSections(site: WritersideSite, files: readonly string[]): Map<string, readonly string[]> {
	const sections = new Map<string, readonly string[]>();
	if (!site.instance || !('tree' in site.instance)) return sections;
	const byName = new Map(files.map((file) => [path.basename(file), file.split(path.sep).join('/')]));
	const titles = new Map<string, string | undefined>();
	const titleOf = (topic: string) => {
		if (!titles.has(topic)) {
			const file = byName.get(topic);
			titles.set(topic, file ? writersideTopicTitle(path.join(site.topicsRoot, file)) : undefined);
		}
		return titles.get(topic);
	};
	const { entries } = site.instance.tree;
	// A topic with topics under it is its section's own page, in that section.
	const heads = new Set(
		entries.flatMap((entry) => entry.parents.flatMap((parent) => (parent.topic ? [parent.topic] : []))),
	);
	for (const entry of entries) {
		const file = byName.get(entry.topic);
		if (!file || sections.has(file)) continue;
		const around = [...entry.parents, ...(heads.has(entry.topic) ? [entry] : [])].flatMap((parent) => {
			const title = parent.tocTitle ?? (parent.topic ? titleOf(parent.topic) : undefined);
			return title ? [title] : [];
		});
		if (around.length > 0) sections.set(file, around);
	}
	return sections;
}
