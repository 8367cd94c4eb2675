import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isSkippedFolder } from './skipped-folders.ts';

/**
 * An Antora component as its `antora.yml` describes it, and Antora's resource ids
 * (`partial$limits.adoc`, `admin:backups.adoc`, `image$admin:rack.png`), resolved the
 * way Antora resolves them within one component. Pages live in
 * `modules/<module>/pages/`, beside the module's `partials/`, `examples/`, `images/`
 * and `attachments/`; `nav.adoc` lists them for the sidebar.
 */
export interface AntoraComponent {
	/** The component's `name` (the first segment of its pages' addresses). */
	name: string;
	/** Its `version`, or undefined for a component without one (`version: ~`), whose addresses leave it out. */
	version: string | undefined;
	/** The component's folder (holding `antora.yml`), relative to the imported folder: `''` or `docs`. */
	root: string;
	/** The component's `title` (`Tidewater`), which names its ROOT module's pages. */
	title?: string;
	/** The AsciiDoc attributes it sets for every page (`asciidoc.attributes`), as strings. */
	attributes: Record<string, string>;
	/** Its navigation files (`nav:`), relative to the imported folder: the sidebar, no pages. */
	nav: string[];
}

/** The names Antora's playbooks go by, the usual one first. */
const PLAYBOOK_NAMES = /^(?:antora-playbook|(?:[\w-]+-)?playbook(?:-[\w-]+)?)\.ya?ml$/;

/** How many folders above the component a site's playbook is looked for (a docs repo's root). */
const PLAYBOOK_LEVELS = 3;

/** The AsciiDoc attributes a playbook or `antora.yml` sets (`asciidoc.attributes`), hard and soft (`@`) set. */
function attributesOf(data: Record<string, unknown>): { hard: Record<string, string>; soft: Record<string, string> } {
	const hard: Record<string, string> = {};
	const soft: Record<string, string> = {};
	const asciidoc = data.asciidoc as { attributes?: unknown } | undefined;
	if (asciidoc?.attributes && typeof asciidoc.attributes === 'object' && !Array.isArray(asciidoc.attributes))
		for (const [key, value] of Object.entries(asciidoc.attributes as Record<string, unknown>)) {
			if (typeof value !== 'string' && typeof value !== 'number' && value !== true) continue;
			const written = value === true ? '' : String(value);
			if (written.endsWith('@')) soft[key] = written.slice(0, -1);
			else hard[key] = written;
		}
	return { hard, soft };
}

/**
 * The attributes of the site's playbook (`antora-playbook.yml`), found in the component's
 * folder or up to three folders above it, as a docs repository keeps it: the product's
 * name and versions (`{prodname}`) often live there, and without them pages show the
 * attribute as written. A folder with several playbooks takes `antora-playbook.yml`,
 * else none, since which one built the site cannot be told.
 */
function playbookAttributes(componentDir: string): ReturnType<typeof attributesOf> {
	let dir = path.resolve(componentDir);
	for (let level = 0; level <= PLAYBOOK_LEVELS; level++) {
		let names: string[] = [];
		try {
			names = readdirSync(dir).filter((name) => PLAYBOOK_NAMES.test(name));
		} catch {
			// An unreadable folder holds no playbook we can use.
		}
		const chosen = names.includes('antora-playbook.yml')
			? 'antora-playbook.yml'
			: names.length === 1
				? names[0]
				: undefined;
		if (chosen) {
			try {
				const parsed = parseYaml(readFileSync(path.join(dir, chosen), 'utf8')) as unknown;
				if (parsed && typeof parsed === 'object') return attributesOf(parsed as Record<string, unknown>);
			} catch {
				// A playbook that does not parse sets nothing; the pages show what they reference.
			}
			return { hard: {}, soft: {} };
		}
		const parent = path.dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	return { hard: {}, soft: {} };
}

/** The folder each family of resources lives in, inside a module. */
const FAMILY_FOLDERS: Record<string, string> = {
	page: 'pages',
	partial: 'partials',
	example: 'examples',
	image: 'images',
	attachment: 'attachments',
};

/** The Antora component in the folder: its `antora.yml` there, or in the one folder below that holds one (`docs/`). */
export function antoraComponent(dir: string): AntoraComponent | undefined {
	const candidates = existsSync(path.join(dir, 'antora.yml'))
		? ['antora.yml']
		: globSync('*/antora.yml', { cwd: dir, exclude: isSkippedFolder });
	if (candidates.length !== 1) return undefined;
	const file = candidates[0] as string;
	let data: Record<string, unknown>;
	try {
		const parsed = parseYaml(readFileSync(path.join(dir, file), 'utf8')) as unknown;
		data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
	} catch {
		data = {};
	}
	const root = path.dirname(file) === '.' ? '' : path.dirname(file);
	const name = typeof data.name === 'string' && data.name.trim() !== '' ? data.name.trim() : 'ROOT';
	const written = data.version === null || data.version === undefined ? '' : String(data.version).trim();
	// `version: ~` (or none) is a component without versions, whose addresses leave it out.
	const version = written === '' || written === '~' ? undefined : written;
	const own = attributesOf(data);
	const site = playbookAttributes(path.join(dir, root));
	// Antora's precedence: the playbook's attributes win over the component's, except those
	// it soft-sets (a value ending in `@`), which the component may set otherwise.
	const attributes: Record<string, string> = { ...site.soft, ...own.hard, ...own.soft, ...site.hard };
	const nav = (Array.isArray(data.nav) ? data.nav : [])
		.filter((entry): entry is string => typeof entry === 'string')
		.map((entry) => path.posix.join(root, entry));
	const title = typeof data.title === 'string' && data.title.trim() !== '' ? data.title.trim() : undefined;
	return {
		name,
		version,
		root,
		title,
		attributes: {
			...attributes,
			'page-component-name': name,
			'page-component-version': version ?? '',
			'page-component-title': title ?? name,
		},
		nav,
	};
}

/**
 * The folder a page of the component belongs to, for the import map: its module, and the
 * folders under the module's `pages/` (`admin/backup` for `modules/admin/pages/backup/nightly.adoc`).
 */
export function antoraFolder(component: AntoraComponent, relative: string): string | undefined {
	const place = antoraPlace(component, relative);
	if (place?.family !== 'page') return undefined;
	return [place.module, ...place.path.split('/').slice(0, -1)].join('/');
}

/** Where a file of the folder sits in the component: its module, family and path there. */
export function antoraPlace(
	component: AntoraComponent,
	relative: string,
): { module: string; family: string; path: string } | undefined {
	const posix = relative.split(path.sep).join('/');
	const inside = component.root === '' ? posix : posix.slice(component.root.length + 1);
	if (component.root !== '' && !posix.startsWith(`${component.root}/`)) return undefined;
	const match = /^modules\/([^/]+)\/([^/]+)\/(.+)$/.exec(inside);
	if (!match) return undefined;
	const family = Object.entries(FAMILY_FOLDERS).find(([, folder]) => folder === match[2])?.[0];
	return family ? { module: match[1] as string, family, path: match[3] as string } : undefined;
}

/** Whether a target is written as an Antora resource id (`partial$x.adoc`, `admin:page.adoc`), not a path or an address. */
export function isResourceId(target: string): boolean {
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /^(?:mailto|data|tel|irc):/i.test(target)) return false;
	// A resource's coordinates (`2.0@comp:module:family$`) come before any folder of its path.
	const head = target.split('/')[0] ?? '';
	return head.includes('$') || head.includes(':');
}

/**
 * The file a resource id names, relative to the imported folder, or why it names none:
 * `[version@][component:][module:][family$]path`, the module and family the current
 * file's when not given. A component other than this one is not in the folder.
 */
export function resolveResource(
	component: AntoraComponent,
	id: string,
	from: { module: string },
	defaultFamily: string,
): { file: string } | { reason: string } {
	let rest = id.replace(/^[^@/$:]+@/, '');
	let family = defaultFamily;
	const familyMatch = /^((?:[^/$:]*:){0,2})([a-z]+)\$(.*)$/.exec(rest);
	if (familyMatch) {
		family = familyMatch[2] as string;
		rest = `${familyMatch[1]}${familyMatch[3]}`;
	}
	const parts = rest.split(':');
	const resource = parts.pop() ?? '';
	let module = from.module;
	if (parts.length === 2) {
		const [componentName, moduleName] = parts as [string, string];
		if (componentName !== '' && componentName !== component.name)
			return { reason: `it is in another Antora component (${componentName}), not in the folder` };
		module = moduleName === '' ? 'ROOT' : moduleName;
	} else if (parts.length === 1) module = parts[0] === '' ? from.module : (parts[0] as string);
	const folder = FAMILY_FOLDERS[family];
	if (!folder) return { reason: `Antora has no resources of the family ${family}$` };
	const file = path.posix.join(component.root, 'modules', module, folder, resource);
	return file.startsWith('..') ? { reason: 'it is outside the folder' } : { file };
}

/**
 * Where Antora published a page: `/<component>/<version>/<module>/<page>.html`, the
 * ROOT module left out, and the version for a component without one.
 */
export function antoraPagePath(component: AntoraComponent, module: string, page: string): string {
	const file = page.replace(/\.adoc$/i, '.html');
	return ['', component.name, component.version, module === 'ROOT' ? undefined : module, file]
		.filter((part) => part !== undefined)
		.join('/');
}
