import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import type { BlockContent, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { mediaLink } from './media.ts';

/**
 * A docs site's own React component (`@site/src/components/CtaBox`) whose page output
 * is fixed text, links and simple markup around the attributes a page gives it: read,
 * not run, and written as what a reader saw on first load (a `useState(false)` is
 * false, an effect has not run). Anything else it does (call a function for its text,
 * map a list, show another component, draw a button) makes it unreadable here, and the
 * import says so instead of guessing. A docs theme's callout it shows (Fumadocs'
 * `<Callout type="error">`) stays that element, which the page's converter reads as an
 * aside, as it reads one written in a page; so do the module's constants
 * (`const GUIDE = '/docs/guide'`) it reads.
 */

/** The attributes a page gives the element: text, `true` for a bare attribute, `null` for code the import cannot read. */
export type ComponentProps = Record<string, string | true | null>;

/** What the component shows, as Markdown: blocks where it stood alone, words where it stood in a sentence. */
export interface RenderedComponent {
	blocks: BlockContent[];
	/** None when it showed blocks (a box, paragraphs), which cannot stand in a sentence. */
	phrasing?: PhrasingContent[];
}

/** A line break between tags, which JSX drops: a space only between two elements. */
const BETWEEN = Symbol('between');
/** A value the reader could not work out: fine unless the page output needs it. */
const UNKNOWN = Symbol('unknown');
/** A function, which a page output may hold as a handler (`onClick`) but never shows. */
const FUNCTION = Symbol('function');

interface Element {
	tag: string;
	attributes: Record<string, Value>;
	children: Child[];
}
type Child = string | Element;
type Value = string | number | boolean | null | undefined | typeof UNKNOWN | typeof FUNCTION | Element | Child[];

class Unreadable extends Error {}

const fail = (why: string): never => {
	throw new Unreadable(why);
};

type Component = t.ArrowFunctionExpression | t.FunctionDeclaration | t.FunctionExpression;

function isFunction(node: t.Node | null | undefined): node is Component {
	return (
		node?.type === 'ArrowFunctionExpression' ||
		node?.type === 'FunctionDeclaration' ||
		node?.type === 'FunctionExpression'
	);
}

/** The function the module exports under `name` (`default` for its default export). */
function exported(program: t.Program, name: string): Component | undefined {
	const declared = new Map<string, Component>();
	for (const statement of program.body) {
		const declaration =
			statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration'
				? statement.declaration
				: statement;
		if (declaration?.type === 'FunctionDeclaration' && declaration.id) declared.set(declaration.id.name, declaration);
		if (declaration?.type === 'VariableDeclaration')
			for (const each of declaration.declarations)
				if (each.id.type === 'Identifier' && isFunction(each.init)) declared.set(each.id.name, each.init);
	}
	for (const statement of program.body) {
		if (name === 'default' && statement.type === 'ExportDefaultDeclaration') {
			const declaration = statement.declaration;
			if (isFunction(declaration)) return declaration;
			if (declaration.type === 'Identifier') return declared.get(declaration.name);
		}
		if (name !== 'default' && statement.type === 'ExportNamedDeclaration') {
			const declaration = statement.declaration;
			if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === name) return declaration;
			if (declaration?.type === 'VariableDeclaration')
				for (const each of declaration.declarations)
					if (each.id.type === 'Identifier' && each.id.name === name && isFunction(each.init)) return each.init;
			for (const specifier of statement.specifiers)
				if (
					specifier.type === 'ExportSpecifier' &&
					(specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value) === name
				)
					return declared.get(specifier.local.name);
		}
	}
	return undefined;
}

type Scope = Map<string, Value>;

/** The packages of docs themes whose callouts a site's component may show. */
const THEME_MODULES =
	/^(?:fumadocs-ui\/|nextra(?:-theme-docs)?(?:\/|$)|@astrojs\/starlight\/|@theme\/Admonition$|@mintlify\/)/;
/** The callout components of those themes, which the page's converter reads (markdown.ts). */
const THEME_CALLOUTS = /^(?:Callout|Aside|Admonition|Note|Tip|Info|Warning|Danger|Caution|Check)$/;
/** How the scope marks a theme's callout the module imports: a key no identifier can be. */
const themeKey = (name: string) => `<${name}>`;

/**
 * What the module's top level gives the component: its constants of text or numbers
 * (`const GUIDE = '/docs/guide'`) and the theme callouts it imports.
 */
function moduleScope(program: t.Program): Scope {
	const scope: Scope = new Map();
	for (const statement of program.body) {
		if (statement.type === 'ImportDeclaration' && THEME_MODULES.test(statement.source.value))
			for (const specifier of statement.specifiers)
				if (specifier.type === 'ImportSpecifier' && THEME_CALLOUTS.test(specifier.local.name))
					scope.set(themeKey(specifier.local.name), true);
		const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
		if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
		for (const each of declaration.declarations) {
			const literal = ['StringLiteral', 'NumericLiteral', 'TemplateLiteral'].includes(each.init?.type ?? '');
			const value = each.id.type === 'Identifier' && each.init && literal ? constant(each.init, scope) : undefined;
			if (each.id.type === 'Identifier' && (typeof value === 'string' || typeof value === 'number'))
				scope.set(each.id.name, value);
		}
	}
	return scope;
}

/** A constant's value, undefined where it holds what the reader cannot work out (a template with a call in it). */
function constant(init: t.Expression, scope: Scope): Value {
	try {
		return evaluate(init, scope);
	} catch (error) {
		if (error instanceof Unreadable) return undefined;
		throw error;
	}
}

/** Whether an element stands on lines of its own: a block of HTML, or a theme's callout. */
const isBlock = (tag: string) => BLOCK_TAGS.has(tag) || /^[A-Z]/.test(tag);

/** An attribute's value, an unreadable one (`link={base + '/x'}`) as unknown. */
const known = (value: Value): Value => (value === null ? UNKNOWN : value);
const props_ = (scope: Scope, name: string): Value => scope.get(`props.${name}`);

function evaluate(node: t.Node, scope: Scope): Value {
	switch (node.type) {
		case 'StringLiteral':
		case 'NumericLiteral':
		case 'BooleanLiteral':
			return node.value;
		case 'NullLiteral':
			return null;
		case 'TemplateLiteral': {
			let text = node.quasis[0]?.value.cooked ?? '';
			node.expressions.forEach((expression, index) => {
				const value = evaluate(expression, scope);
				if (typeof value !== 'string' && typeof value !== 'number') fail('a template with a computed part');
				text += String(value) + (node.quasis[index + 1]?.value.cooked ?? '');
			});
			return text;
		}
		case 'Identifier':
			if (node.name === 'undefined') return undefined;
			return scope.has(node.name) ? (scope.get(node.name) as Value) : UNKNOWN;
		case 'MemberExpression': {
			// `props.headline`, the one object a component reads its attributes from.
			if (node.object.type === 'Identifier' && node.property.type === 'Identifier' && !node.computed) {
				const props = scope.get(`${node.object.name}.`);
				// What a page writes between the tags is Markdown this reader does not show.
				if (props !== undefined && node.property.name === 'children') return UNKNOWN;
				if (props !== undefined) return known(props_(scope, node.property.name));
			}
			return UNKNOWN;
		}
		case 'ParenthesizedExpression':
		case 'TSAsExpression':
		case 'TSNonNullExpression':
		case 'TSSatisfiesExpression':
			return evaluate(node.expression, scope);
		case 'ConditionalExpression': {
			const test = evaluate(node.test, scope);
			if (test === UNKNOWN) return fail('a choice on a value it computes');
			return evaluate(test ? node.consequent : node.alternate, scope);
		}
		case 'LogicalExpression': {
			const left = evaluate(node.left, scope);
			if (left === UNKNOWN) return fail('a choice on a value it computes');
			if (node.operator === '&&') return left ? evaluate(node.right, scope) : left;
			if (node.operator === '||') return left ? left : evaluate(node.right, scope);
			return left ?? evaluate(node.right, scope);
		}
		case 'UnaryExpression': {
			const value = evaluate(node.argument, scope);
			if (node.operator !== '!' || value === UNKNOWN) return UNKNOWN;
			return !value;
		}
		case 'BinaryExpression': {
			const left = evaluate(node.left, scope);
			const right = evaluate(node.right, scope);
			if (left === UNKNOWN || right === UNKNOWN || typeof left === 'object' || typeof right === 'object')
				return UNKNOWN;
			if (node.operator === '===' || node.operator === '==') return left === right;
			if (node.operator === '!==' || node.operator === '!=') return left !== right;
			if (node.operator === '+' && (typeof left === 'string' || typeof right === 'string'))
				return String(left) + String(right);
			return UNKNOWN;
		}
		case 'ArrowFunctionExpression':
		case 'FunctionExpression':
			return FUNCTION;
		case 'JSXElement':
		case 'JSXFragment':
			return element(node, scope);
		default:
			return UNKNOWN;
	}
}

/** JSX's rule for text between tags: lines trimmed where they break, blank lines gone, the rest joined by a space. */
function jsxText(value: string): string {
	const lines = value.split(/\r\n|\n|\r/);
	if (lines.length === 1) return value;
	return lines
		.map((line, index) => {
			let text = line.replace(/\t/g, ' ');
			if (index !== 0) text = text.replace(/^[ ]+/, '');
			if (index !== lines.length - 1) text = text.replace(/[ ]+$/, '');
			return text;
		})
		.filter((line) => line !== '')
		.join(' ');
}

/** What `{value}` puts on the page. */
function shown(value: Value): Child[] {
	if (value === UNKNOWN) return fail('text it computes');
	if (value === FUNCTION) return fail('a function shown as text');
	if (value === null || value === undefined || typeof value === 'boolean') return [];
	if (typeof value === 'string' || typeof value === 'number') return [String(value)];
	if (Array.isArray(value)) return value;
	// A fragment (`<>…</>`) shows its children.
	return value.tag === '' ? value.children : [value];
}

function element(node: t.JSXElement | t.JSXFragment, scope: Scope): Element {
	let tag = '';
	const attributes: Record<string, Value> = {};
	if (node.type === 'JSXElement') {
		const name = node.openingElement.name;
		if (name.type === 'JSXIdentifier' && scope.get(themeKey(name.name)) === true) tag = name.name;
		else if (name.type !== 'JSXIdentifier' || !/^[a-z]/.test(name.name)) {
			const written = name.type === 'JSXMemberExpression' && name.property.name === 'Fragment' ? 'Fragment' : undefined;
			if (!written) return fail('another component');
		} else tag = name.name;
		for (const attribute of node.openingElement.attributes) {
			if (attribute.type === 'JSXSpreadAttribute') return fail('attributes spread from an object');
			const key = attribute.name.type === 'JSXIdentifier' ? attribute.name.name : attribute.name.name.name;
			const value = attribute.value;
			attributes[key] =
				value === null || value === undefined
					? true
					: value.type === 'StringLiteral'
						? value.value
						: value.type === 'JSXExpressionContainer'
							? value.expression.type === 'JSXEmptyExpression'
								? undefined
								: evaluate(value.expression, scope)
							: evaluate(value, scope);
		}
	}
	const children: (Child | typeof BETWEEN)[] = [];
	for (const child of node.children) {
		if (child.type === 'JSXText') {
			const text = jsxText(child.value);
			if (text === '' && /\n/.test(child.value)) children.push(BETWEEN);
			else if (text !== '') children.push(text);
		} else if (child.type === 'JSXExpressionContainer') {
			if (child.expression.type !== 'JSXEmptyExpression') children.push(...shown(evaluate(child.expression, scope)));
		} else if (child.type === 'JSXSpreadChild') return fail('children spread from a list');
		else children.push(...shown(element(child, scope)));
	}
	// Elements on lines of their own show apart (a badge, its text, a button): a space keeps their words apart here.
	const spaced = children.flatMap((child, index): Child[] => {
		if (child !== BETWEEN) return [child];
		const before = children[index - 1];
		const after = children[index + 1];
		return typeof before === 'object' && typeof after === 'object' ? [' '] : [];
	});
	return { tag, attributes, children: spaced };
}

/** Runs the component's body as far as its first return, with its state as on first load. */
function run(component: Component, props: ComponentProps, module: Scope): Value {
	const scope: Scope = new Map(module);
	const [parameter] = component.params;
	const bindProps = (pattern: t.ObjectPattern) => {
		for (const property of pattern.properties) {
			if (property.type !== 'ObjectProperty' || property.key.type !== 'Identifier')
				return fail('attributes read in a way it cannot follow');
			const value = property.value;
			const local =
				value.type === 'Identifier'
					? value
					: value.type === 'AssignmentPattern' && value.left.type === 'Identifier'
						? value.left
						: undefined;
			if (!local) return fail('attributes read in a way it cannot follow');
			const given = props[property.key.name];
			scope.set(
				local.name,
				property.key.name === 'children'
					? UNKNOWN
					: given !== undefined
						? known(given)
						: value.type === 'AssignmentPattern'
							? evaluate(value.right, scope)
							: undefined,
			);
		}
	};
	if (parameter?.type === 'ObjectPattern') bindProps(parameter);
	else if (parameter?.type === 'Identifier') {
		scope.set(`${parameter.name}.`, true);
		for (const [key, value] of Object.entries(props)) scope.set(`props.${key}`, value);
	} else if (parameter) return fail('attributes read in a way it cannot follow');
	if (component.body.type !== 'BlockStatement') return evaluate(component.body, scope);
	const statements = [...component.body.body];
	while (statements.length > 0) {
		const statement = statements.shift() as t.Statement;
		switch (statement.type) {
			case 'ReturnStatement':
				return statement.argument ? evaluate(statement.argument, scope) : undefined;
			case 'FunctionDeclaration':
				if (statement.id) scope.set(statement.id.name, FUNCTION);
				break;
			case 'VariableDeclaration':
				for (const declarator of statement.declarations) {
					const init = declarator.init;
					// `const [open, setOpen] = useState(false)`: on first load, the value it starts with.
					if (
						declarator.id.type === 'ArrayPattern' &&
						init?.type === 'CallExpression' &&
						/^(React\.)?useState$/.test(calleeName(init.callee)) &&
						declarator.id.elements[0]?.type === 'Identifier'
					) {
						const [first] = init.arguments;
						scope.set(declarator.id.elements[0].name, first ? evaluate(first, scope) : undefined);
					} else if (declarator.id.type === 'Identifier')
						scope.set(declarator.id.name, init ? evaluate(init, scope) : undefined);
					else return fail('values unpacked in a way it cannot follow');
				}
				break;
			case 'ExpressionStatement': {
				// An effect runs after the page is shown; any other statement may change what it shows.
				const expression = statement.expression;
				if (
					expression.type === 'CallExpression' &&
					/^(React\.)?use(Layout)?Effect$/.test(calleeName(expression.callee))
				)
					break;
				return fail('code it would have to run');
			}
			case 'IfStatement': {
				const test = evaluate(statement.test, scope);
				if (test === UNKNOWN) return fail('a choice on a value it computes');
				const branch = test ? statement.consequent : statement.alternate;
				if (branch) statements.unshift(...(branch.type === 'BlockStatement' ? branch.body : [branch]));
				break;
			}
			case 'EmptyStatement':
				break;
			default:
				return fail('code it would have to run');
		}
	}
	return undefined;
}

function calleeName(callee: t.Node): string {
	if (callee.type === 'Identifier') return callee.name;
	if (
		callee.type === 'MemberExpression' &&
		callee.object.type === 'Identifier' &&
		callee.property.type === 'Identifier'
	)
		return `${callee.object.name}.${callee.property.name}`;
	return '';
}

const BLOCK_TAGS = new Set([
	'div',
	'p',
	'section',
	'article',
	'aside',
	'header',
	'footer',
	'main',
	'nav',
	'figure',
	'figcaption',
	'blockquote',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
]);
const INLINE_TAGS = new Set(['span', 'small', 'label', 'abbr', 'mark', 'sup', 'sub', 'u', 'cite', 'q', 'time', '']);
/** Elements that play a video or a recording, shown here as a link to it. */
const PLAYERS = new Set(['iframe', 'video', 'audio']);
const MARKS: Record<string, 'strong' | 'emphasis'> = { strong: 'strong', b: 'strong', em: 'emphasis', i: 'emphasis' };

/** Neighbouring words as one text, white space collapsed as a browser shows it. */
function merged(nodes: PhrasingContent[]): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	for (const node of nodes) {
		const last = out.at(-1);
		if (node.type === 'text' && last?.type === 'text') last.value += node.value;
		else out.push(node);
	}
	for (const node of out) if (node.type === 'text') node.value = node.value.replace(/\s+/g, ' ');
	return out;
}

function phrasing(children: readonly Child[]): PhrasingContent[] {
	return merged(phrasingOf(children));
}

function phrasingOf(children: readonly Child[]): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	for (const child of children) {
		if (typeof child === 'string') {
			const last = out.at(-1);
			if (last?.type === 'text') last.value += child;
			else out.push({ type: 'text', value: child });
			continue;
		}
		const inner = () => phrasing(child.children);
		if (isBlock(child.tag)) return fail('a block inside a line');
		if (INLINE_TAGS.has(child.tag)) out.push(...inner());
		else if (MARKS[child.tag]) out.push({ type: MARKS[child.tag] as 'strong', children: inner() });
		else if (child.tag === 'code')
			out.push({
				type: 'inlineCode',
				value: inner()
					.map((node) => ('value' in node ? node.value : ''))
					.join(''),
			});
		else if (child.tag === 'br') out.push({ type: 'break' });
		else if (child.tag === 'a' && typeof child.attributes.href === 'string')
			out.push({ type: 'link', url: child.attributes.href, children: inner() });
		else if (child.tag === 'a') out.push(...inner());
		else if (PLAYERS.has(child.tag) && typeof child.attributes.src === 'string') {
			// A player (a video's iframe, `<video src>`) is a link to what it plays, as the page's own are.
			const title = typeof child.attributes.title === 'string' ? child.attributes.title : undefined;
			const link = mediaLink(child.tag === 'audio' ? 'audio' : 'video', child.attributes.src, title);
			if (!link) return fail(`a <${child.tag}> it cannot link to`);
			out.push({ type: 'link', url: link.url, children: [{ type: 'text', value: link.text }] });
		} else return fail(`a <${child.tag}> element`);
	}
	return out;
}

/** Trims a paragraph's words at its edges and drops it when nothing is left. */
function paragraph(nodes: PhrasingContent[]): BlockContent[] {
	const first = nodes[0];
	const last = nodes.at(-1);
	if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
	if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
	const kept = nodes.filter((node) => !(node.type === 'text' && node.value === ''));
	return kept.length === 0 ? [] : [{ type: 'paragraph', children: kept }];
}

/** Words for a sentence: trimmed at the edges, as the paragraph around them would be. */
function paragraphWords(nodes: PhrasingContent[]): PhrasingContent[] {
	const [only] = paragraph(nodes);
	return only?.type === 'paragraph' ? only.children : [];
}

function blocks(children: readonly Child[]): BlockContent[] {
	const out: BlockContent[] = [];
	let line: Child[] = [];
	const flush = () => {
		out.push(...paragraph(phrasing(line)));
		line = [];
	};
	for (const child of children) {
		if (typeof child !== 'string' && /^[A-Z]/.test(child.tag)) {
			flush();
			out.push(themeCallout(child));
		} else if (typeof child !== 'string' && BLOCK_TAGS.has(child.tag)) {
			flush();
			out.push(...blocks(child.children));
		} else line.push(child);
	}
	flush();
	return out;
}

/** A theme's callout as the element a page would have written, its attributes those of text. */
function themeCallout(callout: Element): MdxJsxFlowElement {
	const attributes = Object.entries(callout.attributes).flatMap(([name, value]): MdxJsxAttribute[] =>
		typeof value === 'string' ? [{ type: 'mdxJsxAttribute', name, value }] : [],
	);
	return { type: 'mdxJsxFlowElement', name: callout.tag, attributes, children: blocks(callout.children) };
}

/**
 * What the component exported as `name` from `code` shows with these attributes, or
 * why the import cannot tell.
 */
export function renderStaticComponent(
	code: string,
	options: { typescript: boolean; name: string },
	props: ComponentProps,
): RenderedComponent | { unreadable: string } {
	let program: t.Program;
	try {
		program = parse(code, {
			sourceType: 'unambiguous',
			plugins: options.typescript ? ['jsx', 'typescript'] : ['jsx'],
		}).program;
	} catch {
		return { unreadable: 'its file could not be read' };
	}
	const component = exported(program, options.name);
	if (!component) return { unreadable: 'its file exports no function of that name' };
	try {
		const output = shown(run(component, props, moduleScope(program)));
		const words = output.every((child) => typeof child === 'string' || !isBlock(child.tag));
		return { blocks: blocks(output), ...(words ? { phrasing: paragraphWords(phrasing(output)) } : {}) };
	} catch (error) {
		if (error instanceof Unreadable) return { unreadable: `it shows ${error.message}` };
		throw error;
	}
}
