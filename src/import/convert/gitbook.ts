import { asideTypeOf } from './callouts.ts';
import { directiveBlock } from './source-blocks.ts';
import { argumentsOf, dedent, type TagNode, type TagSyntax, tagTree } from './template-tags.ts';

/**
 * GitBook's block tags (`{% hint style="info" %}…{% endhint %}`, `{% tabs %}`,
 * `{% embed url="…" %}`, `{% content-ref %}`, `{% stepper %}`), as a Git-synced GitBook space writes
 * them, read as a tree of tag pairs and written as directive containers
 * (source-blocks.ts) for the Markdown parser.
 */

/** `{% name args %}`, `{% endname %}`; an integration's block is `{% @vendor/block url="…" %}`. */
const GITBOOK: TagSyntax = {
	pattern: /\{%\s*(end)?(@?[a-z][\w/.-]*)((?:[^%]|%(?!\}))*)%\}/gi,
	marker: '{%',
	read: (match) => {
		const name = (match[2] ?? '').toLowerCase();
		if (match[1]) return { close: name };
		const found = argumentsOf(match[3] ?? '');
		// `{% include "…" %}` names its target without a key.
		if (found[0] !== undefined && found.src === undefined) found.src = found[0];
		return { open: { name, arguments: found, written: match[0] } };
	},
};

function render(nodes: TagNode[]): string[] {
	const out: string[] = [];
	for (const node of nodes) {
		if ('line' in node) {
			out.push(node.line);
			continue;
		}
		const { tag, indent } = node;
		const body = node.children ? dedent(render(node.children), indent) : [];
		const block = (...args: Parameters<typeof directiveBlock>) => directiveBlock(args[0], args[1], args[2], indent);
		switch (tag.name) {
			case 'hint':
				out.push(...block('aside', { attributes: { type: asideTypeOf(tag.arguments.style ?? '') ?? 'note' } }, body));
				break;
			case 'tabs':
				out.push(...block('tabs', {}, body));
				break;
			case 'stepper':
				out.push(...block('steps', {}, body));
				break;
			case 'step':
			case 'tab':
			case 'code':
				out.push(...block('section', { label: tag.arguments.title }, body));
				break;
			case 'openapi':
			case 'openapi-operation':
				// GitBook draws the operation from its spec; here it is its method and path, with the block's link to the spec.
				out.push(
					...block(
						'operation',
						{ attributes: { method: tag.arguments.method ?? '', path: tag.arguments.path ?? '', syntax: tag.written } },
						body,
					),
				);
				break;
			case 'content-ref':
				// Its body is already the link GitBook shows as a card.
				out.push(
					...(body.some((line) => line.trim() !== '')
						? body.map((line) => indent + line)
						: block('link', { attributes: { url: tag.arguments.url ?? '', syntax: tag.written } }, [])),
				);
				break;
			case 'embed':
			case 'page-ref':
			case 'file': {
				const url = tag.arguments.url ?? tag.arguments.page ?? tag.arguments.src ?? '';
				const caption = tag.arguments.caption;
				out.push(
					...block(
						'link',
						{ attributes: { url, syntax: tag.written } },
						body.length > 0 || !caption ? body : [caption],
					),
				);
				break;
			}
			// Jekyll's Liquid, read with the same tags: `raw` only stops Liquid, `highlight` is a code block.
			case 'raw':
				out.push(...body.map((line) => (line === '' ? '' : indent + line)));
				break;
			case 'highlight': {
				const language = tag.arguments[0] ?? '';
				const fence = '`'.repeat(Math.max(3, ...body.map((line) => (/^`+/.exec(line.trim())?.[0].length ?? 0) + 1)));
				out.push(
					'',
					`${indent}${fence}${/^[\w+#-]+$/.test(language) ? language : ''}`,
					...body.map((line) => indent + line),
					`${indent}${fence}`,
					'',
				);
				break;
			}
			default:
				// An integration's block (a GitHub file, a video) shows what its address holds: a link to it says where.
				if (tag.name.startsWith('@') && tag.arguments.url)
					out.push(...block('link', { attributes: { url: tag.arguments.url, syntax: tag.written } }, body));
				else out.push(...block('unknown', { attributes: { syntax: tag.written } }, body));
		}
	}
	return out;
}

/** Whether the text uses GitBook's block tags at all. */
export function hasGitbookBlocks(text: string): boolean {
	return /\{%\s*@?[a-z]/i.test(text);
}

/** GitBook's block tags as directive containers; everything else as it was. */
export function gitbookBlocks(text: string): string {
	return render(tagTree(text, GITBOOK)).join('\n');
}
