import { type AsideType, asideTypeOf } from './callouts.ts';
import { codeFenceTracker, directiveBlock, foldBlock } from './source-blocks.ts';

/**
 * MkDocs (Material for MkDocs, Python-Markdown's admonition and pymdownx's details
 * and tabbed extensions) marks blocks by a first line and a body indented four spaces
 * under it: `!!! note "Title"`, `??? tip` (collapsible), `=== "Tab"`. Each block's
 * body is read by its indentation, read again for blocks inside it, and written as a
 * directive container (source-blocks.ts) for the Markdown parser.
 */

/** `!!! type "Title"`, `??? type`, `???+ type ""`, as Python-Markdown's admonition and details read them. */
const ADMONITION = /^([ \t]*)(!!!|\?\?\?\+?)[ \t]?([\w-]+(?:[ \t]+[\w-]+)*)?(?:[ \t]*"(.*?)")?[ \t]*$/;
/** `=== "Tab"`, `===! "Tab"` (starts a new set of tabs), `===+ "Tab"` (selected). */
const TAB = /^([ \t]*)===([!+]?)[ \t]+"(.*?)"[ \t]*$/;

/** `--8<-- "file.md"` (pymdownx.snippets) or `{!file.md!}` (markdown-include). */
const INCLUDE = /^[ \t]*(?:-+8<-+[ \t]+(["']).+?\1|\{!.+?!\})[ \t]*$/;

/** Material for MkDocs' admonition types (and their aliases) as the help center's four kinds; mdbook-admonish reads the same ones. */
const mkdocsTypes: Record<string, AsideType> = {
	abstract: 'note',
	summary: 'note',
	tldr: 'note',
	todo: 'note',
	question: 'note',
	help: 'note',
	faq: 'note',
	example: 'note',
	quote: 'note',
	cite: 'note',
	done: 'tip',
	failure: 'danger',
	fail: 'danger',
	missing: 'danger',
	bug: 'danger',
};

export function asideTypeOfAdmonition(type: string): AsideType {
	const word = type.toLowerCase();
	return mkdocsTypes[word] ?? asideTypeOf(word) ?? 'note';
}

/** A type's name as MkDocs shows it over an untitled block: `warning` is "Warning". */
export const typeName = (word: string) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1).replace(/[-_]/g, ' ')}`;

const width = (indent: string) => indent.replace(/\t/g, '    ').length;

function indentOf(line: string): number {
	return width(/^[ \t]*/.exec(line)?.[0] ?? '');
}

/** Strips `columns` of indentation (a tab counts as four). */
function dedent(line: string, columns: number): string {
	let taken = 0;
	let at = 0;
	while (at < line.length && taken < columns && (line[at] === ' ' || line[at] === '\t')) {
		taken += line[at] === '\t' ? 4 : 1;
		at++;
	}
	return line.slice(at);
}

/** The end (exclusive) of the body that starts under line `start`: lines indented past `base`, blank lines between them. */
function bodyEnd(lines: string[], start: number, base: number): number {
	let end = start + 1;
	let last = start;
	while (end < lines.length) {
		const line = lines[end] as string;
		if (line.trim() === '') {
			end++;
			continue;
		}
		if (indentOf(line) < base + 4) break;
		last = end;
		end++;
	}
	return last + 1;
}

function bodyOf(lines: string[], start: number, end: number, base: number, page: PageCounts): string[] {
	return mkdocsLines(
		lines.slice(start + 1, end).map((line) => dedent(line, base + 4)),
		page,
	);
}

/** What is counted over the whole page: its sets of content tabs, in the order they open. */
interface PageCounts {
	tabSets: number;
}

function mkdocsLines(lines: string[], page: PageCounts): string[] {
	const inCode = codeFenceTracker();
	const out: string[] = [];
	let index = 0;
	while (index < lines.length) {
		const line = lines[index] as string;
		if (inCode(line)) {
			out.push(line);
			index++;
			continue;
		}
		const admonition = ADMONITION.exec(line);
		// A type or a title makes it one; a line of bare question marks is text.
		if (admonition && (admonition[3] !== undefined || admonition[4] !== undefined)) {
			const indent = admonition[1] ?? '';
			const end = bodyEnd(lines, index, width(indent));
			const word = admonition[3]?.split(/[ \t]+/)[0] ?? 'note';
			const type = asideTypeOfAdmonition(word);
			const body = bodyOf(lines, index, end, width(indent), page);
			// `???` folds, `???+` folds open (pymdownx.details): a fold, titled as MkDocs titles it,
			// by its title or else its type's name.
			if (admonition[2] !== '!!!')
				out.push(...foldBlock(admonition[4] || typeName(word), admonition[2] === '???+', body, indent));
			// No title given: MkDocs shows the type's name, which the aside shows too; `""` shows none.
			else out.push(...directiveBlock('aside', { label: admonition[4], attributes: { type } }, body, indent));
			index = end;
			continue;
		}
		const tab = TAB.exec(line);
		if (tab) {
			const indent = tab[1] ?? '';
			const tabs: string[] = [];
			// Material numbers a page's tab sets and each set's tabs (`#__tabbed_2_3`, the third
			// tab of the second set), and pages link to a tab by that id: kept for the tab's heading.
			const set = ++page.tabSets;
			let tabNumber = 0;
			let next = index;
			// Tabs one after another (blank lines between) are one set, until a `===!` starts another.
			while (next < lines.length) {
				const match = TAB.exec(lines[next] as string);
				if (!match || match[1] !== indent || (next !== index && match[2] === '!')) break;
				const end = bodyEnd(lines, next, width(indent));
				const id = `__tabbed_${set}_${++tabNumber}`;
				tabs.push(
					...directiveBlock(
						'section',
						{ label: match[3], attributes: { id } },
						bodyOf(lines, next, end, width(indent), page),
					),
				);
				next = end;
				while (next < lines.length && (lines[next] as string).trim() === '') next++;
				if (!TAB.exec(lines[next] ?? '')) break;
			}
			out.push(...directiveBlock('tabs', {}, tabs, indent));
			index = next;
			continue;
		}
		if (INCLUDE.test(line)) {
			// An include the folder did not have (see sources/includes.ts): said where it stood.
			out.push(...directiveBlock('unknown', { attributes: { syntax: line.trim() } }, [], /^[ \t]*/.exec(line)?.[0]));
			index++;
			continue;
		}
		out.push(line);
		index++;
	}
	return out;
}

/** Whether the text has MkDocs' admonitions or content tabs at all. */
export function hasMkdocsBlocks(text: string): boolean {
	return /^[ \t]*(!!!|\?\?\?|===|-+8<-|\{!)/m.test(text);
}

/** MkDocs' admonitions, collapsible blocks and content tabs as directive containers; everything else as it was. */
export function mkdocsBlocks(text: string): string {
	return mkdocsLines(text.split('\n'), { tabSets: 0 }).join('\n');
}

/**
 * pymdownx.blocks' generic blocks (`/// note | Title` … `///`, `/// details | Summary`
 * with `type: warning` under it, `/// tab | Title`): callouts, collapsible callouts and
 * tabs as the older syntax makes them; a caption or an HTML wrapper keeps its content.
 * Blocks nest by longer fences (`////`).
 */
const GENERIC_OPEN = /^([ \t]*)(\/{3,})[ \t]*([\w-]+)[ \t]*(?:\|[ \t]*(.*?))?[ \t]*$/;
const GENERIC_CLOSE = /^[ \t]*(\/{3,})[ \t]*$/;

interface GenericBlock {
	fence: string;
	name: string;
	title: string;
	options: Record<string, string>;
	readingOptions: boolean;
	body: string[];
}

function renderGeneric(block: GenericBlock): string[] {
	const name = block.name.toLowerCase();
	const title = block.title || undefined;
	if (name === 'tab') return directiveBlock('section', { label: title }, block.body);
	if (name === 'caption' || name === 'html' || name === 'define') return ['', ...block.body, ''];
	if (name === 'details')
		return foldBlock(
			title || typeName(block.options.type ?? 'details'),
			/^true$/i.test(block.options.open ?? ''),
			block.body,
		);
	const type = name === 'admonition' ? (block.options.type ?? 'note') : name;
	return directiveBlock('aside', { label: title, attributes: { type: asideTypeOfAdmonition(type) } }, block.body);
}

/** Whether the text has pymdownx.blocks' `///` blocks. */
export function hasGenericBlocks(text: string): boolean {
	return /^[ \t]*\/{3,}[ \t]*[\w-]+/m.test(text);
}

export function genericBlocks(text: string): string {
	const inCode = codeFenceTracker();
	const out: string[] = [];
	const stack: GenericBlock[] = [];
	const target = () => stack.at(-1)?.body ?? out;
	for (const line of text.split('\n')) {
		const open = stack.at(-1);
		if (inCode(line)) {
			if (open) open.readingOptions = false;
			target().push(line);
			continue;
		}
		// Options sit indented right under the opening line: `    type: warning`.
		if (open?.readingOptions) {
			const option = /^[ \t]{2,}([\w-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
			if (option?.[1]) {
				open.options[option[1]] = (option[2] ?? '').replace(/^["']|["']$/g, '');
				continue;
			}
			open.readingOptions = false;
		}
		const closing = GENERIC_CLOSE.exec(line);
		if (closing && open && closing[1] === open.fence) {
			stack.pop();
			target().push(...renderGeneric(open));
			continue;
		}
		const opening = GENERIC_OPEN.exec(line);
		if (opening?.[2] && opening[3]) {
			stack.push({
				fence: opening[2],
				name: opening[3],
				title: opening[4] ?? '',
				options: {},
				readingOptions: true,
				body: [],
			});
			continue;
		}
		target().push(line);
	}
	// A block never closed keeps its lines as they were written.
	while (stack.length > 0) {
		const block = stack.pop() as GenericBlock;
		target().push(`${block.fence} ${block.name}${block.title ? ` | ${block.title}` : ''}`, ...block.body);
	}
	return out.join('\n');
}
