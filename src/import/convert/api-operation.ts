import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';

/**
 * An API operation as a help center page can show it, written out from the block an
 * old site drew it with (GitBook's `{% swagger %}`): its method and address in bold,
 * its summary and description, its parameters listed by where they go, as GitBook
 * grouped them, and each response's status with what it holds.
 */

export interface ApiParameter {
	/** Where it goes: `path`, `query`, `header`, `cookie`, `body`, `formData`, or as the page wrote it. */
	in: string;
	name: string;
	type: string;
	required: boolean;
	/** Its description, converted. */
	description: RootContent[];
}

export interface ApiResponse {
	/** `200`, or `200: OK` as GitBook wrote it. */
	status: string;
	description: string;
	/** What it holds (a code block), converted. */
	body: RootContent[];
}

export interface ApiOperation {
	method: string;
	/** The whole address, or a path. */
	path: string;
	summary: string;
	description: RootContent[];
	parameters: ApiParameter[];
	responses: ApiResponse[];
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const boldLine = (children: PhrasingContent[]): Paragraph => ({
	type: 'paragraph',
	children: [{ type: 'strong', children }],
});

/** "**GET `/v1/users`**": the method, then the address in code. */
export function operationLine(method: string, path: string): Paragraph {
	const verb = method.trim().toUpperCase();
	const words: PhrasingContent[] = [
		...(verb ? [text(path ? `${verb} ` : verb)] : []),
		...(path ? [{ type: 'inlineCode' as const, value: path }] : []),
	];
	return boldLine(words);
}

/** The groups GitBook showed an operation's parameters in, in its order. */
const GROUPS: readonly { in: string; label: string }[] = [
	{ in: 'path', label: 'Path parameters' },
	{ in: 'query', label: 'Query parameters' },
	{ in: 'header', label: 'Headers' },
	{ in: 'cookie', label: 'Cookies' },
	{ in: 'body', label: 'Request body' },
	{ in: 'formdata', label: 'Form data' },
];

/** "`id` (string, required): What it is.", a description longer than a paragraph under it. */
function parameterItem(parameter: ApiParameter, where: string | undefined): ListItem {
	const details = [where, parameter.type.trim() || undefined, parameter.required ? 'required' : undefined].filter(
		(part): part is string => part !== undefined && part !== '',
	);
	const name = parameter.name.trim();
	const lead: PhrasingContent[] = name ? [{ type: 'inlineCode', value: name }] : [];
	if (details.length > 0) lead.push(text(`${name ? ' ' : ''}(${details.join(', ')})`));
	const [first, ...rest] = parameter.description;
	if (first?.type === 'paragraph' && lead.length > 0)
		return {
			type: 'listItem',
			spread: false,
			children: [
				{ type: 'paragraph', children: [...lead, text(': '), ...first.children] },
				...(rest as BlockContent[]),
			],
		};
	const children = [
		...(lead.length > 0 ? [{ type: 'paragraph' as const, children: lead }] : []),
		...parameter.description,
	];
	return { type: 'listItem', spread: false, children: children as BlockContent[] };
}

function parameterBlocks(parameters: readonly ApiParameter[]): RootContent[] {
	const out: RootContent[] = [];
	const known = (parameter: ApiParameter) => GROUPS.find((group) => group.in === parameter.in.trim().toLowerCase());
	for (const group of GROUPS) {
		const items = parameters.filter((parameter) => known(parameter) === group).map((p) => parameterItem(p, undefined));
		if (items.length > 0) out.push(boldLine([text(group.label)]), list(items));
	}
	const others = parameters.filter((parameter) => !known(parameter));
	if (others.length > 0)
		out.push(
			boldLine([text('Parameters')]),
			list(others.map((parameter) => parameterItem(parameter, parameter.in.trim() || undefined))),
		);
	return out;
}

const list = (children: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children });

function responseBlocks(responses: readonly ApiResponse[]): RootContent[] {
	if (responses.length === 0) return [];
	const out: RootContent[] = [boldLine([text('Responses')])];
	for (const response of responses) {
		const status = response.status.trim();
		const description = response.description.replace(/\s+/g, ' ').trim();
		const words: PhrasingContent[] = [
			...(status ? [{ type: 'strong' as const, children: [text(status)] }] : []),
			...(description ? [text(status ? `: ${description}` : description)] : []),
		];
		if (words.length > 0) out.push({ type: 'paragraph', children: words });
		out.push(...response.body);
	}
	return out;
}

/** The operation as the page shows it. */
export function apiOperationBlocks(operation: ApiOperation): RootContent[] {
	const summary = operation.summary.trim();
	return [
		...(operation.method.trim() || operation.path ? [operationLine(operation.method, operation.path)] : []),
		...(summary ? [{ type: 'paragraph' as const, children: [text(summary)] }] : []),
		...operation.description,
		...parameterBlocks(operation.parameters),
		...responseBlocks(operation.responses),
	];
}
