import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse } from '@babel/parser';
import type * as t from '@babel/types';

/**
 * A docs site's own React components that a page imports (`@site/src/components/Seo`)
 * are code the import does not run. One kind is still safe to judge by reading it: a
 * component whose every element is Docusaurus' `<Head>` only sets the page's `<head>`
 * (a robots or search meta tag) and shows nothing on the page, so leaving it out loses
 * nothing a reader saw.
 */

const EXTENSIONS = ['', '.js', '.jsx', '.ts', '.tsx', '/index.js', '/index.jsx', '/index.ts', '/index.tsx'];
/** Where Docusaurus' head component is imported from. */
const HEAD_MODULES = new Set(['@docusaurus/Head', '@theme/Head']);

/** The component's file, the import's path with the extensions a bundler would try. */
export function componentFile(base: string): string | undefined {
	return EXTENSIONS.map((extension) => `${base}${extension}`).find(
		(file) => existsSync(file) && statSync(file).isFile(),
	);
}

/** Whether the component in `file` renders nothing but `<Head>`: no element of its own shows on the page. */
export function rendersOnlyHead(file: string): boolean {
	let program: t.Program;
	try {
		program = parse(readFileSync(file, 'utf8'), {
			sourceType: 'unambiguous',
			plugins: /\.tsx?$/.test(file) ? ['jsx', 'typescript'] : ['jsx'],
		}).program;
	} catch {
		return false;
	}
	const heads = new Set<string>();
	for (const statement of program.body)
		if (statement.type === 'ImportDeclaration' && HEAD_MODULES.has(statement.source.value))
			for (const specifier of statement.specifiers)
				if (specifier.type === 'ImportDefaultSpecifier') heads.add(specifier.local.name);
	if (heads.size === 0) return false;
	/** The outermost elements the file writes: what each return of it puts on the page. */
	const outermost: (t.JSXElement | t.JSXFragment)[] = [];
	const stack: t.Node[] = [program];
	while (stack.length > 0) {
		const node = stack.pop() as t.Node;
		if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
			outermost.push(node);
			continue;
		}
		// `React.createElement('div')` puts an element on the page that reading JSX would miss.
		if (
			node.type === 'CallExpression' &&
			node.callee.type === 'MemberExpression' &&
			node.callee.property.type === 'Identifier' &&
			node.callee.property.name === 'createElement'
		)
			return false;
		for (const [key, child] of Object.entries(node)) {
			if (key === 'loc' || key.endsWith('Comments')) continue;
			for (const each of Array.isArray(child) ? child : [child])
				if (each && typeof each === 'object' && typeof (each as t.Node).type === 'string') stack.push(each as t.Node);
		}
	}
	return (
		outermost.length > 0 &&
		outermost.every(
			(element) =>
				element.type === 'JSXElement' &&
				element.openingElement.name.type === 'JSXIdentifier' &&
				heads.has(element.openingElement.name.name),
		)
	);
}

/**
 * Whether an Astro component (`ScreenshotZoom.astro`) shows nothing on the page: past
 * its `---` code fence, its template holds only `<script>` and `<style>` elements and
 * comments, which add behaviour or looks to what the page shows (a lightbox for its
 * screenshots) but no words or pictures of their own, so leaving it out loses nothing
 * a reader saw. Anything else (an element, text, an expression) shows something.
 */
export function astroShowsNothing(file: string): boolean {
	if (!file.endsWith('.astro')) return false;
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return false;
	}
	const template = text.replace(/^\uFEFF?\s*---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
	const rest = template
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/<(script|style)\b[^>]*\/>/gi, '');
	return rest.trim() === '' && template.trim() !== '';
}
