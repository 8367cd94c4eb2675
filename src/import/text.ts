// Escape sequences (ESC [ ... final byte), then every C0/C1 control and line separator.
const ESCAPE_SEQUENCE = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;?]*[ -/]*[@-~]`, 'g');
const CONTROL = new RegExp(
	`[${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}${String.fromCharCode(0x7f)}-${String.fromCharCode(0x9f)}\u2028\u2029]+`,
	'g',
);

/**
 * Text from a help center (titles, names, server messages) made safe for a terminal,
 * a CI log or a YAML comment: control and escape sequences removed, line breaks
 * collapsed, so it can neither move the cursor nor start a workflow command.
 */
export function plainText(text: string, limit = 300): string {
	const collapsed = text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
	return collapsed.length > limit ? `${collapsed.slice(0, limit - 1)}…` : collapsed;
}
