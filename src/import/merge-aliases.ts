import { aliasKey } from './label-alias.ts';

/**
 * The aliases an imported article has after a later import, alias by alias: `mine` as the
 * file has them (a person's own among them), `base` the ones the last import wrote from
 * the old site's navigation, `theirs` the ones it would write now. A person's alias is
 * never dropped or changed; one the source no longer gives goes only when it is still
 * as the import wrote it; a new one is added unless the file already has it (case,
 * punctuation and spacing aside) or a person took it out since the import wrote it.
 * Undefined when nothing changes.
 */
export function mergeAliases(
	mine: readonly string[],
	base: readonly string[],
	theirs: readonly string[],
): string[] | undefined {
	const kept = mine.filter(
		(alias) => !base.includes(alias) || theirs.some((each) => aliasKey(each) === aliasKey(alias)),
	);
	const had = new Set([...kept, ...base].map(aliasKey));
	const added = theirs.filter((alias) => !had.has(aliasKey(alias)));
	const next = [...kept, ...added];
	return next.length === mine.length && next.every((alias, index) => alias === mine[index]) ? undefined : next;
}
