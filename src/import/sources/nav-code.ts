// Helpers for reading a docs site's navigation from its configuration as code, never run.
import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import { stringValue } from './docusaurus-docs-routes.ts';

/** A section's title as readers saw it: one line, without the spaces around it. */
export function sectionTitle(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const title = value.replace(/\s+/g, ' ').trim();
	return title === '' ? undefined : title;
}

/** A configuration file's code, TypeScript when its name says so; undefined when it does not parse. */
export function parseCode(code: string, file: string): t.Program | undefined {
	try {
		return parse(code, { sourceType: 'unambiguous', plugins: /\.[mc]?ts$/i.test(file) ? ['typescript'] : [] }).program;
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
