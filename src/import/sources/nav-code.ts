// Helpers for reading a docs site's navigation from its configuration as code, never run.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';

/** A section's title as readers saw it: one line, without the spaces around it. */
export function sectionTitle(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const title = value.replace(/\s+/g, ' ').trim();
	return title === '' ? undefined : title;
}

/** A configuration file's code, TypeScript when its name says so; undefined when it does not parse. */
export function parseCode(code: string, file: string): t.Program | undefined {
	try {
		// A `.tsx` or `.jsx` module (Nextra's `_meta.tsx`) may write JSX.
		const plugins = [
			...(/\.[mc]?tsx?$/i.test(file) ? (['typescript'] as const) : []),
			...(/\.[jt]sx$/i.test(file) ? (['jsx'] as const) : []),
		];
		return parse(code, { sourceType: 'unambiguous', plugins }).program;
	} catch {
		return undefined;
	}
}

/** A node with TypeScript's `as`/`satisfies` and parentheses taken off. */
export function unwrap(node: t.Node | null | undefined): t.Node | undefined {
	let current = node ?? undefined;
	while (
		current &&
		(current.type === 'TSAsExpression' ||
			current.type === 'TSSatisfiesExpression' ||
			current.type === 'ParenthesizedExpression' ||
			current.type === 'TSNonNullExpression')
	)
		current = current.expression;
	return current;
}

/** An object property's name as written (`label`, `'Getting started'`); undefined when computed. */
export function keyName(property: t.ObjectProperty): string | undefined {
	if (property.computed) return undefined;
	if (property.key.type === 'Identifier') return property.key.name;
	return stringValue(property.key);
}

// --- Configuration code, followed without running it ------------------------------------
// A site's configuration often keeps its navigation in modules of its own
// (`./configs/sidebar/en.ts`) or builds it in a function (`getGuideSidebar('Guide')`):
// local imports, `export *`, `module.exports` and calls of its own functions with their
// arguments are followed; anything else (a call into a package, a file read at build
// time) stands for nothing.

/** A node with the scope its names are read in. */
export type Value = { node: t.Node; scope: Scope };
/** A module's or a call's names; `modules`, the namespaces it imports (`import * as navbar from './navbar'`). */
export type Scope = { names: Map<string, Value>; modules?: Map<string, Scope>; parent?: Scope };

const MAX_DEPTH = 12;
const EXTENSIONS = ['', '.ts', '.js', '.mts', '.mjs', '.cts', '.cjs', '/index.ts', '/index.js'];

/** The file a relative import names (`./configs/index.js` written for `./configs/index.ts`). */
export function moduleFile(from: string, source: string): string | undefined {
	if (!source.startsWith('.')) return undefined;
	const base = path.resolve(path.dirname(from), source);
	const stem = base.replace(/\.[mc]?[jt]s$/, '');
	return [...EXTENSIONS.map((extension) => `${base}${extension}`), `${stem}.ts`, `${stem}.js`].find(
		(candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile() === true,
	);
}

/** A module's names: what it declares, imports from local modules and exports (`default` too). */
export function moduleScope(file: string, modules: Map<string, Scope>): Scope {
	const known = modules.get(file);
	if (known) return known;
	const scope: Scope = { names: new Map() };
	modules.set(file, scope);
	if (modules.size > 40) return scope;
	const program = parseCode(readFileSync(file, 'utf8'), file);
	if (!program) return scope;
	const set = (name: string, value: Value | undefined) => {
		if (value && !scope.names.has(name)) scope.names.set(name, value);
	};
	const other = (source: string) => {
		const target = moduleFile(file, source);
		return target ? moduleScope(target, modules) : undefined;
	};
	const declare = (declaration: t.Node | null | undefined) => {
		if (declaration?.type === 'VariableDeclaration')
			for (const each of declaration.declarations)
				if (each.id.type === 'Identifier' && each.init) set(each.id.name, { node: each.init, scope });
		if (declaration?.type === 'FunctionDeclaration' && declaration.id)
			set(declaration.id.name, { node: declaration, scope });
	};
	for (const statement of program.body) {
		if (statement.type === 'ImportDeclaration') {
			const from = other(statement.source.value);
			for (const specifier of statement.specifiers) {
				const imported =
					specifier.type === 'ImportDefaultSpecifier'
						? 'default'
						: specifier.type === 'ImportSpecifier'
							? (stringValue(specifier.imported) ?? (specifier.imported as t.Identifier).name)
							: undefined;
				if (imported) set(specifier.local.name, from?.names.get(imported));
				else if (from) {
					scope.modules ??= new Map();
					scope.modules.set(specifier.local.name, from);
				}
			}
		} else if (statement.type === 'ExportAllDeclaration') {
			for (const [name, value] of other(statement.source.value)?.names ?? []) if (name !== 'default') set(name, value);
		} else if (statement.type === 'ExportNamedDeclaration') {
			declare(statement.declaration);
			const from = statement.source ? other(statement.source.value) : undefined;
			if (from)
				for (const specifier of statement.specifiers)
					if (specifier.type === 'ExportSpecifier' && specifier.local.type === 'Identifier')
						set(
							stringValue(specifier.exported) ?? (specifier.exported as t.Identifier).name,
							from.names.get(specifier.local.name),
						);
		} else if (statement.type === 'ExportDefaultDeclaration') {
			declare(statement.declaration);
			set('default', { node: statement.declaration, scope });
		} else if (
			statement.type === 'ExpressionStatement' &&
			statement.expression.type === 'AssignmentExpression' &&
			statement.expression.left.type === 'MemberExpression' &&
			statement.expression.left.object.type === 'Identifier' &&
			statement.expression.left.object.name === 'module' &&
			statement.expression.left.property.type === 'Identifier' &&
			statement.expression.left.property.name === 'exports'
		)
			// v1's CommonJS configuration: `module.exports = { ... }`.
			set('default', { node: statement.expression.right, scope });
		else declare(statement);
	}
	return scope;
}

function lookup(scope: Scope | undefined, name: string): Value | undefined {
	for (let each = scope; each; each = each.parent) {
		const found = each.names.get(name);
		if (found) return found;
	}
	return undefined;
}

function namespace(scope: Scope | undefined, name: string): Scope | undefined {
	for (let each = scope; each; each = each.parent) {
		const found = each.modules?.get(name);
		if (found) return found;
	}
	return undefined;
}

/** What a function returns when called with `args`: its parameters bound to them, its own constants in scope. */
function called(fn: Value, args: readonly t.Node[], caller: Scope, depth: number): Value | undefined {
	const node = fn.node;
	if (
		node.type !== 'FunctionDeclaration' &&
		node.type !== 'ArrowFunctionExpression' &&
		node.type !== 'FunctionExpression'
	)
		return undefined;
	const scope: Scope = { names: new Map(), parent: fn.scope };
	node.params.forEach((param, index) => {
		const arg = args[index];
		if (param.type === 'Identifier' && arg) scope.names.set(param.name, { node: arg, scope: caller });
	});
	if (node.body.type !== 'BlockStatement') return resolve({ node: node.body, scope }, depth + 1);
	for (const statement of node.body.body)
		if (statement.type === 'VariableDeclaration')
			for (const each of statement.declarations)
				if (each.id.type === 'Identifier' && each.init) scope.names.set(each.id.name, { node: each.init, scope });
	const returned = node.body.body.find((statement) => statement.type === 'ReturnStatement');
	return returned?.type === 'ReturnStatement' && returned.argument
		? resolve({ node: returned.argument, scope }, depth + 1)
		: undefined;
}

/** The value a node stands for: names followed, calls of local functions made, a package's helper (`sidebar({...})`) its argument. */
export function resolve(value: Value | undefined, depth = 0): Value | undefined {
	const node = unwrap(value?.node);
	if (!value || !node || depth > MAX_DEPTH) return undefined;
	if (node.type === 'Identifier') return resolve(lookup(value.scope, node.name), depth + 1);
	if (node.type === 'CallExpression') {
		const callee = node.callee.type === 'Identifier' ? lookup(value.scope, node.callee.name) : undefined;
		if (callee) {
			const fn = resolve(callee, depth + 1);
			return fn ? called(fn, node.arguments as t.Node[], value.scope, depth) : undefined;
		}
		const [first] = node.arguments;
		return first ? resolve({ node: first, scope: value.scope }, depth + 1) : undefined;
	}
	if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
		// `navbar.en` of `import * as navbar`, or a property of an object written in the code.
		const name = node.property.name;
		if (node.object.type === 'Identifier') {
			const module = namespace(value.scope, node.object.name);
			if (module) return resolve(module.names.get(name), depth + 1);
		}
		const object = resolve({ node: node.object, scope: value.scope }, depth + 1);
		const property = object?.node.type === 'ObjectExpression' ? propertyValue(object.node, name) : undefined;
		return property && object ? resolve({ node: property, scope: object.scope }, depth + 1) : undefined;
	}
	if (node.type === 'ArrowFunctionExpression' && node.body.type !== 'BlockStatement')
		return resolve({ node: node.body, scope: value.scope }, depth + 1);
	return { node, scope: value.scope };
}

/** Every value of a property named `key` in the configuration, followed through names, calls and modules. */
export function propertiesNamed(root: Value, key: string): Value[] {
	const found: Value[] = [];
	const seen = new Set<t.Node>();
	const walk = (start: Value | undefined, depth: number) => {
		const value = resolve(start);
		if (!value || seen.has(value.node) || depth > MAX_DEPTH) return;
		seen.add(value.node);
		const node = value.node;
		if (node.type === 'ObjectExpression') {
			for (const property of node.properties)
				if (property.type === 'ObjectProperty') {
					if (keyName(property) === key) found.push({ node: property.value, scope: value.scope });
					else walk({ node: property.value, scope: value.scope }, depth + 1);
				} else if (property.type === 'SpreadElement') walk({ node: property.argument, scope: value.scope }, depth + 1);
		} else if (node.type === 'ArrayExpression')
			for (const element of node.elements) if (element) walk({ node: element, scope: value.scope }, depth + 1);
	};
	walk(root, 0);
	return found;
}
