import type { SourceSystem } from './sources/types.ts';

/**
 * Characters a `source` cannot hold as they are: white space (the schema's rule, so
 * the id stays one token people can copy into frontmatter or a redirect), control
 * and format characters (they would reach a terminal through the report), and `%`
 * itself, so two different names never share an id.
 */
const UNSAFE = /[\s\p{C}%]/gu;

function percentEncode(character: string): string {
	return [...Buffer.from(character, 'utf8')]
		.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
		.join('');
}

/**
 * An article's `source`: `<system>:<id>`, the id percent-encoded only where it must
 * be (`folder:Bases/Create%20a%20base`). Everything else stays as the source spells
 * it (non-ASCII letters, quotes, `#`, `:`), so ids earlier imports wrote are the same
 * ids today and a second import updates those articles instead of adding copies.
 */
export function sourceIdOf(system: SourceSystem, id: string): string {
	return `${system}:${id.replace(UNSAFE, percentEncode)}`;
}
