import type { Expression, Program, Property } from 'estree';
import type { Root } from 'mdast';

/**
 * Fumadocs' `<TypeTable type={{ name: { description, type, default, required } }} />`,
 * a table of options drawn from an object written in the page, inline or as an
 * `export const` it names (`type={authOptions}`): its rows, read from the code as
 * literals, never run.
 */

export interface TypeTableRow {
	name: string;
	type?: string;
	description?: string;
	default?: string;
	required: boolean;
	deprecated: boolean;
}

function programOf(node: { data?: unknown }): Program | undefined {
	return (node.data as { estree?: Program | null } | undefined)?.estree ?? undefined;
}

/** `export const name = …` declared in an MDX page, by name. */
export function pageConstants(tree: Root): Map<string, Expression> {
	const constants = new Map<string, Expression>();
	for (const node of tree.children) {
		if (node.type !== 'mdxjsEsm') continue;
		for (const statement of programOf(node)?.body ?? []) {
			const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
			if (declaration?.type !== 'VariableDeclaration') continue;
			for (const declarator of declaration.declarations)
				if (declarator.id.type === 'Identifier' && declarator.init) constants.set(declarator.id.name, declarator.init);
		}
	}
	return constants;
}

/** A literal's words: a string, a number, a boolean, a template without expressions. */
export function literal(expression: Expression | undefined): string | undefined {
	if (expression?.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof expression.value))
		return String(expression.value);
	if (expression?.type === 'TemplateLiteral' && expression.expressions.length === 0)
		return expression.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
	return undefined;
}

function keyOf(property: Property): string | undefined {
	if (property.computed) return undefined;
	if (property.key.type === 'Identifier') return property.key.name;
	return property.key.type === 'Literal' ? String(property.key.value) : undefined;
}

/** The properties of an object expression, by name, skipping spreads and computed keys. */
function fields(expression: Expression): Map<string, Expression> {
	const found = new Map<string, Expression>();
	if (expression.type !== 'ObjectExpression') return found;
	for (const property of expression.properties) {
		if (property.type !== 'Property') continue;
		const key = keyOf(property);
		if (key !== undefined) found.set(key, property.value as Expression);
	}
	return found;
}

/**
 * The rows of a TypeTable's `type` attribute (its estree program), or undefined when
 * it is no object the page spells out.
 */
export function typeTableRows(
	program: Program | undefined,
	constants: ReadonlyMap<string, Expression>,
): TypeTableRow[] | undefined {
	const [statement] = program?.body ?? [];
	let expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
	if (expression?.type === 'Identifier') expression = constants.get(expression.name);
	if (expression?.type !== 'ObjectExpression') return undefined;
	const rows: TypeTableRow[] = [];
	for (const [name, value] of fields(expression)) {
		const row = fields(value);
		rows.push({
			name,
			type: literal(row.get('type')),
			description: literal(row.get('description')),
			default: literal(row.get('default')),
			required: literal(row.get('required')) === 'true',
			deprecated: literal(row.get('deprecated')) === 'true',
		});
	}
	return rows.length > 0 ? rows : undefined;
}
