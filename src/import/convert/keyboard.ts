import type { Program } from 'estree';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString as mdastText } from 'mdast-util-to-string';
import { literal } from './type-table.ts';

/**
 * A docs site's own component for keyboard keys (`<Key mod="ctrl" k="k" />`,
 * `<Kbd>Esc</Kbd>`, `<KeyboardShortcut keys={["Shift", "Tab"]} />`) showed the keys
 * in the sentence; the import writes them as it writes HTML's `<kbd>` and MyST's
 * `{kbd}`: as code, `Ctrl+K`. Its name says it is one; its attributes, or its words,
 * are the keys.
 */

/** Names sites give such a component. */
const KEY_COMPONENT =
	/^(?:Kbd|Keys?|KeyboardKeys?|Keyboard(?:Shortcut|Combo|Combination|Binding)s?|Key(?:Combo|Combination|Binding|Stroke|Shortcut)s?|Shortcut|Hotkeys?)$/;

/** Attributes that say how the keys look, not which they are. */
const PRESENTATION = new Set([
	'class',
	'classname',
	'style',
	'id',
	'title',
	'os',
	'platform',
	'variant',
	'size',
	'theme',
	'color',
	'separator',
	'aria-label',
]);

/** Attributes naming modifiers (`mod="cmd shift"`), which come first and may list several with spaces. */
const MODIFIERS = /^(?:mods?|modifiers?)$/i;

const ARROWS: Record<string, string> = { up: '↑', down: '↓', left: '←', right: '→' };

/** A key as the reader saw it: a lower-case name capitalised (`ctrl` → `Ctrl`, `k` → `K`), any other as written. */
function keyName(word: string): string {
	return /^[a-z]+$/.test(word) ? `${word[0]?.toUpperCase()}${word.slice(1)}` : word;
}

/**
 * The strings an attribute's value is: `"ctrl"`, `{"ctrl"}`, `{["Shift", "Tab"]}`, read
 * from the expression's syntax tree as the type tables are; undefined for anything computed.
 */
function literalValues(value: MdxJsxTextElement['attributes'][number]['value']): string[] | undefined {
	if (typeof value === 'string') return [value];
	if (value === null || value === undefined) return [];
	const program = (value.data as { estree?: Program | null } | undefined)?.estree;
	const [statement, ...rest] = program?.body ?? [];
	if (statement?.type !== 'ExpressionStatement' || rest.length > 0) return undefined;
	const { expression } = statement;
	const single = literal(expression);
	if (single !== undefined) return [single];
	if (expression.type !== 'ArrayExpression') return undefined;
	const items = expression.elements.map((element) =>
		element && element.type !== 'SpreadElement' ? literal(element) : undefined,
	);
	return items.every((item) => item !== undefined) ? items : undefined;
}

/**
 * The keys a keyboard component showed, in order (modifiers first), or undefined when
 * the element is no keyboard component or its keys cannot be read without running code.
 */
export function keyboardKeys(node: MdxJsxFlowElement | MdxJsxTextElement): string[] | undefined {
	if (!KEY_COMPONENT.test(node.name ?? '')) return undefined;
	const modifiers: string[] = [];
	const keys: string[] = [];
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') return undefined;
		if (PRESENTATION.has(attribute.name.toLowerCase())) continue;
		const values = literalValues(attribute.value);
		if (values === undefined) return undefined;
		const modifier = MODIFIERS.test(attribute.name);
		for (const value of values) {
			const words = modifier ? value.split(/[\s+]+/) : value.length > 1 ? value.split(/\s*\+\s*/) : [value];
			for (const word of words.map((entry) => entry.trim()).filter(Boolean)) {
				const arrow = /^arrows?$/i.test(attribute.name) ? ARROWS[word.toLowerCase()] : undefined;
				(modifier ? modifiers : keys).push(arrow ?? keyName(word));
			}
		}
	}
	if (modifiers.length + keys.length > 0) return [...modifiers, ...keys];
	// `<Kbd>Esc</Kbd>`: its words are the key.
	const words = mdastText(node).trim();
	return words !== '' && words.length <= 40 ? [words] : undefined;
}
