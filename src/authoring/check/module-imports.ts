import type { Node as EstreeNode, Program } from 'estree';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { mdxParser } from '../../markdown/mdx-syntax.ts';
import { textPositions } from './text-positions.ts';

/** A module an MDX page or a file it imports pulls into the build, where it is named. */
export interface ModuleImport {
	/** As written: `../runbooks/x.md?raw`, or a pattern for `import.meta.glob`. */
	specifier: string;
	/** 1-based line and column in the text that was scanned. */
	line: number;
	column: number;
	/** `import.meta.glob` takes patterns that may match many files. */
	glob: boolean;
}

type Located = EstreeNode & { loc?: { start: { line: number; column: number } } | null };

function stringValue(node: EstreeNode | null | undefined): string | undefined {
	if (!node) return undefined;
	if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
	if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
		return node.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
	}
	return undefined;
}

function isImportMetaGlob(node: EstreeNode): boolean {
	if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return false;
	const { object, property } = node.callee;
	return (
		object.type === 'MetaProperty' &&
		object.meta.name === 'import' &&
		property.type === 'Identifier' &&
		property.name.startsWith('glob')
	);
}

/** Every `import`, `export ... from`, `import()` and `import.meta.glob()` with a literal source in a program. */
function importsOfProgram(program: Program, found: ModuleImport[]) {
	const add = (node: EstreeNode | null | undefined, glob = false) => {
		const specifier = stringValue(node);
		const start = (node as Located | null | undefined)?.loc?.start;
		if (specifier === undefined || !start) return;
		found.push({ specifier, line: start.line, column: start.column + 1, glob });
	};
	const walk = (node: unknown) => {
		if (Array.isArray(node)) {
			for (const child of node) walk(child);
			return;
		}
		if (!node || typeof node !== 'object' || typeof (node as { type?: unknown }).type !== 'string') return;
		const estree = node as EstreeNode;
		switch (estree.type) {
			case 'ImportDeclaration':
			case 'ExportAllDeclaration':
			case 'ImportExpression':
				add(estree.source);
				break;
			case 'ExportNamedDeclaration':
				add(estree.source);
				break;
			case 'CallExpression':
				if (isImportMetaGlob(estree)) {
					const [patterns] = estree.arguments;
					if (patterns?.type === 'ArrayExpression') {
						for (const element of patterns.elements) if (element?.type !== 'SpreadElement') add(element, true);
					} else if (patterns && patterns.type !== 'SpreadElement') add(patterns, true);
				}
				break;
		}
		for (const [key, value] of Object.entries(estree)) {
			if (key !== 'loc' && key !== 'range' && value && typeof value === 'object') walk(value);
		}
	};
	walk(program);
}

/** Quick test before parsing: most pages import nothing. */
function mayImport(text: string): boolean {
	return text.includes('import') || /\bexport\b/.test(text);
}

/**
 * The modules an MDX body imports: ESM statements, and `import()` or
 * `import.meta.glob()` in any expression. A body MDX cannot parse yields nothing
 * here; the MDX check (checks/mdx.ts) reports it.
 */
export function mdxImports(body: string): ModuleImport[] {
	if (!mayImport(body)) return [];
	let tree: Root;
	try {
		tree = mdxParser.parse(body) as Root;
	} catch {
		return [];
	}
	const found: ModuleImport[] = [];
	visit(tree, (node) => {
		const program = (node.data as { estree?: Program | null } | undefined)?.estree;
		if (program) importsOfProgram(program, found);
		if ('attributes' in node && Array.isArray(node.attributes)) {
			for (const attribute of node.attributes) {
				const value = (attribute as { value?: { data?: { estree?: Program | null } } }).value;
				if (value && typeof value === 'object' && value.data?.estree) importsOfProgram(value.data.estree, found);
				const spread = (attribute as { data?: { estree?: Program | null } }).data?.estree;
				if (spread) importsOfProgram(spread, found);
			}
		}
	});
	return found;
}

const codeImport =
	/\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'`]([^"'`\n]+)["'`]|\bimport\s*\(\s*["'`]([^"'`\n]+)["'`]|\bimport\.meta\.glob\w*\s*\(\s*(\[[^\]]*\]|["'`][^"'`\n]+["'`])/g;

/**
 * The modules a script or component (`.js`, `.ts`, `.astro`, ...) imports, read
 * with a pattern rather than parsed: enough to follow where a page's imports lead.
 */
export function codeImports(text: string): ModuleImport[] {
	if (!mayImport(text)) return [];
	const found: ModuleImport[] = [];
	const locate = textPositions(text);
	const position = (offset: number) => {
		const { lineIndex, column } = locate(offset);
		return { line: lineIndex + 1, column };
	};
	for (const match of text.matchAll(codeImport)) {
		const [, fromStatement, fromCall, globArgument] = match;
		const at = position(match.index ?? 0);
		if (fromStatement ?? fromCall) {
			found.push({ specifier: (fromStatement ?? fromCall) as string, ...at, glob: false });
		} else if (globArgument) {
			for (const quoted of globArgument.matchAll(/["'`]([^"'`\n]+)["'`]/g)) {
				found.push({ specifier: quoted[1] as string, ...at, glob: true });
			}
		}
	}
	return found;
}
