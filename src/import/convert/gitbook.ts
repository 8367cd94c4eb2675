import { asideTypeOf } from './callouts.ts';
import { codeFenceTracker, directiveBlock } from './source-blocks.ts';

/**
 * GitBook's block tags (`{% hint style="info" %}…{% endhint %}`, `{% tabs %}`,
 * `{% embed url="…" %}`, `{% content-ref %}`), as a Git-synced GitBook space writes
 * them, read as a tree of tag pairs and written as directive containers
 * (source-blocks.ts) for the Markdown parser.
 */

/** `{% name args %}`, `{% endname %}`; an integration's block is `{% @vendor/block url="…" %}`. */
const TAG = /\{%\s*(end)?(@?[a-z][\w/.-]*)((?:[^%]|%(?!\}))*)%\}/gi;

interface Tag {
	name: string;
	arguments: Record<string, string>;
	/** The tag as written, for a note about one nothing renders. */
	written: string;
}

type Piece = { line: string } | { open: Tag; indent: string } | { close: string; written: string; indent: string };
type Node = { line: string } | { tag: Tag; indent: string; children: Node[] | undefined };

function argumentsOf(text: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
		if (match[1]) found[match[1]] = match[2] ?? match[3] ?? '';
	// `{% include "…" %}` names its target without a key.
	const bare = /^\s*"([^"]*)"/.exec(text)?.[1];
	if (bare !== undefined && found.src === undefined) found.src = bare;
	return found;
}

/** Lines split at each tag, so a tag is always a piece of its own. */
function pieces(text: string): Piece[] {
	const inCode = codeFenceTracker();
	const out: Piece[] = [];
	for (const line of text.split('\n')) {
		if (inCode(line) || !line.includes('{%')) {
			out.push({ line });
			continue;
		}
		const indent = /^\s*/.exec(line)?.[0] ?? '';
		let last = 0;
		// A tag inside inline code (`{% hint %}` written about, not used) is text.
		const code = [...line.matchAll(/(`+)[^`]+?\1/g)].map((span) => [
			span.index ?? 0,
			(span.index ?? 0) + span[0].length,
		]);
		for (const match of line.matchAll(TAG)) {
			const at = match.index ?? 0;
			if (code.some(([start = 0, end = 0]) => at >= start && at < end)) continue;
			const before = line.slice(last, match.index);
			if (before.trim() !== '') out.push({ line: last === 0 ? before : indent + before.trim() });
			const [written, end, name = ''] = match;
			out.push(
				end
					? { close: name.toLowerCase(), written, indent }
					: { open: { name: name.toLowerCase(), arguments: argumentsOf(match[3] ?? ''), written }, indent },
			);
			last = (match.index ?? 0) + written.length;
		}
		const after = line.slice(last);
		if (last === 0 || after.trim() !== '') out.push({ line: last === 0 ? line : indent + after.trim() });
	}
	return out;
}

/** Pairs each opening tag with its end tag; a tag with none (`{% embed %}`) stands alone. */
function tree(list: Piece[]): Node[] {
	const root: Node[] = [];
	const stack: { tag: Tag; indent: string; children: Node[] }[] = [];
	const current = () => stack.at(-1)?.children ?? root;
	/** An opened tag that never closed stands alone, its would-be content after it. */
	const unwind = () => {
		const frame = stack.pop();
		if (!frame) return;
		current().push({ tag: frame.tag, indent: frame.indent, children: undefined }, ...frame.children);
	};
	for (const piece of list) {
		if ('line' in piece) current().push(piece);
		else if ('open' in piece) stack.push({ tag: piece.open, indent: piece.indent, children: [] });
		else if (!stack.some((frame) => frame.tag.name === piece.close)) {
			current().push({
				tag: { name: `end${piece.close}`, arguments: {}, written: piece.written },
				indent: piece.indent,
				children: undefined,
			});
		} else {
			while (stack.at(-1)?.tag.name !== piece.close) unwind();
			const frame = stack.pop();
			if (frame) current().push({ tag: frame.tag, indent: frame.indent, children: frame.children });
		}
	}
	while (stack.length > 0) unwind();
	return root;
}

/** The body lines of a block, relative to the block's own indent. */
function dedent(lines: string[], indent: string): string[] {
	return lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()));
}

function render(nodes: Node[]): string[] {
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
			case 'tab':
			case 'code':
				out.push(...block('section', { label: tag.arguments.title }, body));
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
	return render(tree(pieces(text))).join('\n');
}
