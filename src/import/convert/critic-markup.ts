import { codeFenceTracker } from './source-blocks.ts';

/**
 * CriticMarkup, which pymdownx.critic reads on an MkDocs site that turns it on: `{++added++}`,
 * `{--removed--}`, `{~~old~>new~~}`, `{==marked==}` and `{>>comment<<}`, over several lines
 * too. A help center article shows the text, not the review of it: the accepted text (added
 * and new words kept, removed and old ones gone, marked words as words, comments gone), or
 * the rejected text where the site's `mode: reject` showed that. Code keeps what it holds.
 */

const CRITIC = /\{(?:\+\+([\s\S]*?)\+\+|--([\s\S]*?)--|==([\s\S]*?)==|>>([\s\S]*?)<<|~~([\s\S]*?)~>([\s\S]*?)~~)\}/g;
/** Stands for a code span or a fenced block while marks are read around it. */
const HELD = '\uE001';

/** Whether the text has any critic mark. */
export function hasCriticMarkup(text: string): boolean {
	return /\{(?:\+\+|--|==|>>|~~)/.test(text);
}

/** The text as the critic marks accepted (or rejected) leave it, and how many there were. */
export function criticText(text: string, mode: 'accept' | 'reject' = 'accept'): { text: string; marks: number } {
	if (!hasCriticMarkup(text)) return { text, marks: 0 };
	// Code is held aside: fenced blocks line by line, then code spans.
	const held: string[] = [];
	const hold = (code: string) => `${HELD}${held.push(code) - 1}${HELD}`;
	const inCode = codeFenceTracker();
	const outside = text
		.split('\n')
		.map((line) => (inCode(line) ? hold(line) : line))
		.join('\n')
		.replace(/(`+)[^`][\s\S]*?\1/g, (span) => hold(span));
	let marks = 0;
	const accept = mode === 'accept';
	const read = outside.replace(
		CRITIC,
		(_mark, added?: string, removed?: string, marked?: string, comment?: string, old?: string, replaced?: string) => {
			marks++;
			if (added !== undefined) return accept ? added : '';
			if (removed !== undefined) return accept ? '' : removed;
			if (marked !== undefined) return marked;
			if (comment !== undefined) return '';
			return (accept ? replaced : old) ?? '';
		},
	);
	const restored = read.replace(new RegExp(`${HELD}(\\d+)${HELD}`, 'g'), (_held, at: string) => held[Number(at)] ?? '');
	return { text: restored, marks };
}
