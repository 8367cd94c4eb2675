import type { Emphasis, Nodes, Root } from 'mdast';
import { type AttentionInfo, defaultHandlers, type Handle, type Handlers, type State } from 'mdast-util-to-markdown';

/**
 * A letter, digit or any character that is neither white space nor punctuation, as
 * CommonMark classifies the characters around a run of `*` or `_`.
 */
const isWordCharacter = (character: string | undefined) =>
	character !== undefined && !/^[\s\p{P}\p{S}]$/u.test(character);

function textEdge(node: Nodes | undefined, end: 'first' | 'last'): string | undefined {
	if (node?.type !== 'text' || node.value === '') return undefined;
	return end === 'first'
		? String.fromCodePoint(node.value.codePointAt(0) ?? 0)
		: Array.from(node.value.slice(-2)).at(-1);
}

/** Emphasis whose text sibling runs into it with a word character: `*FTL*DNS`, `un*frigging*believable`. */
function intrawordEmphasis(tree: Root): Set<Emphasis> {
	const found = new Set<Emphasis>();
	const walk = (node: Nodes) => {
		if (!('children' in node)) return;
		const children: Nodes[] = node.children;
		children.forEach((child, index) => {
			if (
				child.type === 'emphasis' &&
				(isWordCharacter(textEdge(children[index - 1], 'last')) ||
					isWordCharacter(textEdge(children[index + 1], 'first')))
			) {
				found.add(child);
			}
			walk(child);
		});
	};
	walk(tree);
	return found;
}

const intrawordByState = new WeakMap<State, Set<Emphasis>>();

function markerOf(node: Emphasis, state: State): '*' | '_' {
	return intrawordByState.get(state)?.has(node) ? '*' : (state.options.emphasis ?? '*');
}

const root: Handle = (node: Root, parent, state, info) => {
	intrawordByState.set(state, intrawordEmphasis(node));
	return defaultHandlers.root(node, parent, state, info);
};

/**
 * CommonMark opens and closes `_` emphasis only at a word's edge, so emphasis inside a
 * word written with it (`_FTL_DNS`) is no emphasis, and mdast-util-to-markdown then
 * turns the letters beside it into character references: `_FT&#x4C;_&#x44;NS`. `*`
 * works inside a word, so this writes `*` there and the `emphasis` option elsewhere.
 */
const emphasis = Object.assign(
	((node, parent, state, info) => defaultHandlers.emphasis(node, parent, state, info)) as Handle,
	{
		attention: (node: Emphasis, state: State): AttentionInfo => {
			const marker = markerOf(node, state);
			return { construct: 'emphasis', markers: marker === '*' ? ['*', '_'] : ['_', '*'], sizes: [1] };
		},
		peek: ((node: Emphasis, _parent, state) => markerOf(node, state)) as Handle,
	},
);

/**
 * Handlers for remark-stringify's `handlers` option: emphasis inside a word is written
 * with `*` (`*FTL*DNS`), other emphasis with the `emphasis` option's marker. Only a
 * whole tree (a `root`) is looked through for it.
 */
export const emphasisHandlers: Partial<Handlers> = { root, emphasis };
