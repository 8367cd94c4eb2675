// Tags that hold a column (`coverage.tagPrefixes` for exports, `tagPrefix` for pulls):
// helpdesk macros and drop-down fields file a ticket's category, product area or
// article as tags such as `cat_usability` or `kb_verify-domain`.

/**
 * The tags of one cell: Zendesk separates them with spaces, Freshdesk with commas, and
 * a JSON list or a repeated column (Jira's `Labels`) gives one per line.
 */
export function splitTags(cell: string): string[] {
	return cell.split(/[\s,;]+/).filter((tag) => tag !== '');
}

/** The values of the tags that start with `prefix` (any case), in order, the prefix cut off; empty ones left out. */
export function taggedValues(tags: readonly string[], prefix: string): string[] {
	const lower = prefix.toLowerCase();
	return tags
		.filter((tag) => tag.toLowerCase().startsWith(lower))
		.map((tag) => tag.slice(prefix.length))
		.filter((value) => value.trim() !== '');
}
