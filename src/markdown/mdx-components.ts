import type { Node as EstreeNode, Pattern, Program } from 'estree';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { type MdxProblem, parseMdx } from './mdx-syntax.ts';

/**
 * The components every MDX article and runbook is given without an import. The one
 * list: the pages pass the components of src/components/mdx-components.ts (typed
 * against it) to `<Content components={...} />`, the bench's bare Astro project gives
 * stubs by these names, and `npm run check` reports any other component a page uses.
 */
export const mdxComponentNames = ['Aside'] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];

/** What @astrojs/mdx gives every MDX page itself. */
const astroComponents = ['Fragment'];

/** A component a body uses that nothing gives it, where its tag starts (1-based, in the parsed text). */
export interface ComponentUse {
	/** As written: `Note`, `Tabs.Item`. */
	name: string;
	line: number;
	column: number;
}

/** What `npm run check` learns from one parse of an MDX body. */
export interface MdxVerdict {
	/** Why MDX cannot parse it; then nothing else is known. */
	problem?: MdxProblem;
	/** Components it uses that neither the pages, Astro nor its own imports and exports give it. */
	components: ComponentUse[];
}

/**
 * JSX reads a tag name as an HTML element when it starts with a lower-case letter and
 * has no dot (`div`, `my-widget`, `svg:rect`); anything else (`Note`, `motion.div`) is
 * a value the page must be given, or MDX stops with "Expected component `Note` to be
 * defined" when the page renders.
 */
function isComponentName(name: string): boolean {
	return name.includes('.') || (/^[^a-z]/.test(name) && !/[-:]/.test(name));
}

function addPatternNames(pattern: Pattern, names: Set<string>) {
	switch (pattern.type) {
		case 'Identifier':
			names.add(pattern.name);
			break;
		case 'ObjectPattern':
			for (const property of pattern.properties)
				addPatternNames(property.type === 'RestElement' ? property.argument : property.value, names);
			break;
		case 'ArrayPattern':
			for (const element of pattern.elements) if (element) addPatternNames(element, names);
			break;
		case 'RestElement':
			addPatternNames(pattern.argument, names);
			break;
		case 'AssignmentPattern':
			addPatternNames(pattern.left, names);
			break;
	}
}

/** The keys of `export const components = { Note: Callout }`, which @astrojs/mdx hands to the page; undefined when they cannot be read. */
function componentMapKeys(init: EstreeNode | null | undefined): string[] | undefined {
	if (init?.type !== 'ObjectExpression') return undefined;
	const keys: string[] = [];
	for (const property of init.properties) {
		if (property.type !== 'Property' || property.computed) return undefined;
		if (property.key.type === 'Identifier') keys.push(property.key.name);
		else if (property.key.type === 'Literal' && typeof property.key.value === 'string') keys.push(property.key.value);
		else return undefined;
	}
	return keys;
}

interface Scope {
	/** Names the file's `import` and `export` statements bind. */
	bound: Set<string>;
	/** Components given by name: the pages', Astro's and the file's `components` export. */
	given: Set<string>;
	/** The file exports a `components` map that cannot be read: any component may be in it. */
	open: boolean;
}

function addProgram(program: Program, scope: Scope) {
	for (const statement of program.body) {
		if (statement.type === 'ImportDeclaration') {
			for (const specifier of statement.specifiers) scope.bound.add(specifier.local.name);
			continue;
		}
		if (statement.type !== 'ExportNamedDeclaration' && statement.type !== 'ExportDefaultDeclaration') continue;
		const declaration = statement.declaration;
		if (!declaration) continue;
		if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
			scope.bound.add(declaration.id.name);
		} else if (declaration.type === 'VariableDeclaration') {
			for (const declarator of declaration.declarations) {
				addPatternNames(declarator.id, scope.bound);
				if (declarator.id.type === 'Identifier' && declarator.id.name === 'components') {
					const keys = componentMapKeys(declarator.init);
					if (keys) for (const key of keys) scope.given.add(key);
					else scope.open = true;
				}
			}
		}
	}
}

/**
 * The components a parsed body uses that nothing gives it: every capitalised or dotted
 * tag that is not one of `provided` (or Astro's `Fragment`, or a key of the file's
 * `components` export) and whose name (before any dot) no `import` or `export` of the
 * file binds. Code blocks and inline code hold no tags, so they are never reported.
 */
export function unprovidedComponents(tree: Root, provided: readonly string[] = mdxComponentNames): ComponentUse[] {
	const scope: Scope = { bound: new Set(), given: new Set([...provided, ...astroComponents]), open: false };
	const elements: ComponentUse[] = [];
	visit(tree, (node) => {
		if (node.type === 'mdxjsEsm') {
			const program = (node.data as { estree?: Program | null } | undefined)?.estree;
			if (program) addProgram(program, scope);
			return;
		}
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		const { name } = node as { name?: string | null };
		if (!name || !isComponentName(name)) return;
		const start = node.position?.start;
		elements.push({ name, line: start?.line ?? 1, column: start?.column ?? 1 });
	});
	// Imports and exports apply to the whole file, wherever they stand in it.
	if (scope.open) return [];
	return elements.filter(({ name }) => !scope.given.has(name) && !scope.bound.has(name.split('.')[0] as string));
}

/** One parse of a body: why MDX cannot parse it, or the components it uses that nothing gives it. */
export function mdxVerdict(text: string, provided: readonly string[] = mdxComponentNames): MdxVerdict {
	const parsed = parseMdx(text);
	if ('problem' in parsed) return { problem: parsed.problem, components: [] };
	return { components: parsed.tree ? unprovidedComponents(parsed.tree, provided) : [] };
}
