import type { z } from 'astro/zod';
import { oneLineCheck } from './schemas/fields.ts';

interface FieldDoc {
	name: string;
	required: boolean;
	type: string;
	defaultValue?: unknown;
	description: string;
}

type Check = { _zod: { def: { check: string; maximum?: number } } };
type AnyField = z.ZodType & {
	description?: string;
	_zod: {
		def: {
			checks?: Check[];
			type: string;
			innerType?: AnyField;
			element?: AnyField;
			entries?: Record<string, string>;
			in?: AnyField;
			out?: AnyField;
		};
	};
};

/** A reader's name for a field's type, looking through defaults, optionals and pipes. */
function typeName(field: AnyField): string {
	const def = field._zod.def;
	switch (def.type) {
		case 'default':
		case 'optional':
		case 'prefault':
			return def.innerType ? typeName(def.innerType) : 'any';
		case 'pipe': {
			// A preprocessing step (z.preprocess) says nothing of the type; what it feeds does.
			const side = def.in?._zod.def.type === 'transform' ? def.out : def.in;
			return side ? typeName(side) : 'any';
		}
		case 'string': {
			const maxLength = def.checks?.find((check) => check._zod.def.check === 'max_length');
			const maximum = (maxLength?._zod.def as { maximum?: number } | undefined)?.maximum;
			const text = def.checks?.some((check) => check === (oneLineCheck as unknown)) ? 'one-line text' : 'text';
			return maximum === undefined ? text : `${text}, at most ${maximum} characters`;
		}
		case 'date':
			return 'date (YYYY-MM-DD)';
		case 'boolean':
			return '`true` or `false`';
		case 'union':
			return 'text or number';
		case 'enum':
			return Object.values(def.entries ?? {})
				.map((value) => `\`${value}\``)
				.join(' or ');
		case 'array':
			return def.element ? `list of ${typeName(def.element)}` : 'list';
		default:
			return def.type;
	}
}

/** Documents every field of an object schema from the schema itself. */
export function describeFields(schema: z.ZodObject): FieldDoc[] {
	return Object.entries(schema.shape as Record<string, AnyField>).map(([name, field]) => {
		const empty = field.safeParse(undefined);
		return {
			name,
			required: !empty.success,
			type: typeName(field),
			defaultValue: empty.success ? empty.data : undefined,
			description: field.description ?? '',
		};
	});
}

/** The fields as a Markdown table for the README. */
export function fieldTable(schema: z.ZodObject): string {
	const rows = describeFields(schema).map((field) => {
		const required = field.required ? 'yes' : 'no';
		return `| \`${field.name}\` | ${field.type} | ${required} | ${field.description.replaceAll('|', '\\|')} |`;
	});
	return ['| Field | Type | Required | What it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceMarked(document: string, name: string, content: string): string {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const from = document.indexOf(start);
	const to = document.indexOf(end);
	if (from === -1 || to === -1 || to < from) throw new Error(`The markers ${start} and ${end} are missing`);
	return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}
