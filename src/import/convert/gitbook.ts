import { lostLinkMark } from '../lost-links.ts';
import { asideTypeOf } from './callouts.ts';
import { codeFenceTracker, directiveBlock, fenceOpening } from './source-blocks.ts';
import {
	argumentsOf,
	dedent,
	type SplitTags,
	type Tag,
	type TagNode,
	type TagSyntax,
	tagsOnOneLine,
	tagTree,
} from './template-tags.ts';
import type { ConversionNote } from './types.ts';

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

/**
 * The operation a legacy `{% swagger method="get" baseUrl="https://api.x.com" path="/v1/users" summary="…" %}`
 * shows: its method, its whole address (the base URL and the path as GitBook showed them,
 * one after the other: `http://localhost` and `:9990/lighting` are `http://localhost:9990/lighting`,
 * with one slash where both or neither have one, `https://api.x.com/` and `/v1`, or
 * `https://api.x.com` and `v1`) and its summary.
 */
function swaggerOperation(args: Record<string, string>, written: string): Record<string, string> {
	const base = (args.baseUrl ?? args.baseurl ?? '').trim();
	const path = (args.path ?? '').trim();
	let address = base + path;
	if (base.endsWith('/') && path.startsWith('/')) address = base + path.replace(/^\/+/, '');
	else if (base && /^[\w{[]/.test(path) && !base.endsWith('/')) address = `${base}/${path}`;
	return { method: args.method ?? '', path: address, summary: (args.summary ?? '').trim(), syntax: written };
}

/**
 * The words of a legacy swagger block's description, parameter or response as its
 * editor saved them: a word in code or bold stands in a paragraph of its own, the
 * sentence around it split into paragraphs that end or start with a space
 * (`such as ` / `` `email` `` / ` or `) or with the punctuation after it (`)`), and a
 * line break is a paragraph holding only `\`. Those paragraphs are one sentence again
 * and the break a paragraph's end; fenced code stays as it is.
 */
export function swaggerText(lines: readonly string[]): string[] {
	const out: string[] = [];
	const inCode = codeFenceTracker();
	let blanks = 0;
	for (const line of lines) {
		if (inCode(line)) {
			out.push(...new Array<string>(blanks).fill(''), line);
			blanks = 0;
			continue;
		}
		if (line.trim() === '' || line.trim() === '\\') {
			blanks++;
			continue;
		}
		const last = out.at(-1);
		const glued =
			blanks > 0 &&
			last !== undefined &&
			last.trim() !== '' &&
			!fenceOpening(last) &&
			(/[ \t]$/.test(last) || /^[ \t]/.test(line) || /^(?:[.,;!?)\]]|:(?!:))/.test(line));
		if (glued) out[out.length - 1] = last + line;
		else out.push(...(blanks > 0 && out.length > 0 ? [''] : []), line);
		blanks = 0;
	}
	return out;
}

/** An operation GitBook drew from a spec (`{% openapi %}`, `{% swagger src=… %}`): its method and path. */
function specOperation(tag: Tag): Record<string, string> {
	return { method: tag.arguments.method ?? '', path: tag.arguments.path ?? '', spec: 'true', syntax: tag.written };
}

/** Where the parameters of an older `{% api-method %}` block's groups go, by the group's tag. */
const API_METHOD_GROUPS: Record<string, string> = {
	'api-method-path-parameters': 'path',
	'api-method-query-parameters': 'query',
	'api-method-headers': 'header',
	'api-method-cookies': 'cookie',
	'api-method-body-parameters': 'body',
	'api-method-form-data-parameters': 'formData',
};

/** Tags of an older `{% api-method %}` block that only hold others: their content stands for them. */
const API_METHOD_WRAPPERS = new Set([
	'api-method-summary',
	'api-method-description',
	'api-method-spec',
	'api-method-request',
	'api-method-response',
	'api-method-response-example-description',
	...Object.keys(API_METHOD_GROUPS),
]);

/** Those of them that hold words, which its editor saved as `{% swagger %}`'s (see `swaggerText`). */
const API_METHOD_TEXT = new Set([
	'api-method-summary',
	'api-method-description',
	'api-method-response-example-description',
]);

/** The nodes as lines; `where` is where the parameters among them go (in an `{% api-method-headers %}`, `header`). */
function render(
	nodes: TagNode[],
	shown: ReadonlySet<string>,
	notes: ConversionNote[] | undefined,
	where = '',
): string[] {
	const out: string[] = [];
	for (const node of nodes) {
		if ('line' in node) {
			out.push(node.line);
			continue;
		}
		const { tag, indent } = node;
		const body = node.children
			? dedent(render(node.children, shown, notes, API_METHOD_GROUPS[tag.name] ?? where), indent)
			: [];
		const block = (...args: Parameters<typeof directiveBlock>) => directiveBlock(args[0], args[1], args[2], indent);
		switch (tag.name) {
			case 'hint':
				out.push(...block('aside', { attributes: { type: asideTypeOf(tag.arguments.style ?? '') ?? 'note' } }, body));
				break;
			case 'comment':
				// Liquid's `{% comment %}…{% endcomment %}` kept its words out of the page.
				if (node.children) {
					notes?.push({ level: 'info', message: 'a {% comment %} (hidden on the old site) was left out' });
					break;
				}
				out.push(...block('unknown', { attributes: { syntax: tag.written } }, body));
				break;
			case 'capture':
				// Liquid's `{% capture x %}`, shown where the page outputs `{{ x }}`: its words stand where they were written.
				if (node.children && shown.has(tag.arguments[0] ?? '')) {
					out.push('', ...body.map((line) => (line === '' ? '' : indent + line)), '');
					break;
				}
				out.push(...block('unknown', { attributes: { syntax: tag.written } }, body));
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
			case 'swagger':
				// Without `src`, GitBook's legacy API block written by hand: all it shows is in the page.
				// With it, the operation is drawn from a spec, as `{% openapi %}` draws it.
				out.push(
					...block(
						'operation',
						{
							attributes:
								tag.arguments.src === undefined ? swaggerOperation(tag.arguments, tag.written) : specOperation(tag),
						},
						body,
					),
				);
				break;
			case 'openapi':
			case 'openapi-operation':
				// GitBook draws the operation from its spec; here it is its method and path, with the block's link to the spec.
				out.push(...block('operation', { attributes: specOperation(tag) }, body));
				break;
			case 'api-method':
				// GitBook's older API block: `host` and `path`, the rest in the tags inside it.
				out.push(
					...block(
						'operation',
						{ attributes: swaggerOperation({ ...tag.arguments, baseUrl: tag.arguments.host ?? '' }, tag.written) },
						body,
					),
				);
				break;
			case 'api-method-parameter':
				out.push(
					...block(
						'parameter',
						{
							attributes: {
								in: where,
								name: tag.arguments.name ?? '',
								type: tag.arguments.type ?? '',
								required: String(tag.arguments.required === 'true'),
							},
						},
						swaggerText(body),
					),
				);
				break;
			case 'api-method-response-example':
				out.push(...block('response', { attributes: { status: tag.arguments.httpCode ?? '', description: '' } }, body));
				break;
			case 'swagger-description':
				out.push('', ...swaggerText(body), '');
				break;
			case 'swagger-parameter':
				out.push(
					...block(
						'parameter',
						{
							attributes: {
								in: tag.arguments.in ?? '',
								name: tag.arguments.name ?? '',
								type: tag.arguments.type ?? '',
								required: String(
									tag.arguments.required === 'true' || Object.values(tag.arguments).includes('required'),
								),
							},
						},
						swaggerText(body),
					),
				);
				break;
			case 'swagger-response':
				out.push(
					...block(
						'response',
						{ attributes: { status: tag.arguments.status ?? '', description: tag.arguments.description ?? '' } },
						swaggerText(body),
					),
				);
				break;
			case 'content-ref':
				// A card to a page GitBook had lost showed "Broken link" and led nowhere: it goes.
				if (lostLinkMark(tag.arguments.url ?? '') !== undefined) {
					notes?.push({
						level: 'review',
						message: `a {% content-ref %} card to a page GitBook had lost (${tag.arguments.url}) was left out`,
					});
					break;
				}
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
				// A site's own callout block (`{% callout warning %}…{% endcallout %}`, `{% note %}`), as Jekyll plugins write them.
				if (node.children && asideTypeOf(tag.name) !== undefined) {
					const kind = tag.arguments.type ?? tag.arguments.style ?? tag.arguments[0] ?? '';
					const type = asideTypeOf(kind) ?? asideTypeOf(tag.name) ?? 'note';
					out.push(...block('aside', { attributes: { type } }, body));
					break;
				}
				if (API_METHOD_WRAPPERS.has(tag.name)) {
					// The words of a summary or description as its editor saved them; the blocks of the others as they are.
					const lines = API_METHOD_TEXT.has(tag.name) ? swaggerText(body) : body;
					out.push('', ...lines.map((line) => (line === '' ? '' : indent + line)), '');
					break;
				}
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

/**
 * How GitBook's tags run over lines: a `{% swagger-response status="200" description="Sent.`
 * whose description holds line breaks, as GitBook saves it, paragraph breaks too.
 */
const GITBOOK_SPLIT_TAGS: SplitTags = {
	maxLines: 12,
	opening: /^\s*@?[a-z]/i,
	blankLineEnds: false,
	keepLineNumbers: false,
};

/** A Liquid output of one variable alone on its line (`{{ mobile_info | markdownify }}`), as a page shows a capture. */
const OUTPUT_LINE = /^\s*\{\{-?\s*([\w-]+)\s*(?:\|\s*markdownify\s*)?-?\}\}\s*$/;
/** A site's icon tag (`{% icon fa-cog %}`, `{% fa fa-gear %}`) before a word, as Font Awesome plugins write it. */
const ICON_TAG = /( ?)\{%-?\s*(?:icon|fa[bsr]?)\s+[^%]*?-?%\}( ?)/gi;
/** A site's picture tag (`{% image shots/login.png The login screen %}`): its file, then its caption. */
const IMAGE_TAG =
	/\{%-?\s*(?:image|img|screenshot|figure|picture)\s+["']?([^\s"'%]+\.(?:png|jpe?g|gif|webp|svg|avif))["']?([^%]*?)-?%\}/gi;

/**
 * A site's own tags that stand in a sentence or a list item, written as what they showed
 * before the block reader, which puts each tag on a line of its own: an icon goes (it
 * showed a picture beside the word after it), a picture tag is the picture, its caption
 * its text.
 */
function inlineTags(lines: readonly string[], notes: ConversionNote[] | undefined): string[] {
	const inCode = codeFenceTracker();
	let icons = 0;
	const out = lines.map((line) => {
		if (inCode(line) || !line.includes('{%')) return line;
		return line
			.replace(ICON_TAG, (_, before: string, after: string) => {
				icons++;
				return before && after ? ' ' : '';
			})
			.replace(IMAGE_TAG, (_, file: string, caption: string) => {
				const words = caption.trim().replace(/[[\]\\]/g, '');
				return `![${words}](<${file.replace(/[<>\s]/g, encodeURIComponent)}>)`;
			});
	});
	if (icons > 0) notes?.push({ level: 'info', message: 'icons of the old site were left out' });
	return out;
}

/** GitBook's block tags (and Jekyll's Liquid ones) as directive containers; everything else as it was. */
export function gitbookBlocks(text: string, notes?: ConversionNote[]): string {
	const lines = inlineTags(tagsOnOneLine(text.split('\n'), GITBOOK_SPLIT_TAGS), notes);
	const captured = new Set(lines.flatMap((line) => /\{%-?\s*capture\s+([\w-]+)\s*-?%\}/.exec(line)?.slice(1, 2) ?? []));
	// A capture's output line is where its words showed; they stay where they were written, right above it.
	const shown = new Set<string>();
	const kept = lines.filter((line) => {
		const name = OUTPUT_LINE.exec(line)?.[1];
		if (!name || !captured.has(name)) return true;
		shown.add(name);
		return false;
	});
	return render(tagTree(kept.join('\n'), GITBOOK), shown, notes).join('\n');
}
