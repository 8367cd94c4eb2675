import { blockKinds, codeFenceTracker } from './source-blocks.ts';
import type { ConversionNote } from './types.ts';

/**
 * VitePress' (and VuePress') custom containers, written with a space after the colons
 * (`::: tip Title`, `::: details`, `::: code-group`), which remark-directive does not
 * read: callouts become `:::tip[Title]` for the converter, a details block a section
 * under its title, a code group its code blocks each under its label (```` ```sh [npm] ````),
 * and `::: raw`/`::: v-pre` just their content. `[[toc]]` goes: the help center draws its
 * own table of contents.
 */

/** `::: name rest`, or `:::name` (for nesting), with the fence length that closes it. */
const OPENING = /^(\s*)(:{3,})[ \t]*([a-z][\w-]*)[ \t]*(.*?)\s*$/i;
const CLOSING = /^\s*(:{3,})\s*$/;
/** A code fence's label in a code group: ```` ```js [config.js] ````. */
const CODE_LABEL = /^(\s*(?:`{3,}|~{3,})[^\s[]*)(.*?)\[([^\]]+)\](.*)$/;
const TOC = /^\s*\[\[toc\]\]\s*$/i;
/** Containers that only change how their content is rendered, not what it says. */
const TRANSPARENT = new Set(['raw', 'v-pre']);

/** Whether the text has VitePress containers or a `[[toc]]` at all. */
export function hasVitepressBlocks(text: string): boolean {
	return /^\s*:{3,}[ \t]+[a-z]/im.test(text) || /^\s*\[\[toc\]\]\s*$/im.test(text);
}

type Open = { kind: 'code-group' | 'transparent' | 'section' | 'kept'; fence: string; indent: string };

export function vitepressBlocks(text: string): { text: string; notes: ConversionNote[] } {
	const notes: ConversionNote[] = [];
	const inCode = codeFenceTracker();
	const stack: Open[] = [];
	const out: string[] = [];
	let groups = 0;
	for (const line of text.split('\n')) {
		const inGroup = stack.some((open) => open.kind === 'code-group');
		const wasCode = inCode(line);
		if (wasCode) {
			const label = inGroup ? CODE_LABEL.exec(line) : null;
			// An opening fence in a code group names its tab: the label becomes the block's title.
			out.push(
				label && /^\s*(`{3,}|~{3,})\S*/.test(line) && !/title=/.test(line)
					? `${label[1]}${label[2]}${label[4]} title="${(label[3] ?? '').replace(/"/g, "'")}"`.replace(/\s+$/, '')
					: line,
			);
			continue;
		}
		if (TOC.test(line)) {
			notes.push({ level: 'info', message: '[[toc]] was removed: the help center shows its own table of contents' });
			out.push('');
			continue;
		}
		const closing = CLOSING.exec(line);
		if (closing && stack.length > 0) {
			const open = stack.pop() as Open;
			out.push(open.kind === 'kept' || open.kind === 'section' ? `${open.indent}${open.fence}` : '');
			continue;
		}
		const opening = OPENING.exec(line);
		if (!opening) {
			out.push(line);
			continue;
		}
		const [, indent = '', , name = '', rest = ''] = opening;
		const kind = name.toLowerCase();
		// Containers nest by fence length: the outer one must be longer for the Markdown parser.
		const fence = ':'.repeat(3 + Math.max(1, 8 - stack.length));
		const title = rest.replace(/\{[^}]*\}\s*$/, '').trim();
		if (kind === 'code-group') {
			groups++;
			stack.push({ kind: 'code-group', fence, indent });
			out.push('');
		} else if (TRANSPARENT.has(kind)) {
			stack.push({ kind: 'transparent', fence, indent });
			out.push('');
		} else if (kind === 'details') {
			stack.push({ kind: 'section', fence, indent });
			out.push(`${indent}${fence}${blockKinds.section}[${(title || 'Details').replace(/[[\]]/g, '')}]`);
		} else {
			stack.push({ kind: 'kept', fence, indent });
			const label = title ? `[${title.replace(/[[\]]/g, '')}]` : '';
			out.push(`${indent}${fence}${name}${label}`);
		}
	}
	if (groups > 0)
		notes.push({
			level: 'info',
			message: `${groups} code ${groups === 1 ? 'group' : 'groups'} became code blocks, one after another`,
		});
	return { text: out.join('\n'), notes };
}
