import type { Expression, Program } from 'estree';
import type { Root } from 'mdast';

/** What an `{expression}` can stand for in plain text: a literal, or the name of a literal export. */
function literalText(expression: Expression, constants: ReadonlyMap<string, string>): string | undefined {
	if (expression.type === 'Literal' && (typeof expression.value === 'string' || typeof expression.value === 'number')) {
		return String(expression.value);
	}
	if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) {
		return expression.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
	}
	if (expression.type === 'Identifier') return constants.get(expression.name);
	return undefined;
}

function programOf(node: { data?: unknown }): Program | undefined {
	return (node.data as { estree?: Program | null } | undefined)?.estree ?? undefined;
}

/**
 * `export const name = 'text'` (or a number) declared in an MDX file, by name, so
 * `{name}` in the text can be written out instead of dropped.
 */
export function literalExports(tree: Root): Map<string, string> {
	const constants = new Map<string, string>();
	for (const node of tree.children) {
		if (node.type !== 'mdxjsEsm') continue;
		for (const statement of programOf(node)?.body ?? []) {
			if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration')
				continue;
			for (const declarator of statement.declaration.declarations) {
				if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
				const text = literalText(declarator.init, constants);
				if (text !== undefined) constants.set(declarator.id.name, text);
			}
		}
	}
	return constants;
}

/**
 * The plain text an MDX `{expression}` prints when it is a literal (`{'<'}`, `{42}`) or
 * names a literal export; undefined for anything else (comments, calls, JSX), which
 * has no Markdown form.
 */
export function expressionText(node: { data?: unknown }, constants: ReadonlyMap<string, string>): string | undefined {
	const [statement] = programOf(node)?.body ?? [];
	if (statement?.type !== 'ExpressionStatement') return undefined;
	return literalText(statement.expression, constants);
}
