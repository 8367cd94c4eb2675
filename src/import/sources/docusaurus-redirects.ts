import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import { isMember } from './docusaurus-docs-routes.ts';

/**
 * The redirects a Docusaurus site declares in `@docusaurus/plugin-client-redirects`'s
 * options: its `redirects` list (`{ from: '/old' | ['/a', '/b'], to: '/docs/new' }`) and
 * its `fromExtensions`/`toExtensions`. The configuration is code nobody here has
 * reviewed, so it is parsed, never run: only what it writes as literals is read
 * (strings, template literals without `${}`, arrays and objects of them, a constant of
 * the file or a local module it imports that holds one). A `createRedirects` function
 * and entries the code computes are named for review instead.
 */
export interface DocusaurusRedirects {
	/** `from` → `to`, as written: paths under the site's `baseUrl`, `to` with its `#section`. */
	redirects: { from: string; to: string; file: string }[];
	/** Extensions each page was also served with (`['html']`: `/docs/setup.html` led to `/docs/setup`). */
	fromExtensions: string[];
	/** Extensions a page served with one was also reached without (`['html']`: `/docs/setup` led to `/docs/setup.html`). */
	toExtensions: string[];
	/** What the import could not read, one line each, starting with the file that says it, for a person to look at. */
	unread: string[];
}

const PLUGIN = /^(?:@docusaurus\/)?(?:plugin-)?client-redirects$/;
/** How deep local modules are followed from the configuration (`./config/plugins`, `./redirects`). */
const MAX_MODULES = 20;
const EXTENSIONS = ['', '.ts', '.js', '.mjs', '.cjs', '.mts', '.cts', '.json'];

interface Module {
	file: string;
	program: t.Program;
}

type Unwrapped = { node: t.Node; module: Module };

/** Parses a file of the site, or says why not. */
function parseModule(file: string): Module | string {
	const code = readFileSync(file, 'utf8');
	if (file.endsWith('.json')) {
		try {
			const program = parse(`(${code})`, { sourceType: 'module' }).program;
			return { file, program };
		} catch {
			return 'it is not valid JSON';
		}
	}
	try {
		const program = parse(code, {
			sourceType: 'unambiguous',
			plugins: /\.[mc]?ts$/.test(file) ? ['typescript'] : ['jsx'],
		}).program;
		return { file, program };
	} catch (error) {
		const at = (error as { loc?: { line: number; column: number } }).loc;
		return `it does not parse${at ? ` (line ${at.line}, column ${at.column + 1})` : ''}`;
	}
}

function isStringNode(node: t.Node | null | undefined): node is t.StringLiteral | t.TemplateLiteral {
	return node?.type === 'StringLiteral' || (node?.type === 'TemplateLiteral' && node.expressions.length === 0);
}

function stringOf(node: t.StringLiteral | t.TemplateLiteral): string {
	return node.type === 'StringLiteral' ? node.value : node.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
}

function keyOf(property: t.ObjectProperty | t.ObjectMethod): string | undefined {
	if (property.computed)
		return isStringNode(property.key as t.Node) ? stringOf(property.key as t.StringLiteral) : undefined;
	if (property.key.type === 'Identifier') return property.key.name;
	if (property.key.type === 'StringLiteral') return property.key.value;
	return undefined;
}

/** The code of a node, shortened, for a report line. */
function snippet(module: Module, node: t.Node): string {
	const code = readFileSync(module.file, 'utf8');
	const text = node.start != null && node.end != null ? code.slice(node.start, node.end) : node.type;
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/**
 * Reads the configuration's redirects, following the local modules it imports (the
 * plugin's options kept in `./config/plugins.config`, the list in `./redirects`).
 */
export function docusaurusRedirects(configFile: string): DocusaurusRedirects {
	const result: DocusaurusRedirects = { redirects: [], fromExtensions: [], toExtensions: [], unread: [] };
	const siteRoot = path.dirname(configFile);
	const modules = new Map<string, Module | string>();
	/** A file as the report names it, from the site's folder (`docusaurus.config.ts`, `config/plugins.ts`). */
	const nameOf = (file: string) => path.relative(siteRoot, file).split(path.sep).join('/');
	const load = (file: string): Module | undefined => {
		if (!modules.has(file)) {
			if (modules.size >= MAX_MODULES) return undefined;
			modules.set(file, parseModule(file));
			const loaded = modules.get(file);
			// The configuration's own lines are said of it; another module's name the module.
			if (typeof loaded === 'string')
				result.unread.push(
					`${nameOf(file)}: ${loaded}${file === configFile ? ', so its redirects were not read' : ''}`,
				);
		}
		const loaded = modules.get(file);
		return typeof loaded === 'string' ? undefined : loaded;
	};
	/** A local module's file (`./redirects` → `redirects.ts`), inside the site; nothing for a package. */
	const localFile = (from: Module, specifier: string): string | undefined => {
		if (!specifier.startsWith('.')) return undefined;
		const base = path.resolve(path.dirname(from.file), specifier);
		if (path.relative(siteRoot, base).startsWith('..')) return undefined;
		const candidates = [
			...EXTENSIONS.map((extension) => `${base}${extension}`),
			...EXTENSIONS.slice(1).map((extension) => path.join(base, `index${extension}`)),
			base.replace(/\.js$/, '.ts'),
		];
		// A file, never the folder of the same name (`./docs` beside `docs/` is `docs.ts`), as Node resolves it.
		return candidates.find((file) => statSync(file, { throwIfNoEntry: false })?.isFile() === true);
	};

	/** What an exported name of a module holds (`default` for its default export). */
	const exported = (module: Module, name: string, depth: number): Unwrapped | undefined => {
		if (module.file.endsWith('.json')) {
			const statement = module.program.body[0];
			const json = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
			if (!json) return undefined;
			if (name === 'default') return { node: json, module };
			return propertyOf({ node: json, module }, name, depth);
		}
		for (const statement of module.program.body) {
			if (statement.type === 'ExportDefaultDeclaration' && name === 'default')
				return resolve({ node: statement.declaration, module }, depth + 1);
			if (statement.type === 'ExportNamedDeclaration') {
				if (statement.declaration?.type === 'VariableDeclaration')
					for (const declarator of statement.declaration.declarations)
						if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init)
							return resolve({ node: declarator.init, module }, depth + 1);
				for (const specifier of statement.specifiers) {
					if (specifier.type !== 'ExportSpecifier') continue;
					const as = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
					if (as !== name) continue;
					if (statement.source) {
						const file = localFile(module, statement.source.value);
						const next = file ? load(file) : undefined;
						return next ? exported(next, specifier.local.name, depth + 1) : undefined;
					}
					return resolve({ node: specifier.local, module }, depth + 1);
				}
			}
			// CommonJS: `module.exports = …`, `module.exports.name = …`, `exports.name = …`.
			if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
				const target = statement.expression.left;
				if (target.type !== 'MemberExpression') continue;
				const whole = isMember(target, 'module', 'exports');
				if (whole) {
					const value = { node: statement.expression.right, module };
					if (name === 'default') return resolve(value, depth + 1);
					const property = propertyOf(value, name, depth);
					if (property) return property;
					continue;
				}
				const named = target.property.type === 'Identifier' && target.property.name === name;
				const onExports =
					(target.object.type === 'Identifier' && target.object.name === 'exports') ||
					isMember(target.object, 'module', 'exports');
				if (named && onExports) return resolve({ node: statement.expression.right, module }, depth + 1);
			}
		}
		return undefined;
	};

	/** The value of an object's property, resolved. */
	const propertyOf = (value: Unwrapped, name: string, depth: number): Unwrapped | undefined => {
		const object = resolve(value, depth + 1);
		if (object?.node.type !== 'ObjectExpression') return undefined;
		for (const property of object.node.properties) {
			if (property.type === 'ObjectProperty' && keyOf(property) === name)
				return resolve({ node: property.value, module: object.module }, depth + 1);
			if (property.type === 'ObjectMethod' && keyOf(property) === name)
				return { node: property, module: object.module };
		}
		return undefined;
	};

	/**
	 * The expression a node stands for: type assertions and parentheses taken off, a
	 * constant of its module or a name imported from a local module followed.
	 */
	const resolve = (value: Unwrapped, depth = 0): Unwrapped | undefined => {
		if (depth > 40) return undefined;
		let { node } = value;
		const { module } = value;
		while (
			node.type === 'TSAsExpression' ||
			node.type === 'TSSatisfiesExpression' ||
			node.type === 'TSNonNullExpression' ||
			node.type === 'TSTypeAssertion' ||
			node.type === 'ParenthesizedExpression'
		)
			node = node.expression;
		if (node.type !== 'Identifier') return { node, module };
		const name = node.name;
		for (const statement of module.program.body) {
			const declaration =
				statement.type === 'VariableDeclaration'
					? statement
					: statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration'
						? statement.declaration
						: undefined;
			if (declaration) {
				for (const declarator of declaration.declarations) {
					if (declarator.id.type !== 'Identifier' || declarator.id.name !== name || !declarator.init) continue;
					const init = declarator.init;
					// `const redirects = require('./redirects')`.
					const required = requiredFile(module, init);
					if (required !== undefined) {
						const next = load(required);
						return next ? exported(next, 'default', depth + 1) : undefined;
					}
					return resolve({ node: init, module }, depth + 1);
				}
			}
			if (statement.type === 'ImportDeclaration') {
				for (const specifier of statement.specifiers) {
					if (specifier.local.name !== name) continue;
					const file = localFile(module, statement.source.value);
					const next = file ? load(file) : undefined;
					if (!next) return undefined;
					if (specifier.type === 'ImportDefaultSpecifier') return exported(next, 'default', depth + 1);
					if (specifier.type === 'ImportSpecifier')
						return exported(
							next,
							specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value,
							depth + 1,
						);
					return undefined;
				}
			}
		}
		return { node, module };
	};

	/** The local file a `require('./x')` names, if the node is one. */
	const requiredFile = (module: Module, node: t.Node): string | undefined => {
		if (
			node.type === 'CallExpression' &&
			node.callee.type === 'Identifier' &&
			node.callee.name === 'require' &&
			node.arguments[0]?.type === 'StringLiteral'
		)
			return localFile(module, node.arguments[0].value);
		return undefined;
	};

	const config = load(configFile);
	if (!config) return result;

	/** Every plugin entry naming the redirects plugin, in the configuration and the local modules it imports. */
	const found: Unwrapped[] = [];
	const visited = new Set<string>();
	const search = (module: Module) => {
		if (visited.has(module.file)) return;
		visited.add(module.file);
		walk(module.program, (node) => {
			if (node.type === 'ArrayExpression' && node.elements.length >= 1) {
				const first = node.elements[0];
				const name =
					first && isStringNode(first)
						? stringOf(first)
						: first?.type === 'CallExpression' && isStringNode(first.arguments[0] as t.Node)
							? stringOf(first.arguments[0] as t.StringLiteral)
							: undefined;
				if (name !== undefined && PLUGIN.test(name)) {
					const options = node.elements[1];
					if (options && options.type !== 'SpreadElement') found.push({ node: options, module });
					else found.push({ node, module });
				}
			}
			if (node.type === 'ImportDeclaration') {
				const file = localFile(module, node.source.value);
				const next = file && !file.endsWith('.json') ? load(file) : undefined;
				if (next) search(next);
			}
			const required = requiredFile(module, node);
			if (required && !required.endsWith('.json')) {
				const next = load(required);
				if (next) search(next);
			}
		});
	};
	search(config);

	for (const entry of found) readOptions(entry);
	return result;

	function readOptions(entry: Unwrapped) {
		const options = resolve(entry);
		if (options?.node.type !== 'ObjectExpression') {
			if (entry.node.type !== 'ArrayExpression')
				result.unread.push(
					`${nameOf(entry.module.file)}: the redirects plugin's options (${snippet(entry.module, entry.node)}) are computed`,
				);
			return;
		}
		for (const property of options.node.properties) {
			if (property.type === 'SpreadElement') {
				result.unread.push(
					`${nameOf(options.module.file)}: the redirects plugin's options spread ${snippet(options.module, property)}, not read`,
				);
				continue;
			}
			const key = keyOf(property);
			const value = property.type === 'ObjectProperty' ? { node: property.value, module: options.module } : undefined;
			if (key === 'createRedirects') {
				const resolved = value ? resolve(value) : undefined;
				if (resolved && resolved.node.type === 'Identifier' && resolved.node.name === 'undefined') continue;
				result.unread.push(
					`${nameOf(options.module.file)}: createRedirects, a function that makes old addresses from each page's, which the import does not run: add its addresses to content/redirects.yaml`,
				);
			} else if (key === 'redirects' && value) readList(value);
			else if ((key === 'fromExtensions' || key === 'toExtensions') && value) {
				const list = resolve(value);
				if (list?.node.type !== 'ArrayExpression') {
					result.unread.push(
						`${nameOf(value.module.file)}: ${key} (${snippet(value.module, value.node)}) is computed, not read`,
					);
					continue;
				}
				for (const element of list.node.elements)
					if (isStringNode(element)) result[key].push(stringOf(element).replace(/^\./, ''));
			}
		}
	}

	function readList(value: Unwrapped) {
		const list = resolve(value);
		if (!list) {
			result.unread.push(
				`${nameOf(value.module.file)}: the redirects list (${snippet(value.module, value.node)}) is not written in the site's files`,
			);
			return;
		}
		// `[…].map(addPrefix)`: the entries written are read, what the function does to them is not.
		if (
			list.node.type === 'CallExpression' &&
			list.node.callee.type === 'MemberExpression' &&
			list.node.callee.object.type !== 'Super'
		) {
			const inner = resolve({ node: list.node.callee.object, module: list.module });
			if (inner?.node.type === 'ArrayExpression') {
				result.unread.push(
					`${nameOf(list.module.file)}: the redirects list goes through ${snippet(list.module, list.node.callee.property)}(${list.node.arguments.map((argument) => snippet(list.module, argument)).join(', ')}), which the import does not run: its entries were read as written, and any address the code adds is not`,
				);
				readList({ node: list.node.callee.object, module: list.module });
				return;
			}
		}
		if (list.node.type !== 'ArrayExpression') {
			result.unread.push(
				`${nameOf(list.module.file)}: the redirects list (${snippet(list.module, list.node)}) is computed, not read`,
			);
			return;
		}
		let computed = 0;
		for (const element of list.node.elements) {
			if (!element) continue;
			if (element.type === 'SpreadElement') {
				const spread = resolve({ node: element.argument, module: list.module });
				if (spread?.node.type === 'ArrayExpression') readList(spread);
				else computed++;
				continue;
			}
			const entry = resolve({ node: element, module: list.module });
			if (entry?.node.type !== 'ObjectExpression') {
				computed++;
				continue;
			}
			const from = propertyOf(entry, 'from', 0);
			const to = propertyOf(entry, 'to', 0);
			const froms =
				from && isStringNode(from.node)
					? [stringOf(from.node)]
					: from?.node.type === 'ArrayExpression' && from.node.elements.every((each) => isStringNode(each))
						? from.node.elements.map((each) => stringOf(each as t.StringLiteral))
						: undefined;
			if (!froms || !to || !isStringNode(to.node)) {
				computed++;
				continue;
			}
			const target = stringOf(to.node);
			for (const each of froms) result.redirects.push({ from: each, to: target, file: nameOf(list.module.file) });
		}
		if (computed > 0)
			result.unread.push(
				`${nameOf(list.module.file)}: ${computed} redirect${computed === 1 ? '' : 's'} of the list computed by code (not a literal from and to), not read`,
			);
	}
}

/** Calls `visit` on every node under `root`. */
function walk(root: t.Node, visit: (node: t.Node) => void): void {
	const stack: t.Node[] = [root];
	while (stack.length > 0) {
		const node = stack.pop() as t.Node;
		visit(node);
		for (const key of Object.keys(node) as (keyof t.Node)[]) {
			if (key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments' || key === 'loc') continue;
			const child = node[key] as unknown;
			if (Array.isArray(child)) {
				for (const each of child)
					if (each && typeof each === 'object' && typeof (each as t.Node).type === 'string') stack.push(each as t.Node);
			} else if (child && typeof child === 'object' && typeof (child as t.Node).type === 'string')
				stack.push(child as t.Node);
		}
	}
}
